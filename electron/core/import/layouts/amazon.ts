import type { Layout, RowMapper } from '../types.js';
import { AMAZON_TABLE as table } from './data.js';
import { Family } from './family.js';
import { applyOverride, buildProduct, mappingOf } from './plan.js';
import { planFromTable, tableCoverage, tableLookup } from './table.js';

const lookup = tableLookup(table);
const PARENT = new Set((table.parentValues ?? ['parent']).map((v) => v.toLowerCase()));

/**
 * Amazon inventory flat file (the attribute-name header row of a category template): child SKUs
 * name their parent in parent_sku and inherit its brand, description, bullets and images where
 * blank; the parent row (parent_child = parent) is no sellable product.
 */
export const amazonLayout: Layout = {
  name: 'amazon',
  detect(header) {
    const names = header.map((h) => h.trim());
    const cov = tableCoverage(header, table);
    const attributeNames = names.filter((h) => /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(h) && lookup(h)).length;
    const hasSku = names.some((h) => lookup(h)?.field === 'id');
    if (!hasSku) return 0;
    if (names.includes('item_sku') && (attributeNames >= 4 || cov.markers >= 2)) return 0.93;
    return cov.markers >= 3 && cov.share >= 0.5 ? 0.7 : 0;
  },
  createMapper(header, sample, override): RowMapper {
    const plans = planFromTable(header, sample, table);
    const col = (role: string) => plans.find((p) => p.role === role)?.index ?? -1;
    const parentCol = col('parent');
    const kindCol = col('parent_child');
    const parentPlan = plans[parentCol];
    if (parentPlan)
      Object.assign(parentPlan, {
        field: 'item_group_id',
        reason: `Amazon "${parentPlan.column}": the parent SKU a child belongs to is its item group`,
      });
    applyOverride(plans, override);
    const skuCol = plans.find((p) => p.field === 'id')?.index ?? -1;
    const family = new Family(plans);
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        const kind = kindCol >= 0 ? (row.cells[kindCol] ?? '').trim().toLowerCase() : '';
        const ref = parentCol >= 0 ? (row.cells[parentCol] ?? '').trim() : '';
        const parent = ref ? family.claim(ref) : undefined;
        const p = buildProduct(row, plans, parent?.info);
        if (!p) return { products: [] };
        if (PARENT.has(kind)) {
          const sku = skuCol >= 0 ? (row.cells[skuCol] ?? '').trim() : '';
          family.addParent([sku], sku, p, true);
          return { products: [] };
        }
        return { products: [p] };
      },
      finish: () => ({ products: family.unclaimed() }),
    };
  },
};
