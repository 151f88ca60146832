import Database from 'better-sqlite3';
import type { Db } from '../store/index.js';
import { auditProfile } from './profiles/index.js';
import { variantGroup } from './rules/groups.js';
import { StatsCollector, checkAgainstStats, spellingMaps, type CatalogStats, type StatsCounts } from './rules/stats.js';
import { loadSources, PRODUCT_SELECT, toAuditProduct } from './load.js';
import { measuresOf } from './measures.js';
import { mapsFromJson, mapsToJson, type AuditState } from './store.js';
import {
  checkProduct,
  contextFor,
  isMissingRule,
  localImageSizes,
  slim,
  snapshotOf,
  stateRow,
  withPid,
  type FindingSink,
} from './check.js';
import type { AuditProduct, Finding } from './types.js';

/**
 * The CPU half of a full audit: read every product (a read-only connection of its own), run the
 * per-product rules, count the catalog statistics, judge variant groups, then check every product
 * against the statistics. It yields plain-data batches (findings and audit_state rows) that the
 * main thread writes (engine.ts); it runs in a worker thread (worker.ts) or inline when no worker
 * can be started. Products sharing an id, GTIN, title key or image are judged afterwards by the
 * main thread, with SQL over the audit_state rows it wrote.
 */
export interface PassRequest {
  /** The project file; the pass opens it read-only (WAL lets it read while the main thread writes). */
  file: string;
  profiles: readonly string[];
  /** Which products (partitions()): consecutive parts of the catalog in item-group order; default all. */
  part?: { where: string; params: (string | number)[] };
}

/** Flat findings: FINDING_FIELDS values per finding (pid, rule, severity, field, message, fix, profile, suggested, current). */
export type FlatFindings = (string | number | null)[];
export const FINDING_FIELDS = 9;

export interface PassBatch {
  type: 'batch';
  findings: FlatFindings;
  /** Flat audit_state rows (STATE_COLUMNS values each). */
  states: (string | number | null)[];
  /** Products read so far. */
  products: number;
}

/**
 * Every product of the part is checked and counted: the main thread merges the parts' counts and
 * answers with the catalog statistics (PassStats) for the second pass.
 */
export interface PassCounted {
  type: 'counted';
  products: number;
  counts: StatsCounts;
}

export interface PassStats {
  type: 'stats';
  stats: CatalogStats;
  maps: AuditState['maps'];
}

export interface PassEnd {
  type: 'end';
  products: number;
}

export type PassMessage = PassBatch | PassCounted | PassEnd;

const BATCH_PRODUCTS = 1000;

/** Collects findings as flat rows for the main thread; counts missing-field findings of the product at hand. */
class FlatSink implements FindingSink {
  rows: FlatFindings = [];
  private missing = 0;
  add(f: Finding): void {
    this.rows.push(
      f.pid,
      f.rule,
      f.severity,
      f.field,
      f.message,
      f.fix ?? null,
      f.profile,
      f.suggested ?? null,
      f.current ?? null,
    );
    if (isMissingRule(f.rule)) this.missing++;
  }
  missingCount(): number {
    return this.missing;
  }
  take(): FlatFindings {
    const r = this.rows;
    this.rows = [];
    return r;
  }
}

export function findingAt(rows: FlatFindings, i: number): Finding {
  const fix = rows[i + 5];
  const suggested = rows[i + 7];
  const current = rows[i + 8];
  return {
    pid: rows[i] as number,
    rule: rows[i + 1] as string,
    severity: rows[i + 2] as Finding['severity'],
    field: rows[i + 3] as string,
    message: rows[i + 4] as string,
    ...(fix !== null ? { fix: fix as string } : {}),
    profile: rows[i + 6] as string,
    ...(suggested !== null ? { suggested: suggested as string } : {}),
    ...(current !== null ? { current: current as string } : {}),
  };
}

/**
 * The pass as a generator: it yields batches, then `counted`, and must be resumed with the catalog
 * statistics (`gen.next(stats)`) to check every product against them; then batches and `end`.
 */
export function* productPass(req: PassRequest): Generator<PassMessage, void, PassStats | undefined> {
  const profiles = req.profiles.map((n) => {
    const p = auditProfile(n);
    if (!p) throw new Error(`unknown profile "${n}"`);
    return p;
  });
  const reader = new Database(req.file, { readonly: true, fileMustExist: true });
  // Products are read in item-group order, a random walk over the products table: with SQLite's
  // default 2 MB cache nearly every row costs a page read. Mapping the file and a larger cache keep
  // those pages in memory (read-only, so the mapping is safe).
  reader.pragma('mmap_size = 4294967296');
  reader.pragma('cache_size = -131072');
  try {
    const sources = loadSources(reader);
    // Web addresses are the norm; only the few other values can be local files.
    const links = reader
      .prepare(`SELECT DISTINCT source_id, image_link FROM products WHERE image_link IS NOT NULL AND image_link NOT LIKE 'http%'`)
      .raw()
      .all() as [number, string][];
    const ctx = contextFor(sources, profiles, localImageSizes(links, sources));
    const sink = new FlatSink();
    let states: (string | number | null)[] = [];
    let products = 0;
    const stats = new StatsCollector();
    // Kept for the second pass against the statistics: pid, row and the few values it needs.
    const second: AuditProduct[] = [];
    let group: AuditProduct[] = [];
    let groupId: string | undefined;
    const flushGroup = () => {
      if (group.length > 1) for (const f of variantGroup(group)) sink.add(f);
      group = [];
    };
    const batch = (): PassBatch => {
      const b: PassBatch = { type: 'batch', findings: sink.take(), states, products };
      states = [];
      return b;
    };
    // Ordered by item group so each variant group is judged as soon as it is complete.
    const where = req.part ? ` WHERE ${req.part.where}` : '';
    const rows = reader
      .prepare(`${PRODUCT_SELECT}${where} ORDER BY item_group_id, pid`)
      .raw()
      .iterate(...(req.part?.params ?? [])) as Iterable<unknown[]>;
    for (const row of rows) {
      const p = toAuditProduct(row, sources);
      products++;
      const need = checkProduct(p, ctx, sink);
      const { measures, candidates } = measuresOf(p);
      stats.add(p, measures, candidates);
      states.push(...stateRow(p, snapshotOf(p), need));
      second.push(slim(p, measures.keys()));
      const g = p.values.item_group_id;
      if (g !== groupId) {
        flushGroup();
        groupId = g;
      }
      if (g) group.push(p);
      if (products % BATCH_PRODUCTS === 0) yield batch();
    }
    flushGroup();
    yield batch();
    const reply = yield { type: 'counted', products, counts: stats.counts() };
    if (!reply) throw new Error('audit: the product check was resumed without the catalog statistics');
    const maps = mapsFromJson(reply.maps);
    for (let i = 0; i < second.length; i++) {
      const p = second[i]!;
      checkAgainstStats(p, measuresOf(p).measures, reply.stats, maps, (f) => sink.add(withPid(f, p)));
      second[i] = undefined as unknown as AuditProduct; // let the slim copies go as the pass moves on
      if (sink.rows.length >= BATCH_PRODUCTS * FINDING_FIELDS) yield batch();
    }
    yield batch();
    yield { type: 'end', products };
  } finally {
    reader.close();
  }
}

/** The catalog statistics from the parts' counts (given in catalog order), for the second pass. */
export function catalogStatsOf(parts: readonly StatsCounts[]): PassStats {
  const stats = StatsCollector.merge(parts).finish();
  return { type: 'stats', stats, maps: mapsToJson(spellingMaps(stats)) };
}

/**
 * Splits the catalog into `n` consecutive runs of the pass order (item group, then pid), cut only
 * between item groups so each variant group is judged whole. Falls back to fewer parts when the
 * groups do not allow a cut (one group holds most products).
 */
export function partitions(db: Db, n: number): NonNullable<PassRequest['part']>[] {
  const total = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const at = db.prepare('SELECT item_group_id AS g, pid FROM products ORDER BY item_group_id, pid LIMIT 1 OFFSET ?');
  // Cut points: (group, pid) where a part starts; a cut inside a group moves to the group's start.
  const cuts: { g: string | null; pid: number }[] = [];
  for (let k = 1; k < n; k++) {
    const c = at.get(Math.floor((total * k) / n)) as { g: string | null; pid: number } | undefined;
    if (!c) continue;
    const last = cuts[cuts.length - 1];
    if (last && (c.g === null ? last.g === null && last.pid === c.pid : last.g === c.g)) continue;
    cuts.push(c);
  }
  // Conditions on either side of a cut, in the pass order (NULL groups sort first, by pid).
  const after = (c: { g: string | null; pid: number }) =>
    c.g === null ? '(item_group_id IS NOT NULL OR pid >= ?)' : 'item_group_id >= ?';
  const before = (c: { g: string | null; pid: number }) =>
    c.g === null ? '(item_group_id IS NULL AND pid < ?)' : '(item_group_id IS NULL OR item_group_id < ?)';
  const param = (c: { g: string | null; pid: number }) => c.g ?? c.pid;
  const parts: NonNullable<PassRequest['part']>[] = [];
  for (let k = 0; k <= cuts.length; k++) {
    const lo = k > 0 ? cuts[k - 1]! : undefined;
    const hi = k < cuts.length ? cuts[k]! : undefined;
    const where = [lo && after(lo), hi && before(hi)].filter(Boolean).join(' AND ') || '1';
    parts.push({ where, params: [...(lo ? [param(lo)] : []), ...(hi ? [param(hi)] : [])] });
  }
  return parts;
}
