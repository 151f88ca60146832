import type { ColumnMapping } from '../../../../shared/layouts.js';
import { isValidGtin } from '../../../../shared/gtin.js';
import type { Layout, MappedProduct, RawRow, RowMapper } from '../types.js';
import { fieldForHeader } from './synonyms.js';

/**
 * Maps any header by synonyms (several languages) and, for columns no synonym names, by their
 * values: a column whose sample values are all valid GTINs is the GTIN. The first column to claim
 * a field wins; later ones stay custom attributes named after their header.
 */
export function autoMapping(header: string[], sample: RawRow[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  header.forEach((h, i) => {
    const f = fieldForHeader(h);
    if (f && !taken.has(f)) {
      taken.add(f);
      mapping[h] = f;
    } else mapping[h] = customName(h, i);
  });
  if (!taken.has('gtin')) {
    header.forEach((h, i) => {
      if (taken.has('gtin') || mapping[h] !== customName(h, i)) return;
      const vals = sample.map((r) => (r.cells[i] ?? '').trim()).filter(Boolean);
      if (vals.length >= 3 && vals.every(isValidGtin)) {
        mapping[h] = 'gtin';
        taken.add('gtin');
      }
    });
  }
  return mapping;
}

export function customName(header: string, index: number): string {
  return header.trim() === '' ? `column ${index + 1}` : header;
}

/** Builds a product from one row under a mapping (column name -> field; null = ignored). */
export function mapRow(header: string[], mapping: ColumnMapping, row: RawRow): MappedProduct | null {
  const values: Record<string, string> = {};
  const cellMap: Record<string, number> = {};
  let any = false;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (cell !== '') any = true;
    const h = header[i] ?? '';
    const target = h in mapping ? mapping[h] : customName(h, i);
    if (!target || cell === '' || target in values) continue;
    values[target] = cell;
    cellMap[target] = i;
  }
  return any ? { rowNo: row.rowNo, values, cellMap } : null;
}

export const genericLayout: Layout = {
  name: 'generic',
  detect: () => 0.1,
  createMapper(header, sample, override): RowMapper {
    const mapping = { ...autoMapping(header, sample), ...override };
    return {
      mapping,
      push(row) {
        const p = mapRow(header, mapping, row);
        return { products: p ? [p] : [] };
      },
      finish: () => ({ products: [] }),
    };
  },
};
