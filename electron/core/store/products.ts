import { CANONICAL_FIELDS, isCanonicalField, type ProductValues } from '../../../shared/fields.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './project.js';

/** A product as the engine sees it: its row in the source, original and current values. */
export interface Product {
  pid: number;
  sourceId: number;
  rowNo: number;
  values: ProductValues;
  original: ProductValues;
  cellMap: CellMap;
  rev: number;
}

/** field or attribute -> index of the source column its value came from (negative: inherited or derived). */
export type CellMap = Readonly<Record<string, number>>;

interface ProductRow {
  pid: number;
  source_id: number;
  row_no: number;
  attrs: string | null;
  original: string;
  cell_map: string;
  rev: number;
  [field: string]: unknown;
}

const SELECT = `SELECT * FROM products`;

/**
 * products.original of a product never edited (schema 8): its original values are its current
 * values, so they are not stored twice. writeValue copies them in before the first change.
 */
export const ORIGINAL_IS_CURRENT = '';

/** The product's values at import, from products.original and its current values. */
export function originalValues(original: string, current: ProductValues): ProductValues {
  return original === ORIGINAL_IS_CURRENT ? { ...current } : (JSON.parse(original) as ProductValues);
}

/** products.cell_map naming the n-th map of its source's shared maps (sources.cell_maps). */
export function sharedCellMapRef(n: number): string {
  return `@${n}`;
}

/** A source's shared cell maps (sources.cell_maps), for readCellMap. */
export function sourceCellMaps(db: Db, sourceId: number): readonly CellMap[] {
  const r = db.prepare(`SELECT cell_maps FROM sources WHERE source_id = ?`).get(sourceId) as
    { cell_maps: string | null } | undefined;
  return r?.cell_maps ? (JSON.parse(r.cell_maps) as CellMap[]) : [];
}

/** Reads products.cell_map: its own JSON, or '@n' = the n-th of its source's shared maps (do not modify the result). */
export function readCellMap(cellMap: string, shared: readonly CellMap[] | undefined): CellMap {
  if (cellMap.charCodeAt(0) !== 64 /* @ */) return JSON.parse(cellMap) as CellMap;
  const m = shared?.[Number(cellMap.slice(1))];
  if (!m) throw new Error(`products.cell_map "${cellMap}" names a map its source does not have`);
  return m;
}

/** A reader of cell maps for one pass over products: each source's shared maps are loaded once. */
export function cellMapReader(db: Db): (sourceId: number, cellMap: string) => CellMap {
  const bySource = new Map<number, readonly CellMap[]>();
  return (sourceId, cellMap) => {
    if (cellMap.charCodeAt(0) !== 64) return JSON.parse(cellMap) as CellMap;
    let shared = bySource.get(sourceId);
    if (!shared) bySource.set(sourceId, (shared = sourceCellMaps(db, sourceId)));
    return readCellMap(cellMap, shared);
  };
}

function rowToProduct(row: ProductRow, cellMapOf: (sourceId: number, cellMap: string) => CellMap): Product {
  const values: ProductValues = {};
  for (const f of CANONICAL_FIELDS) {
    const v = row[f];
    if (typeof v === 'string') values[f] = v;
  }
  if (row.attrs) Object.assign(values, JSON.parse(row.attrs) as Record<string, string>);
  return {
    pid: row.pid,
    sourceId: row.source_id,
    rowNo: row.row_no,
    values,
    original: originalValues(row.original, values),
    cellMap: cellMapOf(row.source_id, row.cell_map),
    rev: row.rev,
  };
}

export function getProduct(db: Db, pid: number): Product | undefined {
  const row = db.prepare(`${SELECT} WHERE pid = ?`).get(pid) as ProductRow | undefined;
  return row && rowToProduct(row, cellMapReader(db));
}

/** Streams every product in source order without holding them all in memory. */
export function* iterateProducts(db: Db, where = '', params: unknown[] = []): Generator<Product> {
  const stmt = db.prepare(`${SELECT} ${where} ORDER BY pid`);
  const cellMapOf = cellMapReader(db);
  for (const row of stmt.iterate(...params)) yield rowToProduct(row as ProductRow, cellMapOf);
}

export function countProducts(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
}

/** Reads one value (canonical column or custom attribute). */
export function readValue(db: Db, pid: number, field: string): string | undefined {
  if (isCanonicalField(field)) {
    const r = db.prepare(`SELECT "${field}" AS v FROM products WHERE pid = ?`).get(pid) as { v: string | null } | undefined;
    return r?.v ?? undefined;
  }
  const r = db.prepare(`SELECT json_extract(attrs, ?) AS v FROM products WHERE pid = ?`).get(jsonPath(field), pid) as
    { v: string | null } | undefined;
  return r?.v ?? undefined;
}

/** Writes one value in place; callers go through the change record (changes.ts), never directly. */
export function writeValue(db: Db, pid: number, field: string, value: string | undefined): void {
  const v = value === undefined || value === '' ? null : value;
  // Copy-on-write: the first change of a product keeps its values at import as its originals.
  copyOriginals(db).run(pid, ORIGINAL_IS_CURRENT);
  if (isCanonicalField(field)) {
    db.prepare(`UPDATE products SET "${field}" = ?, rev = rev + 1 WHERE pid = ?`).run(v, pid);
  } else if (v === null) {
    db.prepare(`UPDATE products SET attrs = json_remove(coalesce(attrs,'{}'), ?), rev = rev + 1 WHERE pid = ?`).run(
      jsonPath(field),
      pid,
    );
  } else {
    db.prepare(`UPDATE products SET attrs = json_set(coalesce(attrs,'{}'), ?, ?), rev = rev + 1 WHERE pid = ?`).run(
      jsonPath(field),
      v,
      pid,
    );
  }
}

/**
 * A product's current values as one JSON object, in SQL: canonical fields that are set (a JSON merge
 * patch drops the nulls), then its custom attributes; the same object rowToProduct builds.
 */
const CURRENT_VALUES_JSON = `json_patch(json_patch('{}', json_object(${CANONICAL_FIELDS.map((f) => `'${f}', "${f}"`).join(', ')})), coalesce(attrs, '{}'))`;

const copyStatements = new WeakMap<Db, Statement>();
/** The copy-on-write statement, prepared once per connection (a bulk edit runs it for every value). */
function copyOriginals(db: Db): Statement {
  let s = copyStatements.get(db);
  if (!s)
    copyStatements.set(
      db,
      (s = db.prepare(`UPDATE products SET original = ${CURRENT_VALUES_JSON} WHERE pid = ? AND original = ?`)),
    );
  return s;
}

function jsonPath(key: string): string {
  return `$."${key.replace(/"/g, '\\"')}"`;
}
