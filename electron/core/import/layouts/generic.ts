import type { ColumnMapping } from '../../../../shared/layouts.js';
import type { Layout, RawRow, RowMapper } from '../types.js';
import { applyOverride, buildProduct, mappingOf, type ColumnPlan } from './plan.js';
import { proposeColumns } from './propose.js';
import { BLANK_ROW, FlatRows, SPLIT_ROW } from './flat.js';

/** The automatic mapping of any header: synonyms in several languages, then the values themselves. */
export function autoMapping(header: string[], sample: RawRow[]): ColumnMapping {
  return mappingOf(proposeColumns(header, sample));
}

/** A row mapper for one-row-per-product files under a column plan. */
export function flatMapper(plans: ColumnPlan[]): RowMapper {
  const gtinCol = plans.some((p) => p.field === 'id') ? undefined : plans.find((p) => p.field === 'gtin')?.index;
  const flat = FlatRows.compile(plans, gtinCol) ?? undefined;
  const values: string[] = [];
  const how = new Uint8Array(flat?.slots ?? 0);
  return {
    mapping: mappingOf(plans),
    proposals: plans,
    flat,
    push(row) {
      if (flat) {
        const key = flat.read(row.cells, values, how);
        if (key === BLANK_ROW) return { products: [] };
        if (key !== SPLIT_ROW) return { products: [flat.product(row.rowNo, values, how)] };
      }
      const p = buildProduct(row, plans);
      if (!p) return { products: [] };
      // A file whose only identifier is the barcode (Open Food Facts' "code"): the GTIN is the id.
      if (!p.values.id && p.values.gtin && gtinCol !== undefined) {
        p.values.id = p.values.gtin;
        p.cellMap.id = -(gtinCol + 1);
      }
      return { products: [p] };
    },
    finish: () => ({ products: [] }),
  };
}

export const genericLayout: Layout = {
  name: 'generic',
  detect: () => 0.1,
  createMapper(header, sample, override): RowMapper {
    return flatMapper(applyOverride(proposeColumns(header, sample), override));
  },
};
