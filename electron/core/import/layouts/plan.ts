import type { ColumnMapping } from '../../../../shared/layouts.js';
import type { ColumnProposal, MappedProduct, RawRow } from '../types.js';
import { customName } from './columns.js';
import { MULTI_COLUMN_FIELDS } from './propose.js';
import { splitImageList } from './values.js';

/** How one column feeds products: its proposal plus what the layout knows about it. */
export interface ColumnPlan extends ColumnProposal {
  /** A child/variant with a blank cell takes the parent's (group's first row's) value. */
  inherit?: boolean;
  /** Cell text -> field value, for layouts that encode a field their own way. */
  convert?: Record<string, string>;
  /** The layout computes this field itself (e.g. item_group_id from a parent link): not copied cell by cell. */
  derived?: boolean;
  /** Structural meaning in the layout (parent link, row type, ...). */
  role?: string;
}

export function mappingOf(plans: ColumnPlan[]): ColumnMapping {
  const m: ColumnMapping = {};
  for (const p of plans) m[p.column] = p.field;
  return m;
}

/**
 * Applies the seller's edits (column -> field, null = ignore) on top of the proposals. A field the
 * seller gives to one column is taken away from any column that was only proposed for it.
 */
export function applyOverride(
  plans: ColumnPlan[],
  override: ColumnMapping | undefined,
  from: 'seller' | 'saved' = 'seller',
): ColumnPlan[] {
  if (!override) return plans;
  const claimed = new Set<string>();
  for (const p of plans) {
    if (!(p.column in override) || p.derived) continue;
    const field = override[p.column] ?? null;
    if (field === p.field) {
      p.from = from;
      p.confidence = 1;
      continue;
    }
    p.field = field;
    p.from = from;
    p.confidence = 1;
    p.reason = from === 'seller' ? 'set by the seller' : 'the mapping saved for files with this header';
    delete p.convert;
    if (field) claimed.add(field);
  }
  for (const p of plans) {
    if (p.from === from || p.derived || !p.field || !claimed.has(p.field) || MULTI_COLUMN_FIELDS.has(p.field)) continue;
    p.reason = `${p.reason}; the seller mapped another column to ${p.field}`;
    p.field = customName(p.column, p.index);
    p.from = 'custom';
  }
  return plans;
}

/** Values of a parent or group's first row that children may inherit. */
export type Inherited = Record<string, string>;

/**
 * Builds one product from one row under a plan. `parent` supplies values for inheriting columns
 * left blank; such values carry a negative cell index (not written back to the seller's cell,
 * which stays blank as they wrote it). Returns null for a row with no cell filled.
 */
export function buildProduct(row: RawRow, plans: ColumnPlan[], parent?: Inherited): MappedProduct | null {
  if (!row.cells.some((c) => c !== '')) return null;
  const values: Record<string, string> = {};
  const cellMap: Record<string, number> = {};
  let multi: Map<string, number[]> | undefined; // made only for a row that has a multi-column field
  const put = (field: string, value: string, index: number) => {
    if (MULTI_COLUMN_FIELDS.has(field)) {
      values[field] = values[field] ? `${values[field]},${value}` : value;
      multi ??= new Map();
      const cols = multi.get(field) ?? [];
      cols.push(index);
      multi.set(field, cols);
      // Several columns joined into one value cannot be written back into one cell.
      const firstCol = cols[0]! < 0 ? -cols[0]! - 1 : cols[0]!;
      cellMap[field] = cols.length === 1 ? index : -(firstCol + 1);
      return;
    }
    if (field in values) return;
    values[field] = value;
    cellMap[field] = index;
  };
  for (const p of plans) {
    if (!p.field || p.derived) continue;
    const cell = row.cells[p.index] ?? '';
    if (cell === '') {
      const inherited = p.inherit && parent ? parent[p.field] : undefined;
      if (inherited) put(p.field, inherited, -(p.index + 1));
      continue;
    }
    const value = p.convert ? convertCell(p.convert, cell) : cell;
    const own = value === cell ? p.index : -(p.index + 1);
    if (p.field === 'image_link' && !('image_link' in values)) {
      const [first, ...rest] = splitImageList(value);
      if (rest.length) {
        put('image_link', first!, -(p.index + 1));
        put('additional_image_link', rest.join(','), -(p.index + 1));
        continue;
      }
    }
    put(p.field, value, own);
  }
  return { rowNo: row.rowNo, values, cellMap };
}

/** A cell through a layout's value table (own entries only: a cell "constructor" is no entry), as is when absent. */
export function convertCell(convert: Record<string, string>, cell: string): string {
  if (Object.hasOwn(convert, cell)) return convert[cell]!;
  const t = cell.trim();
  return t !== cell && Object.hasOwn(convert, t) ? convert[t]! : cell;
}

/** The values children may inherit from this product. */
export function inheritable(plans: ColumnPlan[], p: MappedProduct): Inherited {
  const out: Inherited = {};
  for (const pl of plans) {
    if (pl.inherit && pl.field && p.values[pl.field]) out[pl.field] = p.values[pl.field]!;
  }
  return out;
}
