import type { ExportProfile } from '../../../shared/profiles/export/index.js';
import type { ExportProduct, ProductGroup } from './catalog-groups.js';

/** The fields that become a group's options (Shopify Option1..3, WooCommerce Attribute N, Amazon variation_theme). */
export interface GroupOptions {
  fields: string[];
  /** More fields differ than the marketplace has option slots for. */
  overflow: boolean;
  /** Two variants carry the same option values, so the marketplace cannot tell them apart. */
  ambiguous: boolean;
}

/**
 * A group's options are the profile's option fields whose values differ between its variants,
 * in the order the seller's file had their columns (so Option1 stays Option1 on a round trip).
 * A product alone has none, unless the profile lists its own attributes (WooCommerce simple products).
 */
export function groupOptions(group: ProductGroup, options: ExportProfile['options']): GroupOptions {
  const { products } = group;
  const first = products[0]!;
  if (products.length === 1) {
    const fields = options.singleAttributes ? options.fields.filter((f) => first.get(f) !== '').slice(0, options.max) : [];
    return { fields, overflow: false, ambiguous: false };
  }
  const differing = options.fields.filter((f) => products.some((p) => p.get(f) !== first.get(f)));
  const position = (f: string): number => {
    const i = first.cellIndex(f);
    return i === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(i);
  };
  const ordered = differing
    .map((f, k) => ({ f, k, at: position(f) }))
    .sort((a, b) => a.at - b.at || a.k - b.k)
    .map((x) => x.f);
  const fields = ordered.slice(0, options.max);
  const seen = new Set<string>();
  let ambiguous = false;
  for (const p of products) {
    const key = JSON.stringify(fields.map((f) => p.get(f)));
    if (seen.has(key)) ambiguous = true;
    seen.add(key);
  }
  return { fields, overflow: ordered.length > options.max, ambiguous };
}

/** Every distinct value of a field in the group, in first-seen order. */
export function distinctValues(products: readonly ExportProduct[], field: string): string[] {
  return [...new Set(products.map((p) => p.get(field)).filter((v) => v !== ''))];
}
