import Database from 'better-sqlite3';
import type { Db } from '../store/index.js';
import { isCanonicalField as isCanonical } from '../../../shared/fields.js';
import { auditProfile, type Profile } from './profiles/index.js';
import type { AuditProduct, Finding } from './types.js';
import type { Emit, ProductRule, RuleContext } from './rules/context.js';
import { textHygiene } from './rules/hygiene.js';
import { gtinCheck, imageMissing, measureRange, priceCheck, titleContradiction } from './rules/values.js';
import { checkProfile } from './rules/profile.js';
import { imageTooSmall } from './rules/images.js';
import { imageSizes, isLocalImage, resolveLocalImage, type ImageSize } from './images/dimensions.js';
import {
  duplicateGtin,
  duplicateId,
  imageKey,
  nearDuplicate,
  nearDuplicateKey,
  sharedImage,
  variantGroup,
  type GroupRule,
} from './rules/groups.js';
import {
  StatsCollector,
  checkAgainstStats,
  clusterFieldsOf,
  spellingMaps,
  type CatalogStats,
  type SpellingMaps,
} from './rules/stats.js';
import { loadProducts, loadSources, PRODUCT_SELECT, toAuditProduct, type SourceInfo } from './load.js';
import { measuresOf } from './measures.js';
import { FindingWriter, mapsFromJson, mapsToJson, readState, writeState, type AuditState } from './store.js';

/** Bump when rules change so that a project's next audit is a full one. */
export const RULES_VERSION = 4;

const PRODUCT_RULES: readonly ProductRule[] = [
  textHygiene,
  gtinCheck,
  priceCheck,
  titleContradiction,
  measureRange,
  imageMissing,
  imageTooSmall,
];

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

/** A product's keys for the catalog-wide rules, and the snapshot the statistics counted. */
interface Snapshot {
  gtin?: string;
  dup?: string;
  image?: string;
  id?: string;
  group?: string;
  vals: Record<string, string>;
}

/** What audit_state.vals stores: the counted values plus the id and item group the product had. */
function valsJson(s: Snapshot): string {
  return JSON.stringify({ vals: s.vals, id: s.id, group: s.group });
}

/** One audit_state row: (pid, rev, gtin, dup, image, group, vals, need), for the full and the incremental audit alike. */
function stateRow(p: AuditProduct & { rev: number }, snap: Snapshot, need: Record<string, [number, number]> | undefined) {
  return [
    p.pid,
    p.rev,
    snap.gtin ?? null,
    snap.dup ?? null,
    snap.image ?? null,
    snap.group ?? null,
    valsJson(snap),
    need ? JSON.stringify(need) : null,
  ] as const;
}

function snapshotOf(p: AuditProduct): Snapshot {
  const vals: Record<string, string> = {};
  for (const f of clusterFieldsOf(p)) {
    const v = p.values[f];
    if (v) vals[f] = v;
  }
  return {
    gtin: p.values.gtin?.trim().replace(/[\s-]/g, '') || undefined,
    dup: nearDuplicateKey(p),
    image: imageKey(p),
    id: p.values.id,
    group: p.values.item_group_id,
    vals,
  };
}

/**
 * Audits the project: a full audit the first time (or when the profiles or rules changed), then
 * incremental re-audits that re-check only products whose rev changed since, and re-judge only the
 * catalog-wide groups (same id, GTIN, title, image, item group) those products left or joined.
 */
export function runAudit(db: Db, opts: AuditOptions = {}): AuditRun {
  const names = [...new Set(opts.profiles ?? [])].sort();
  const profiles = names.map((n) => {
    const p = auditProfile(n);
    if (!p) throw new AuditError(`unknown profile "${n}"`);
    return p;
  });
  const t0 = performance.now();
  const state = readState(db);
  const reuse = !opts.full && state && state.version === RULES_VERSION && state.profiles.join(',') === names.join(',');
  const run = reuse ? incremental(db, profiles, state) : full(db, profiles, names);
  return { ...run, ms: Math.round(performance.now() - t0) };
}

function contextFor(
  sources: Map<number, SourceInfo>,
  profiles: readonly Profile[],
  images: Map<string, ImageSize> = new Map(),
): RuleContext {
  return {
    profiles,
    sourceHasField: (sid, f) => sources.get(sid)?.fields.has(f) ?? false,
    imageSize: (p) =>
      images.size && p.values.image_link ? images.get(localImageKey(p.sourceId, p.values.image_link)) : undefined,
  };
}

const localImageKey = (sourceId: number, link: string) => `${sourceId}\u0000${link}`;

/** Pixel sizes of the local image files among (source, image_link) pairs, keyed by the pair. */
function localImageSizes(links: Iterable<[number, string]>, sources: Map<number, SourceInfo>): Map<string, ImageSize> {
  const files = new Map<string, string>();
  for (const [sid, link] of links) {
    if (!isLocalImage(link)) continue;
    const file = resolveLocalImage(link, sources.get(sid)?.dir);
    if (file) files.set(localImageKey(sid, link), file);
  }
  const sizes = imageSizes([...new Set(files.values())]);
  const out = new Map<string, ImageSize>();
  for (const [k, f] of files) {
    const s = sizes.get(f);
    if (s) out.set(k, s);
  }
  return out;
}

function withPid(f: Parameters<Emit>[0], p: AuditProduct): Finding {
  return { ...f, pid: p.pid, profile: f.profile ?? '', current: f.suggested !== undefined ? p.values[f.field] : undefined };
}

/** Runs the per-product rules (catalog and profiles); returns the required/recommended counts a score needs. */
function checkProduct(p: AuditProduct, ctx: RuleContext, w: FindingWriter): Record<string, [number, number]> | undefined {
  const emit: Emit = (f) => w.add(withPid(f, p));
  for (const rule of PRODUCT_RULES) rule(p, ctx, emit);
  let need: Record<string, [number, number]> | undefined;
  for (const prof of ctx.profiles) {
    const before = w.missingCount(p.pid);
    const n = checkProfile(prof, p, emit);
    if (w.missingCount(p.pid) > before) (need ??= {})[prof.name] = [n.nRequired, n.nRecommended];
  }
  return need;
}

function full(db: Db, profiles: readonly Profile[], names: string[]): Omit<AuditRun, 'ms'> {
  const sources = loadSources(db);
  // Web addresses are the norm; only the few other values can be local files.
  const links = db
    .prepare(`SELECT DISTINCT source_id, image_link FROM products WHERE image_link IS NOT NULL AND image_link NOT LIKE 'http%'`)
    .raw()
    .all() as [number, string][];
  const ctx = contextFor(sources, profiles, localImageSizes(links, sources));
  let products = 0;
  db.transaction(() => {
    db.exec(
      `DELETE FROM findings; DELETE FROM audit_state; DELETE FROM suggestions WHERE sources = 'rule' AND state = 'pending';`,
    );
    const w = new FindingWriter(db);
    const insertState = db.prepare(
      'INSERT INTO audit_state (pid, rev, gtin_key, dup_key, image_key, grp, vals, need) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const stats = new StatsCollector();
    // Kept for the second pass against the statistics: pid, row and the few values it needs.
    const second: AuditProduct[] = [];
    let group: AuditProduct[] = [];
    let groupId: string | undefined;
    const flushGroup = () => {
      if (group.length > 1) for (const f of variantGroup(group)) w.add(f);
      group = [];
    };
    // Ordered by item group so each variant group is judged as soon as it is complete.
    // A second, read-only connection streams the products while this one writes findings (WAL lets
    // a reader and a writer work at once; one connection cannot read a cursor and write).
    const reader = new Database(db.name, { readonly: true, fileMustExist: true });
    try {
      const rows = reader.prepare(`${PRODUCT_SELECT} ORDER BY item_group_id, pid`).raw().iterate() as Iterable<unknown[]>;
      for (const row of rows) {
        const p = toAuditProduct(row, sources);
        products++;
        const need = checkProduct(p, ctx, w);
        const { measures, candidates } = measuresOf(p);
        stats.add(p, measures, candidates);
        const snap = snapshotOf(p);
        insertState.run(...stateRow(p, snap, need));
        second.push(slim(p, measures.keys()));
        const g = p.values.item_group_id;
        if (g !== groupId) {
          flushGroup();
          groupId = g;
        }
        if (g) group.push(p);
      }
    } finally {
      reader.close();
    }
    flushGroup();
    const catalogStats = stats.finish();
    const maps = spellingMaps(catalogStats);
    for (const p of second) {
      checkAgainstStats(p, measuresOf(p).measures, catalogStats, maps, (f) => w.add(withPid(f, p)));
    }
    second.length = 0;
    // Catalog-wide duplicates: SQL finds the keys held by more than one product.
    const judgeKeys = (sql: string, rule: KeyedRule) => {
      for (const { k } of db.prepare(sql).all() as { k: string }[]) {
        for (const f of rule.judge(membersOf(db, rule.name, k, sources))) w.add(f);
      }
    };
    judgeKeys(`SELECT "id" AS k FROM products WHERE "id" IS NOT NULL GROUP BY "id" HAVING count(*) > 1`, KEYED[0]!);
    judgeKeys(
      `SELECT gtin_key AS k FROM audit_state WHERE gtin_key IS NOT NULL GROUP BY gtin_key HAVING count(*) > 1`,
      KEYED[1]!,
    );
    // Near-duplicates and shared images only count across item groups (variants share titles and photos):
    // keys held by one group only are dropped in SQL instead of loading their products.
    const groups = `count(DISTINCT coalesce(nullif(trim(grp, char(32, 9, 10, 13)), ''), '#' || pid)) > 1`;
    judgeKeys(`SELECT dup_key AS k FROM audit_state WHERE dup_key IS NOT NULL GROUP BY dup_key HAVING ${groups}`, KEYED[2]!);
    judgeKeys(
      `SELECT image_key AS k FROM audit_state WHERE image_key IS NOT NULL GROUP BY image_key HAVING ${groups}`,
      KEYED[3]!,
    );
    w.flush();
    writeState(db, { version: RULES_VERSION, profiles: names, ...changeMarks(db), stats: catalogStats, maps: mapsToJson(maps) });
  })();
  return { mode: 'full', products, checked: products };
}

/** The values the statistics pass needs, without the long texts. */
function slim(p: AuditProduct, measureFields: Iterable<string>): AuditProduct {
  const values: Record<string, string> = {};
  for (const f of [...clusterFieldsOf(p), ...measureFields, 'price', 'product_type', 'google_product_category']) {
    const v = p.values[f];
    if (v) values[f] = v;
  }
  return { pid: p.pid, rowNo: p.rowNo, sourceId: p.sourceId, values, optionAttrs: p.optionAttrs };
}

function membersOf(db: Db, key: KeyedRule['name'], k: string, sources: Map<number, SourceInfo>): AuditProduct[] {
  const sql: Record<KeyedRule['name'], string> = {
    id: `SELECT pid FROM products WHERE "id" = ?`,
    group: `SELECT pid FROM products WHERE item_group_id = ?`,
    gtin: `SELECT pid FROM audit_state WHERE gtin_key = ?`,
    dup: `SELECT pid FROM audit_state WHERE dup_key = ?`,
    image: `SELECT pid FROM audit_state WHERE image_key = ?`,
  };
  const pids = (db.prepare(sql[key]).pluck().all(k) as number[]).slice(0, 1000);
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
