import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/index.js';
import { isCanonicalField as isCanonical } from '../../../shared/fields.js';
import {
  JobCancelledError,
  MessageQueue,
  ProgressMeter,
  startWorker,
  WorkerNotFoundError,
  type JobProgress,
} from '../jobs/index.js';
import { auditProfile, type Profile } from './profiles/index.js';
import type { AuditProduct, Finding } from './types.js';
import { duplicateGtin, duplicateId, nearDuplicate, sharedImage, variantGroup, type GroupRule } from './rules/groups.js';
import { checkAgainstStats, spellingMaps, type CatalogStats, type SpellingMaps } from './rules/stats.js';
import { loadProducts, loadSources, type SourceInfo } from './load.js';
import { measuresOf } from './measures.js';
import { FindingWriter, mapsFromJson, mapsToJson, readState, writeState, type AuditState } from './store.js';
import {
  checkProduct,
  contextFor,
  localImageSizes,
  slim,
  snapshotOf,
  stateRow,
  STATE_COLUMNS,
  withPid,
  type Snapshot,
} from './check.js';
import {
  catalogStatsOf,
  FINDING_FIELDS,
  findingAt,
  partitions,
  productPass,
  type PassBatch,
  type PassCounted,
  type PassMessage,
  type PassRequest,
  type PassStats,
} from './pass.js';

/** Bump when rules change so that a project's next audit is a full one. */
export const RULES_VERSION = 4;

/** Group rules, the key they group by, and the rule ids they emit (to clear before re-judging a group). */
interface KeyedRule {
  name: 'id' | 'gtin' | 'dup' | 'image' | 'group';
  judge: GroupRule;
  rules: readonly string[];
}
const KEYED: readonly KeyedRule[] = [
  { name: 'id', judge: duplicateId, rules: ['duplicate-id'] },
  { name: 'gtin', judge: duplicateGtin, rules: ['duplicate-gtin'] },
  { name: 'dup', judge: nearDuplicate, rules: ['near-duplicate'] },
  { name: 'image', judge: sharedImage, rules: ['shared-image'] },
  {
    name: 'group',
    judge: variantGroup,
    rules: ['variant-group-conflict', 'variant-missing-attribute', 'variant-duplicate-options'],
  },
];
const SPELLING_RULES = ['value-spelling', 'brand-spelling'];

export interface AuditOptions {
  profiles?: readonly string[];
  /** Re-check every product even when an earlier audit can be reused. */
  full?: boolean;
}

export interface AuditRun {
  mode: 'full' | 'incremental';
  products: number;
  checked: number;
  ms: number;
}

export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditError';
  }
}

export interface AuditJobOptions extends AuditOptions {
  /** Cancels the audit: the project keeps the findings it had before. */
  signal?: AbortSignal;
  /** Products checked of all (full audit; a re-audit is too quick to report). */
  onProgress?: (p: JobProgress) => void;
  /** Check the products in worker threads (default from 5,000 products on) while this thread writes; false does both here. */
  worker?: boolean;
  /** Worker threads, each checking one part of the catalog (default: 2 from 20,000 products on, else 1). */
  workers?: number;
}

function resolveProfiles(requested: readonly string[] | undefined): { names: string[]; profiles: Profile[] } {
  const names = [...new Set(requested ?? [])].sort();
  const profiles = names.map((n) => {
    const p = auditProfile(n);
    if (!p) throw new AuditError(`unknown profile "${n}"`);
    return p;
  });
  return { names, profiles };
}

/** The earlier audit's state when a re-audit can build on it (same rules and profiles). */
function reusable(db: Db, names: string[], opts: AuditOptions): AuditState | undefined {
  const state = readState(db);
  return !opts.full && state && state.version === RULES_VERSION && state.profiles.join(',') === names.join(',')
    ? state
    : undefined;
}

/**
 * Audits the project: a full audit the first time (or when the profiles or rules changed), then
 * incremental re-audits that re-check only products whose rev changed since, and re-judge only the
 * catalog-wide groups (same id, GTIN, title, image, item group) those products left or joined.
 * Synchronous, on this thread; `auditProject` is the same audit with the products checked on a
 * second core, progress and cancel.
 */
export function runAudit(db: Db, opts: AuditOptions = {}): AuditRun {
  const { names, profiles } = resolveProfiles(opts.profiles);
  const t0 = performance.now();
  const state = reusable(db, names, opts);
  const run = state ? incremental(db, profiles, state) : full(db, names);
  return { ...run, ms: Math.round(performance.now() - t0) };
}

const AUDIT_WORKER = { bundle: 'audit-worker', source: new URL('./worker.ts', import.meta.url) };

/**
 * The audit as a background job: a full audit checks the products in a worker thread (pass.ts)
 * while this thread writes findings, so both cores work and this thread stays free between
 * batches. All writes are one transaction: a cancel (signal) or a failure rolls back and leaves
 * the findings of the previous audit as they were; it throws JobCancelledError when cancelled.
 * A re-audit of a few edited products runs here directly (milliseconds).
 */
export async function auditProject(db: Db, opts: AuditJobOptions = {}): Promise<AuditRun> {
  const { names, profiles } = resolveProfiles(opts.profiles);
  const signal = opts.signal;
  if (signal?.aborted) throw new JobCancelledError();
  const t0 = performance.now();
  const state = reusable(db, names, opts);
  if (state) return { ...incremental(db, profiles, state), ms: Math.round(performance.now() - t0) };

  const total = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const meter = new ProgressMeter(total);
  const sources: PassSource[] = [];
  const writer = new FullAuditWriter(db, names);
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new JobCancelledError();
  };
  try {
    // Starting a worker costs more than checking a small catalog here (batch by batch, still letting other work in).
    if (opts.worker === false || (opts.worker === undefined && !opts.workers && total < MIN_PRODUCTS_FOR_WORKER))
      sources.push(inlinePass({ file: db.name, profiles: names }));
    else {
      // Two parts on two workers: this thread mostly waits and writes, so the workers get both cores.
      const n = Math.max(1, opts.workers ?? (total >= MIN_PRODUCTS_TO_SPLIT ? WORKERS : 1));
      const parts = n > 1 ? partitions(db, n) : [undefined];
      try {
        for (const part of parts) sources.push(await workerPass({ file: db.name, profiles: names, part }, signal));
      } catch (err) {
        // A build without the worker bundle (see jobs/entry.ts) still audits, on this thread only.
        if (!(err instanceof WorkerNotFoundError)) throw err;
        sources.push(inlinePass({ file: db.name, profiles: names }));
      }
    }
    const inbox = mergeSources(sources);
    db.exec('BEGIN');
    writer.begin();
    const counted: (PassCounted | undefined)[] = sources.map(() => undefined);
    const done = sources.map(() => 0);
    let ended = 0;
    let products = 0;
    while (ended < sources.length) {
      const [i, m] = await inbox.next();
      stopIfCancelled();
      if (m.type === 'batch') {
        writer.store(m);
        sources[i]!.ack();
        if (!counted[i]) {
          done[i] = m.products;
          opts.onProgress?.(meter.update(done.reduce((a, b) => a + b, 0)));
        }
      } else if (m.type === 'counted') {
        counted[i] = m;
        if (counted.every(Boolean)) {
          // Every product is checked and counted: the statistics go back for the second pass, and
          // the catalog-wide duplicates are judged meanwhile, in small steps (other work on this
          // thread goes on in between).
          const stats = catalogStatsOf(counted.map((c) => c!.counts));
          writer.stats = stats;
          for (const s of sources) s.reply(stats);
          let steps = 0;
          for (const _ of writer.judge()) {
            if (++steps % 16 === 0) {
              await new Promise((r) => setImmediate(r));
              stopIfCancelled();
            }
          }
        }
      } else {
        ended++;
        products += m.products;
      }
    }
    writer.finish();
    db.exec('COMMIT');
    opts.onProgress?.(meter.update(products, products));
    return { mode: 'full', products, checked: products, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    await Promise.all(sources.map((s) => s.close()));
  }
}

/** Below these many products one thread, or one worker, is quicker (measured: a worker takes 0.2-0.5 s to start). */
const MIN_PRODUCTS_FOR_WORKER = 5_000;
const MIN_PRODUCTS_TO_SPLIT = 20_000;
const WORKERS = 2;

/** The product pass's messages, from a worker thread or from this thread. */
interface PassSource {
  next(): Promise<PassMessage | undefined>;
  /** The previous batch is written: the pass may send another. */
  ack(): void;
  /** The catalog statistics, after every part sent `counted`. */
  reply(stats: PassStats): void;
  close(): Promise<void>;
}

async function workerPass(request: PassRequest, signal: AbortSignal | undefined): Promise<PassSource> {
  const thread = await startWorker<{ type: 'ack' } | PassStats, PassMessage>(AUDIT_WORKER, request, {
    signal,
    // Every product is short-lived garbage in the worker: a larger young generation means fewer scavenges.
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  return {
    next: () => thread.next(),
    ack: () => thread.post({ type: 'ack' }),
    reply: (stats) => thread.post(stats),
    close: () => thread.terminate(),
  };
}

/** Runs the pass on this thread, a batch at a time, letting other work in between batches. */
function inlinePass(request: PassRequest): PassSource {
  const pass = productPass(request);
  let reply: PassStats | undefined;
  let needReply = false;
  let waiting: (() => void) | null = null;
  return {
    async next() {
      await new Promise((r) => setImmediate(r));
      if (needReply && !reply) await new Promise<void>((r) => (waiting = r));
      const r = pass.next(reply);
      reply = undefined;
      needReply = !r.done && r.value.type === 'counted';
      return r.done ? undefined : r.value;
    },
    ack() {},
    reply(stats) {
      reply = stats;
      const w = waiting;
      waiting = null;
      w?.();
    },
    async close() {
      pass.return(undefined);
    },
  };
}

/** The sources' messages as one stream of [source index, message], each source's in its own order. */
function mergeSources(sources: readonly PassSource[]): { next(): Promise<[number, PassMessage]> } {
  const queue = new MessageQueue<[number, PassMessage]>();
  let failure: unknown = null;
  sources.forEach((s, i) => {
    void (async () => {
      for (;;) {
        const m = await s.next();
        if (!m) throw new Error('audit: the product check stopped before the end of the catalog');
        queue.push([i, m]);
        if (m.type === 'end') return;
      }
    })().catch((err: unknown) => {
      failure ??= err;
      queue.notify();
    });
  });
  return {
    async next() {
      for (;;) {
        if (queue.size) return queue.take();
        if (failure) throw failure;
        await queue.wait();
      }
    },
  };
}

function full(db: Db, names: string[]): Omit<AuditRun, 'ms'> {
  const writer = new FullAuditWriter(db, names);
  let products = 0;
  db.transaction(() => {
    writer.begin();
    const pass = productPass({ file: db.name, profiles: names });
    let reply: PassStats | undefined;
    for (;;) {
      const r = pass.next(reply);
      reply = undefined;
      if (r.done) break;
      const m = r.value;
      if (m.type === 'batch') writer.store(m);
      else if (m.type === 'counted') {
        reply = writer.stats = catalogStatsOf([m.counts]);
        for (const _ of writer.judge());
      } else products = m.products;
    }
    writer.finish();
  })();
  return { mode: 'full', products, checked: products };
}

/**
 * Writes a full audit inside the caller's transaction: what the product pass yields (findings and
 * audit_state rows), and the catalog-wide duplicates, judged with SQL over the rows written.
 */
class FullAuditWriter {
  private w!: FindingWriter;
  private insertState!: Statement;
  private readonly sources: Map<number, SourceInfo>;
  stats: PassStats | undefined;
  private readonly dupGroups = new KeyGroups();
  private readonly imageGroups = new KeyGroups();

  constructor(
    private readonly db: Db,
    private readonly names: string[],
  ) {
    this.sources = loadSources(db);
  }

  begin(): void {
    const db = this.db;
    // The suggester's findings (suggest.*) are its own, replaced on its next run; an audit keeps them.
    db.exec(
      `DELETE FROM findings WHERE rule NOT LIKE 'suggest.%'; DELETE FROM audit_state; DELETE FROM suggestions WHERE sources = 'rule' AND state = 'pending';`,
    );
    this.w = new FindingWriter(db);
    this.insertState = db.prepare(
      'INSERT INTO audit_state (pid, rev, gtin_key, dup_key, image_key, grp, vals, need) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  store(b: PassBatch): void {
    const s = b.states;
    const row: unknown[] = new Array(STATE_COLUMNS);
    for (let i = 0; i < s.length; i += STATE_COLUMNS) {
      for (let k = 0; k < STATE_COLUMNS; k++) row[k] = s[i + k];
      this.insertState.run(row);
      const dup = row[3] as string | null;
      const image = row[4] as string | null;
      if (dup === null && image === null) continue;
      const group = groupKey(row[0] as number, row[5] as string | null);
      if (dup !== null) this.dupGroups.see(dup, group);
      if (image !== null) this.imageGroups.see(image, group);
    }
    const f = b.findings;
    for (let i = 0; i < f.length; i += FINDING_FIELDS) this.w.add(findingAt(f, i));
  }

  /** Once every product's audit_state row is written: products sharing an id, GTIN, title key or image. Yields between steps. */
  *judge(): Generator<void, void, undefined> {
    const db = this.db;
    const w = this.w;
    w.flush();
    const sources = this.sources;
    function* judgeKeys(sql: string, rule: KeyedRule): Generator<void, void, undefined> {
      for (const k of db.prepare(sql).pluck().all() as string[]) {
        for (const f of rule.judge(membersOf(db, rule.name, k, sources))) w.add(f);
        yield;
      }
    }
    yield* judgeKeys(`SELECT "id" FROM products WHERE "id" IS NOT NULL GROUP BY "id" HAVING count(*) > 1`, KEYED[0]!);
    yield* judgeKeys(
      `SELECT gtin_key FROM audit_state WHERE gtin_key IS NOT NULL GROUP BY gtin_key HAVING count(*) > 1`,
      KEYED[1]!,
    );
    // Near-duplicates and shared images only count across item groups (variants share titles and
    // photos): the keys held by more than one group were noted as the rows were written.
    function* judgeNoted(keys: Iterable<string>, rule: KeyedRule): Generator<void, void, undefined> {
      for (const k of keys) {
        for (const f of rule.judge(membersOf(db, rule.name, k, sources))) w.add(f);
        yield;
      }
    }
    yield* judgeNoted(this.dupGroups.shared(), KEYED[2]!);
    yield* judgeNoted(this.imageGroups.shared(), KEYED[3]!);
  }

  finish(): void {
    if (!this.stats) throw new Error('audit: the catalog statistics were never computed');
    this.w.flush();
    writeState(this.db, {
      version: RULES_VERSION,
      profiles: this.names,
      ...changeMarks(this.db),
      stats: this.stats.stats,
      maps: this.stats.maps,
    });
  }
}

/**
 * The item group a product counts in for near-duplicates and shared images: its item_group_id
 * trimmed of spaces, tabs and line breaks, or the product itself (its pid) when it has none.
 */
function groupKey(pid: number, grp: string | null): string | number {
  if (grp === null) return pid;
  let a = 0;
  let b = grp.length;
  while (a < b && isBlank(grp.charCodeAt(a))) a++;
  while (b > a && isBlank(grp.charCodeAt(b - 1))) b--;
  return a < b ? grp.slice(a, b) : pid;
}
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Keys (title key, image) and whether more than one item group holds them: first group seen, or SHARED. */
class KeyGroups {
  private readonly first = new Map<string, string | number | typeof SHARED>();
  see(key: string, group: string | number): void {
    const g = this.first.get(key);
    if (g === undefined) this.first.set(key, group);
    else if (g !== group && g !== SHARED) this.first.set(key, SHARED);
  }
  *shared(): Generator<string> {
    for (const [k, g] of this.first) if (g === SHARED) yield k;
  }
}
const SHARED = Symbol('shared');

const MEMBERS_SQL: Record<KeyedRule['name'], string> = {
  id: `SELECT pid FROM products WHERE "id" = ?`,
  group: `SELECT pid FROM products WHERE item_group_id = ?`,
  gtin: `SELECT pid FROM audit_state WHERE gtin_key = ?`,
  dup: `SELECT pid FROM audit_state WHERE dup_key = ?`,
  image: `SELECT pid FROM audit_state WHERE image_key = ?`,
};
const membersStatements = new WeakMap<Db, Map<string, Statement>>();

function membersOf(db: Db, key: KeyedRule['name'], k: string, sources: Map<number, SourceInfo>): AuditProduct[] {
  let m = membersStatements.get(db);
  if (!m) membersStatements.set(db, (m = new Map()));
  let s = m.get(key);
  if (!s) m.set(key, (s = db.prepare(MEMBERS_SQL[key]).pluck()));
  const pids = (s.all(k) as number[]).slice(0, 1000);
  return loadProducts(db, pids, sources);
}

/** Where the change record stood at this audit: later batches (or undo/redo) mark products to re-check. */
function changeMarks(db: Db): Pick<AuditState, 'lastBatch' | 'lastStateAt' | 'maxPid'> {
  const b = db.prepare("SELECT coalesce(max(batch_id), 0) AS b, coalesce(max(state_at), '') AS s FROM batches").get() as {
    b: number;
    s: string;
  };
  const m = db.prepare('SELECT coalesce(max(pid), 0) AS m FROM products').get() as { m: number };
  return { lastBatch: b.b, lastStateAt: b.s, maxPid: m.m };
}

function incremental(db: Db, profiles: readonly Profile[], state: AuditState): Omit<AuditRun, 'ms'> {
  const sources = loadSources(db);
  const candidates = db
    .prepare(
      `SELECT DISTINCT c.pid FROM batches b JOIN changes c ON c.batch_id = b.batch_id WHERE b.batch_id > ? OR b.state_at > ?
       UNION SELECT pid FROM products WHERE pid > ?`,
    )
    .pluck()
    .all(state.lastBatch, state.lastStateAt, state.maxPid) as number[];
  const products = (db.prepare('SELECT count(*) FROM products').pluck().get() as number) ?? 0;
  if (!candidates.length) return { mode: 'incremental', products, checked: 0 };
  const oldState = new Map<number, { rev: number; snap: Snapshot }>();
  const getState = db.prepare('SELECT rev, gtin_key, dup_key, image_key, vals FROM audit_state WHERE pid = ?');
  const current = loadProducts(db, candidates, sources);
  const changed = current.filter((p) => {
    const s = getState.get(p.pid) as
      { rev: number; gtin_key: string | null; dup_key: string | null; image_key: string | null; vals: string } | undefined;
    if (s) {
      oldState.set(p.pid, {
        rev: s.rev,
        snap: {
          gtin: s.gtin_key ?? undefined,
          dup: s.dup_key ?? undefined,
          image: s.image_key ?? undefined,
          ...(JSON.parse(s.vals) as Pick<Snapshot, 'vals' | 'id' | 'group'>),
        },
      });
    }
    return !s || s.rev !== p.rev;
  });
  const stats = state.stats;
  const links = changed.flatMap((p): [number, string][] => (p.values.image_link ? [[p.sourceId, p.values.image_link]] : []));
  const ctx = contextFor(sources, profiles, localImageSizes(links, sources));
  db.transaction(() => {
    const w = new FindingWriter(db);
    const pids = changed.map((p) => p.pid);
    w.clearProducts(pids);
    // 1. Per-product rules.
    const upsert = db.prepare(
      'INSERT OR REPLACE INTO audit_state (pid, rev, gtin_key, dup_key, image_key, grp, vals, need) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const newSnaps = new Map<number, Snapshot>();
    for (const p of changed) {
      const need = checkProduct(p, ctx, w);
      const snap = snapshotOf(p);
      newSnaps.set(p.pid, snap);
      upsert.run(...stateRow(p, snap, need));
    }
    // 2. Statistics: move the touched products' values in the counts, re-cluster, and re-judge every
    //    product whose value's dominant form changed (rare: only when an edit flips a majority).
    // Only the fields whose counts moved are clustered again; the others keep last audit's clusters.
    const before = mapsFromJson(state.maps);
    const touched = new Set<string>();
    for (const p of changed) {
      const old = oldState.get(p.pid)?.snap.vals ?? {};
      const now = newSnaps.get(p.pid)!.vals;
      for (const [f, v] of Object.entries(old)) {
        if (now[f] === v) continue;
        bump(stats, f, v, -1);
        touched.add(f);
      }
      for (const [f, v] of Object.entries(now)) {
        if (old[f] === v) continue;
        bump(stats, f, v, +1);
        touched.add(f);
      }
    }
    const after: SpellingMaps = new Map(before);
    for (const f of touched) after.delete(f);
    for (const [f, m] of spellingMaps(stats, touched)) after.set(f, m);
    const changedSet = new Set(pids);
    for (const p of changed) checkAgainstStats(p, measuresOf(p).measures, stats, after, (f) => w.add(withPid(f, p)));
    for (const [field, values] of mappingChanges(before, after)) {
      const others = productsWithValues(db, field, values).filter((pid) => !changedSet.has(pid));
      w.clearRules(others, SPELLING_RULES, field);
      for (const p of loadProducts(db, others, sources)) {
        checkAgainstStats(slim(p, []), new Map(), stats, after, (f) => {
          if (f.field === field && SPELLING_RULES.includes(f.rule)) w.add(withPid(f, p));
        });
      }
    }
    // 3. Catalog-wide groups the touched products left or joined.
    for (const rule of KEYED) {
      const keys = new Set<string>();
      for (const p of changed) {
        const now = newSnaps.get(p.pid)!;
        const was = oldState.get(p.pid)?.snap;
        const pick = (s: Snapshot | undefined) =>
          s &&
          (rule.name === 'gtin'
            ? s.gtin
            : rule.name === 'dup'
              ? s.dup
              : rule.name === 'image'
                ? s.image
                : rule.name === 'id'
                  ? s.id
                  : s.group);
        const cur = pick(now);
        const prev = pick(was);
        if (cur) keys.add(cur);
        if (prev) keys.add(prev);
      }
      for (const k of keys) {
        const members = membersOf(db, rule.name, k, sources);
        w.clearRules(
          members.map((m) => m.pid).filter((pid) => !changedSet.has(pid)),
          rule.rules,
        );
        if (members.length > 1) for (const f of rule.judge(members)) w.add(f);
      }
      // Products that left a group keep no stale finding from it: they were cleared with the touched products.
    }
    w.flush();
    writeState(db, { ...state, ...changeMarks(db), stats, maps: mapsToJson(after) });
  })();
  return { mode: 'incremental', products, checked: changed.length };
}

function bump(stats: CatalogStats, field: string, value: string, d: number) {
  const m = (stats.values[field] ??= {});
  const n = (m[value] ?? 0) + d;
  if (n > 0) m[value] = n;
  else delete m[value];
}

/** field -> values whose dominant form differs between two clusterings. */
function mappingChanges(before: SpellingMaps, after: SpellingMaps): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(field) ?? new Map();
    const b = after.get(field) ?? new Map();
    const vs: string[] = [];
    for (const v of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(v);
      const y = b.get(v);
      if (x?.canonical !== y?.canonical) vs.push(v);
    }
    if (vs.length) out.set(field, vs);
  }
  return out;
}

function productsWithValues(db: Db, field: string, values: string[]): number[] {
  const out: number[] = [];
  const canonical = /^[a-z_]+$/.test(field) && !field.includes(' ');
  for (let i = 0; i < values.length; i += 200) {
    const chunk = values.slice(i, i + 200);
    const marks = chunk.map(() => '?').join(',');
    const sql =
      canonical && isCanonical(field)
        ? `SELECT pid FROM products WHERE "${field}" IN (${marks})`
        : `SELECT pid FROM products WHERE json_extract(attrs, ?) IN (${marks})`;
    const params = canonical && isCanonical(field) ? chunk : [`$."${field.replace(/"/g, '\\"')}"`, ...chunk];
    out.push(
      ...(db
        .prepare(sql)
        .pluck()
        .all(...params) as number[]),
    );
  }
  return out;
}

export type { Finding };
