import type { Layout, MappedProduct, RawRow, RowMapper } from '../types.js';
import { TIKTOK_TABLE as table } from './data.js';
import { applyOverride, buildProduct, inheritable, mappingOf, type Inherited } from './plan.js';
import { columnValues } from './propose.js';
import { planFromTable, tableCoverage } from './table.js';
import { describeEvidence, evidence } from './values.js';

const GUIDANCE = /^(?:mandatory|optional|conditionally mandatory|conditional)$/i;

/**
 * TikTok Shop bulk upload template: one row per SKU; the SKUs of one product are consecutive rows
 * with the same Product Name, which become one item group (keyed by the first SKU). Blank
 * product-level cells on later rows take the first row's value. The Variation columns carry
 * values only, so their field (color, size, ...) is read from the values.
 */
export const tiktokLayout: Layout = {
  name: 'tiktok',
  detect(header) {
    const cov = tableCoverage(header, table);
    return cov.markers >= 3 ? 0.9 : cov.markers >= 2 && cov.share >= 0.6 ? 0.7 : 0;
  },
  createMapper(header, sample, override): RowMapper {
    const plans = planFromTable(header, sample, table);
    for (const p of plans.filter((x) => x.role === 'variation')) {
      const values = columnValues(sample, p.index);
      const best = (['color', 'size', 'gender', 'age_group'] as const)
        .map((k) => evidence(k, values))
        .sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= 0.6) {
        p.field = best.kind;
        p.confidence = Math.round(best.score * 90) / 100;
        p.reason = `TikTok variation values: ${describeEvidence(best)}`;
      } else {
        p.reason = `TikTok variation values${values.length ? ' of no recognised kind' : ''}: kept as a custom attribute`;
      }
    }
    applyOverride(plans, override);
    const groupCol = plans.find((p) => p.role === 'group')?.index ?? -1;
    let groupName: string | null = null;
    let parent: Inherited = {};
    let group: MappedProduct[] = [];
    const flush = () => {
      const out = group;
      if (out.length > 1) {
        const key = out[0]!.values.id ?? out[0]!.values.title ?? '';
        for (const p of out) {
          p.values.item_group_id = key;
          p.cellMap.item_group_id = -1; // derived: the template has no group column to write back to
        }
      }
      group = [];
      return out;
    };
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row: RawRow) {
        // The template's guidance rows under the header ("Mandatory" / "Optional" per column) are no products.
        const filled = row.cells.filter((c) => c.trim() !== '');
        if (filled.length && filled.filter((c) => GUIDANCE.test(c.trim())).length / filled.length >= 0.5) return { products: [] };
        const name = groupCol >= 0 ? (row.cells[groupCol] ?? '').trim() : '';
        const out: MappedProduct[] = [];
        const starts = !name || name !== groupName;
        if (starts) {
          out.push(...flush());
          groupName = name;
        }
        const p = buildProduct(row, plans, starts ? undefined : parent);
        if (!p) return { products: out };
        if (starts) parent = inheritable(plans, p);
        group.push(p);
        return { products: out };
      },
      finish: () => ({ products: flush() }),
    };
  },
};
