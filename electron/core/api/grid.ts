import type { CellMarker, Column, Page, PageRequest, ProductFilter } from '../../../shared/api.js';
import { CANONICAL_FIELDS, isCanonicalField } from '../../../shared/fields.js';
import type { Db } from '../store/index.js';
import { ApiError } from './errors.js';
import { ensureSearchIndex, toFtsQuery } from './search-index.js';

/**
 * Counts that only an import changes, cached per open project: on a million products count(*)
 * and per-column counts are full scans, too slow to repeat for every page.
 */
interface Shape {
  n: number;
  lo: number | null;
  hi: number | null;
}
const shapes = new WeakMap<Db, Shape>();

function shape(db: Db): Shape {
  let s = shapes.get(db);
  if (!s) {
    s = db.prepare('SELECT count(*) AS n, min(pid) AS lo, max(pid) AS hi FROM products').get() as Shape;
    shapes.set(db, s);
  }
  return s;
}

/** How many products the project holds (cached; see Shape). */
export function productCount(db: Db): number {
  return shape(db).n;
}

/** Call after products were added (import). */
export function productsAdded(db: Db): void {
  shapes.delete(db);
}

/** Above this many products, which columns are filled is judged on a sample and not counted. */
const COUNT_LIMIT = 50_000;
const SAMPLE = 20_000;

/** Fields the grid always shows, even when no product fills them yet: those a seller fixes first. */
const CORE_FIELDS = new Set(['id', 'title', 'brand', 'price', 'gtin', 'color', 'size', 'material', 'image_link', 'description']);

/** SQL expression for one field: a canonical column or a custom attribute inside `attrs`. */
export function fieldExpr(field: string): { sql: string; params: unknown[] } {
  if (isCanonicalField(field)) return { sql: `"${field}"`, params: [] };
  return { sql: `json_extract(attrs, ?)`, params: [`$."${field.replace(/"/g, '\\"')}"`] };
}

/** The order a seller reads a product in: what it is, what tells variants apart, price and codes, then the rest. */
const SELLER_ORDER: readonly string[] = [
  'id',
  'title',
  'brand',
  'color',
  'size',
  'material',
  'price',
  'sale_price',
  'gtin',
  'mpn',
  'item_group_id',
];
const ordered = [...SELLER_ORDER, ...CANONICAL_FIELDS.filter((f) => !SELLER_ORDER.includes(f))];

/** The grid's columns: canonical fields (filled ones and the core ones) in the seller's order, then custom attributes. */
export function listColumns(db: Db): Column[] {
  const exact = shape(db).n <= COUNT_LIMIT;
  const from = exact ? 'products' : `(SELECT * FROM products LIMIT ${SAMPLE})`;
  const counts = db
    .prepare(`SELECT ${CANONICAL_FIELDS.map((f) => `count("${f}") AS "${f}"`).join(', ')} FROM ${from}`)
    .get() as Record<string, number>;
  const columns: Column[] = ordered
    .filter((f) => (counts[f] ?? 0) > 0 || CORE_FIELDS.has(f))
    .map((f) => ({
      field: f,
      kind: 'canonical' as const,
      filled: exact ? (counts[f] ?? 0) : null,
    }));
  // Custom attribute names come from the sources' saved mappings: no need to scan a million rows.
  const seen = new Set<string>();
  for (const r of db.prepare('SELECT mapping FROM sources ORDER BY source_id').all() as { mapping: string }[]) {
    for (const target of Object.values(JSON.parse(r.mapping) as Record<string, string | null>)) {
      if (target && !isCanonicalField(target) && !seen.has(target)) {
        seen.add(target);
        columns.push({ field: target, kind: 'custom', filled: null });
      }
    }
  }
  return columns;
}

function whereFor(db: Db, filter: ProductFilter | undefined): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter?.search) {
    const q = toFtsQuery(filter.search);
    if (q) {
      // The index is built on the first search, not on open: opening a big project stays instant.
      ensureSearchIndex(db);
      clauses.push(`pid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)`);
      params.push(q);
    }
  }
  if (filter?.rule || filter?.severity) {
    const f: string[] = [];
    if (filter.rule) {
      f.push('rule = ?');
      params.push(filter.rule);
    }
    if (filter.severity) {
      f.push('severity = ?');
      params.push(filter.severity);
    }
    clauses.push(`pid IN (SELECT pid FROM findings WHERE ${f.join(' AND ')})`);
  }
  if (filter?.missing) {
    const e = fieldExpr(filter.missing);
    clauses.push(`(${e.sql} IS NULL OR ${e.sql} = '')`);
    params.push(...e.params, ...e.params);
  }
  if (filter?.pendingSuggestions) clauses.push(`pid IN (SELECT pid FROM suggestions WHERE state = 'pending')`);
  if (filter?.changed)
    clauses.push(`pid IN (SELECT c.pid FROM changes c JOIN batches b ON b.batch_id = c.batch_id WHERE b.state = 'applied')`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Sorting a large catalog by a column needs an index, else every page re-sorts every product. */
function ensureSortIndex(db: Db, field: string): void {
  if (!isCanonicalField(field) || field === 'id') return;
  db.exec(`CREATE INDEX IF NOT EXISTS "products_sort_${field}" ON products("${field}", pid)`);
}

const SEVERITY_RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

/**
 * One page of the grid. Unfiltered, unsorted pages over a catalog whose pids are contiguous (every
 * fresh import) are found by pid range, so scrolling to row 900,000 costs what row 1 does.
 */
export function readPage(db: Db, req: PageRequest): Page {
  const where = whereFor(db, req.filter);
  const cellExprs = req.columns.map(fieldExpr);
  const select = `SELECT pid, row_no, ${cellExprs.map((e) => e.sql).join(', ')} FROM products`;
  const cellParams = cellExprs.flatMap((e) => e.params);
  let rows: Record<string, unknown>[];
  let total: number;
  if (!where.sql && !req.sort) {
    const r = shape(db);
    total = r.n;
    if (r.lo !== null && r.hi !== null && r.hi - r.lo + 1 === r.n) {
      const from = r.lo + req.offset;
      rows = db
        .prepare(`${select} WHERE pid >= ? AND pid < ? ORDER BY pid`)
        .raw()
        .all(...cellParams, from, from + req.limit) as unknown as Record<string, unknown>[];
    } else {
      rows = db
        .prepare(`${select} ORDER BY pid LIMIT ? OFFSET ?`)
        .raw()
        .all(...cellParams, req.limit, req.offset) as unknown as Record<string, unknown>[];
    }
  } else {
    total = (db.prepare(`SELECT count(*) AS n FROM products ${where.sql}`).get(...where.params) as { n: number }).n;
    let order = 'pid';
    const orderParams: unknown[] = [];
    if (req.sort) {
      const e = fieldExpr(req.sort.field);
      if (total > 20_000) ensureSortIndex(db, req.sort.field);
      const dir = req.sort.dir === 'desc' ? 'DESC' : 'ASC';
      order = `${e.sql} ${dir}, pid ${dir}`;
      orderParams.push(...e.params);
    }
    rows = db
      .prepare(`${select} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .raw()
      .all(...cellParams, ...where.params, ...orderParams, req.limit, req.offset) as unknown as Record<string, unknown>[];
  }
  const list = rows as unknown as unknown[][];
  const pids = list.map((r) => r[0] as number);
  const markers = readMarkers(db, pids);
  return {
    total,
    offset: req.offset,
    rows: list.map((r) => ({
      pid: r[0] as number,
      row: r[1] as number,
      cells: r.slice(2).map((c) => (c === null || c === undefined ? null : String(c))),
      markers: markers.get(r[0] as number) ?? {},
    })),
  };
}

function readMarkers(db: Db, pids: number[]): Map<number, Record<string, CellMarker>> {
  const out = new Map<number, Record<string, CellMarker>>();
  if (pids.length === 0) return out;
  const list = JSON.stringify(pids);
  const at = (pid: number, field: string): CellMarker => {
    let m = out.get(pid);
    if (!m) out.set(pid, (m = {}));
    return (m[field] ??= { severity: null, suggestions: 0 });
  };
  for (const f of db
    .prepare(`SELECT pid, field, severity FROM findings WHERE pid IN (SELECT value FROM json_each(?))`)
    .all(list) as {
    pid: number;
    field: string;
    severity: 'error' | 'warning' | 'info';
  }[]) {
    const m = at(f.pid, f.field);
    if ((SEVERITY_RANK[f.severity] ?? 0) > (SEVERITY_RANK[m.severity ?? ''] ?? 0)) m.severity = f.severity;
  }
  for (const s of db
    .prepare(
      `SELECT pid, field, count(*) AS n FROM suggestions WHERE state = 'pending' AND pid IN (SELECT value FROM json_each(?)) GROUP BY pid, field`,
    )
    .all(list) as { pid: number; field: string; n: number }[]) {
    at(s.pid, s.field).suggestions = s.n;
  }
  return out;
}

export function assertField(field: string): void {
  if (field.length === 0) throw new ApiError('bad_input', 'a field name is required');
}
