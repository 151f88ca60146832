import { CANONICAL_FIELDS, type ProductValues } from '../../../shared/fields.js';
import type { Statement } from 'better-sqlite3';
import { dirname } from 'node:path';
import { readCellMap, sourceCellMaps, type CellMap, type Db } from '../store/index.js';
import type { AuditProduct } from './types.js';

/** Option/variation columns: their values define variants (Shopify "Option1 Value", WooCommerce "Attribute 1 value(s)", Etsy "Variation"). */
const OPTION_COLUMN = /^(option\s*\d+\s*value|attribute\s*\d+\s*value\(?s?\)?|variation\s*\d*\s*values?)$/i;

export interface SourceInfo {
  /** Folder of the catalog file: local image names are looked up next to it. */
  dir: string;
  fields: Set<string>;
  optionColumns: Set<number>;
  /** The source's shared cell maps, for readCellMap. */
  cellMaps: readonly CellMap[];
}

export function loadSources(db: Db): Map<number, SourceInfo> {
  const m = new Map<number, SourceInfo>();
  const rows = db.prepare('SELECT source_id, path, header, mapping FROM sources').all() as {
    source_id: number;
    path: string;
    header: string;
    mapping: string;
  }[];
  for (const r of rows) {
    const header = JSON.parse(r.header) as string[];
    const mapping = JSON.parse(r.mapping) as Record<string, string | null>;
    const fields = new Set(Object.values(mapping).filter((v): v is string => !!v));
    // Shopify maps option columns per row (mapping null): the values land in color/size/... or a named attribute.
    const optionColumns = new Set(header.map((h, i) => (OPTION_COLUMN.test(h.trim()) ? i : -1)).filter((i) => i >= 0));
    if (optionColumns.size) for (const f of ['color', 'size', 'material', 'pattern']) fields.add(f);
    m.set(r.source_id, { dir: dirname(r.path), fields, optionColumns, cellMaps: sourceCellMaps(db, r.source_id) });
  }
  return m;
}

const COLS = ['pid', 'source_id', 'row_no', 'rev', 'attrs', 'cell_map', ...CANONICAL_FIELDS.map((f) => `"${f}"`)].join(', ');
export const PRODUCT_SELECT = `SELECT ${COLS} FROM products`;
const N_FIXED = 6;

/** Turns a raw row of PRODUCT_SELECT into what the rules see. cell_map is parsed only when option attributes are possible. */
export function toAuditProduct(row: unknown[], sources: Map<number, SourceInfo>): AuditProduct & { rev: number } {
  const values: ProductValues = {};
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) {
    const v = row[N_FIXED + i];
    if (typeof v === 'string') values[CANONICAL_FIELDS[i]!] = v;
  }
  const attrs = row[4] as string | null;
  const sourceId = row[1] as number;
  let optionAttrs: string[] = [];
  if (attrs) {
    const a = JSON.parse(attrs) as Record<string, string>;
    Object.assign(values, a);
    const src = sources.get(sourceId);
    if (src?.optionColumns.size) {
      const cellMap = readCellMap(row[5] as string, src.cellMaps);
      optionAttrs = Object.keys(a).filter((k) => {
        const c = cellMap[k];
        return c !== undefined && src.optionColumns.has(c < 0 ? -c - 1 : c);
      });
    }
  }
  return { pid: row[0] as number, sourceId, rowNo: row[2] as number, rev: row[3] as number, values, optionAttrs };
}

/** Loads products by pid (re-audits touch few products; one statement per chunk). */
const statements = new WeakMap<Db, Map<number, Statement>>();
function byPids(db: Db, n: number): Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(n);
  if (!s) m.set(n, (s = db.prepare(`${PRODUCT_SELECT} WHERE pid IN (${Array(n).fill('?').join(',')})`).raw()));
  return s;
}

export function loadProducts(
  db: Db,
  pids: readonly number[],
  sources: Map<number, SourceInfo>,
): (AuditProduct & { rev: number })[] {
  const out: (AuditProduct & { rev: number })[] = [];
  for (let i = 0; i < pids.length; i += 500) {
    const chunk = pids.slice(i, i + 500);
    const rows = byPids(db, chunk.length).all(...chunk) as unknown[][];
    for (const r of rows) out.push(toAuditProduct(r, sources));
  }
  return out.sort((a, b) => a.pid - b.pid);
}
