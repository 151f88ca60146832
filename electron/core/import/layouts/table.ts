import type { RawRow } from '../types.js';
import { columnKeys, customName } from './columns.js';
import type { LayoutTable, TableColumn } from './data.js';
import { columnKey, normaliseHeader } from './normalise.js';
import type { ColumnPlan } from './plan.js';
import { MULTI_COLUMN_FIELDS, proposeColumns } from './propose.js';

/** Looks a column up in a layout table, ignoring case and repeated spaces (and, loosely, punctuation). */
export function tableLookup(table: LayoutTable): (header: string) => TableColumn | undefined {
  const exact = new Map<string, TableColumn>();
  const loose = new Map<string, TableColumn>();
  for (const c of table.columns) {
    for (const n of c.names) {
      if (!exact.has(columnKey(n))) exact.set(columnKey(n), c);
      if (!loose.has(normaliseHeader(n))) loose.set(normaliseHeader(n), c);
    }
  }
  return (h) => exact.get(columnKey(h)) ?? loose.get(normaliseHeader(h));
}

/** Share of a header's columns the table knows, and how many of its marker columns are there. */
export function tableCoverage(header: string[], table: LayoutTable): { known: number; markers: number; share: number } {
  const lookup = tableLookup(table);
  let known = 0;
  const markers = new Set<TableColumn>();
  for (const h of header) {
    const c = lookup(h);
    if (!c) continue;
    known++;
    if (c.marker) markers.add(c);
  }
  const filled = header.filter((h) => h.trim() !== '').length || 1;
  return { known, markers: markers.size, share: known / filled };
}

/**
 * Plans a file's columns from a layout's table: table columns map as the marketplace defines them;
 * columns the table does not know get the automatic proposal (synonyms and values).
 */
export function planFromTable(header: string[], sample: RawRow[], table: LayoutTable): ColumnPlan[] {
  const lookup = tableLookup(table);
  const keys = columnKeys(header);
  const plans: (ColumnPlan | undefined)[] = new Array(header.length);
  const taken = new Set<string>();
  header.forEach((h, i) => {
    const c = lookup(h);
    if (!c) return;
    let field: string | null = c.field ?? customName(h, i);
    let reason = c.field
      ? `${table.layout} column "${h.trim()}" is ${c.field}`
      : `${table.layout} column "${h.trim()}": kept as a custom attribute`;
    if (c.field && taken.has(c.field) && !MULTI_COLUMN_FIELDS.has(c.field)) {
      reason = `${table.layout} column "${h.trim()}" also means ${c.field}, which an earlier column fills: kept as a custom attribute`;
      field = customName(h, i);
    } else if (c.field) taken.add(c.field);
    plans[i] = {
      column: keys[i]!,
      index: i,
      field,
      confidence: 1,
      from: 'layout',
      reason,
      inherit: c.inherit,
      convert: c.values,
      role: c.role,
    };
  });
  const skip = new Set(plans.map((p, i) => (p ? i : -1)).filter((i) => i >= 0));
  for (const p of proposeColumns(header, sample, { skip, taken })) plans[p.index] = p;
  return plans as ColumnPlan[];
}
