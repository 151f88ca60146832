import type { Layout, MappedProduct, RawRow, RowMapper } from '../types.js';
import { columnKey } from './normalise.js';
import { WOOCOMMERCE_TABLE as table } from './data.js';
import { Family } from './family.js';
import { applyOverride, buildProduct, mappingOf, type ColumnPlan } from './plan.js';
import { optionField } from './shopify.js';
import { planFromTable, tableCoverage } from './table.js';

const PAIRS = (table.attributePairs ?? []).map((p) => ({
  name: new RegExp(p.name, 'i'),
  value: new RegExp(p.value, 'i'),
  lang: p.lang,
}));
const PARENT_TYPES = new Set(table.types?.parent ?? ['variable']);
const VARIATION_TYPES = new Set(table.types?.variation ?? ['variation']);
const NEVER_PARENT = new Set(['simple', 'grouped', 'external', 'downloadable', 'virtual', '']);

/** `Attribute N name` / `Attribute N value(s)` column pairs (any language the table lists). */
function attributePairs(header: string[]): { n: number; name: number; value: number }[] {
  const out: { n: number; name: number; value: number }[] = [];
  for (const p of PAIRS) {
    header.forEach((h, i) => {
      const m = p.name.exec(h.trim());
      if (!m) return;
      const vi = header.findIndex((x) => p.value.exec(x.trim())?.[1] === m[1]);
      if (vi >= 0) out.push({ n: Number(m[1]), name: i, value: vi });
    });
  }
  return out.sort((a, b) => a.n - b.n);
}

/** Row types: "simple", "variable", "variation", "simple, downloadable, virtual", ... */
function types(cell: string): string[] {
  return cell.split(',').map((t) => t.trim().toLowerCase());
}

/**
 * WooCommerce product CSV: variations name their parent in `Parent` (its SKU or `id:N`) and
 * inherit its brand, categories, description and images where their own cells are blank; the
 * variable parent itself is no sellable product. `Attribute N name`/`value(s)` pairs become
 * attributes, mapped to canonical fields where the name says color/size/material/... .
 */
export const woocommerceLayout: Layout = {
  name: 'woocommerce',
  detect(header) {
    const cov = tableCoverage(header, table);
    const roles = new Set(
      header.map((h) => table.columns.find((c) => c.names.some((n) => columnKey(n) === columnKey(h)))?.role).filter(Boolean),
    );
    const pairs = attributePairs(header).length;
    if (!roles.has('type') || !(roles.has('parent') || pairs)) return 0;
    return cov.markers >= 3 ? 0.92 : cov.markers >= 1 ? 0.75 : 0.5;
  },
  createMapper(header, sample, override): RowMapper {
    const plans = planFromTable(header, sample, table);
    const pairs = attributePairs(header);
    const pairCols = new Set(pairs.flatMap((p) => [p.name, p.value]));
    for (const p of plans) {
      if (!pairCols.has(p.index)) continue;
      const pair = pairs.find((x) => x.name === p.index || x.value === p.index)!;
      const isName = pair.name === p.index;
      const seen = [...new Set(sample.map((r) => r.cells[pair.name] ?? '').filter(Boolean))].map(
        (n) => `${n} → ${optionField(n)}`,
      );
      Object.assign(p, {
        field: null,
        derived: true,
        from: 'layout',
        confidence: 1,
        role: isName ? 'attribute-name' : 'attribute-value',
        reason: isName
          ? `WooCommerce attribute ${pair.n} name: says which field the values feed${seen.length ? ` (${seen.join(', ')})` : ''}`
          : `WooCommerce attribute ${pair.n} value(s): feed the field the name says, per product`,
      } satisfies Partial<ColumnPlan>);
    }
    const col = (role: string) => plans.find((p) => p.role === role)?.index ?? -1;
    const typeCol = col('type');
    const parentCol = col('parent');
    const wpIdCol = col('wp_id');
    const parentPlan = plans[parentCol];
    if (parentPlan)
      Object.assign(parentPlan, {
        field: 'item_group_id',
        derived: true,
        reason: `WooCommerce "${parentPlan.column}": a variation's parent (its SKU or id:N); the parent's SKU becomes the item group`,
      });
    applyOverride(plans, override);
    const skuCol = plans.find((p) => p.field === 'id' && p.from === 'layout')?.index ?? -1;
    const family = new Family(plans);

    const attributes = (row: RawRow, p: MappedProduct) => {
      for (const pair of pairs) {
        const name = row.cells[pair.name] ?? '';
        const v = row.cells[pair.value] ?? '';
        if (!name || !v) continue;
        const target = optionField(name);
        if (target in p.values && p.cellMap[target]! >= 0) continue;
        p.values[target] = v;
        p.cellMap[target] = pair.value;
      }
    };

    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        const kinds = typeCol >= 0 ? types(row.cells[typeCol] ?? '') : [];
        const ref = parentCol >= 0 ? (row.cells[parentCol] ?? '').trim() : '';
        const sku = skuCol >= 0 ? (row.cells[skuCol] ?? '').trim() : '';
        const wpId = wpIdCol >= 0 ? (row.cells[wpIdCol] ?? '').trim() : '';
        const isVariation = kinds.some((k) => VARIATION_TYPES.has(k)) || (ref !== '' && !kinds.some((k) => PARENT_TYPES.has(k)));
        const parent = isVariation && ref ? family.claim(ref) : undefined;
        const p = buildProduct(row, plans, parent?.info);
        if (!p) return { products: [] };
        attributes(row, p);
        if (!p.values.id && wpId) p.values.id = wpId; // no SKU: WordPress's own id keeps products apart
        if (isVariation && ref) {
          p.values.item_group_id = parent?.group ?? ref.replace(/^id:/, '');
          p.cellMap.item_group_id = p.values.item_group_id === ref ? parentCol : -(parentCol + 1);
        }
        // Variable products, and types plugins add (e.g. "registrations"), may have variations: they
        // wait to see whether one names them. Core types that never have variations are products at once.
        const mayBeParent = !isVariation && kinds.some((k) => PARENT_TYPES.has(k) || !NEVER_PARENT.has(k));
        if (mayBeParent) {
          family.addParent([sku, wpId ? `id:${wpId}` : ''], sku || wpId, p, true);
          return { products: [] };
        }
        return { products: [p] };
      },
      finish: () => ({ products: family.unclaimed() }),
    };
  },
};
