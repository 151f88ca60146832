import { CANONICAL_FIELDS, isCanonicalField, type ProductValues } from '../../../shared/fields.js';
import type { Db } from './project.js';

/** A product as the engine sees it: its row in the source, original and current values. */
export interface Product {
  pid: number;
  sourceId: number;
  rowNo: number;
  values: ProductValues;
  original: ProductValues;
  cellMap: Record<string, number>;
  rev: number;
}

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

export function rowToProduct(row: ProductRow): Product {
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
    original: JSON.parse(row.original) as ProductValues,
    cellMap: JSON.parse(row.cell_map) as Record<string, number>,
    rev: row.rev,
  };
}

export function getProduct(db: Db, pid: number): Product | undefined {
  const row = db.prepare(`${SELECT} WHERE pid = ?`).get(pid) as ProductRow | undefined;
  return row && rowToProduct(row);
}

/** Streams every product in source order without holding them all in memory. */
export function* iterateProducts(db: Db, where = '', params: unknown[] = []): Generator<Product> {
  const stmt = db.prepare(`${SELECT} ${where} ORDER BY pid`);
  for (const row of stmt.iterate(...params)) yield rowToProduct(row as ProductRow);
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
    | { v: string | null }
    | undefined;
  return r?.v ?? undefined;
}

/** Writes one value in place; callers go through the change record (changes.ts), never directly. */
export function writeValue(db: Db, pid: number, field: string, value: string | undefined): void {
  const v = value === undefined || value === '' ? null : value;
  if (isCanonicalField(field)) {
    db.prepare(`UPDATE products SET "${field}" = ?, rev = rev + 1 WHERE pid = ?`).run(v, pid);
  } else if (v === null) {
    db.prepare(`UPDATE products SET attrs = json_remove(coalesce(attrs,'{}'), ?), rev = rev + 1 WHERE pid = ?`).run(jsonPath(field), pid);
  } else {
    db.prepare(`UPDATE products SET attrs = json_set(coalesce(attrs,'{}'), ?, ?), rev = rev + 1 WHERE pid = ?`).run(jsonPath(field), v, pid);
  }
}

function jsonPath(key: string): string {
  return `$."${key.replace(/"/g, '\\"')}"`;
}
