/**
 * Canonical product fields, named after the Google Merchant Center product data specification
 * (support.google.com/merchants/answer/7052112). Anything else a catalog carries is kept as a
 * named custom attribute. One product = one sellable variant, grouped by item_group_id.
 */
export const CANONICAL_FIELDS = [
  'id',
  'item_group_id',
  'title',
  'description',
  'link',
  'image_link',
  'additional_image_link',
  'price',
  'sale_price',
  'availability',
  'brand',
  'gtin',
  'mpn',
  'identifier_exists',
  'condition',
  'google_product_category',
  'product_type',
  'color',
  'size',
  'size_system',
  'size_type',
  'material',
  'pattern',
  'gender',
  'age_group',
  'shipping_weight',
  'quantity',
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

const canonicalSet: ReadonlySet<string> = new Set(CANONICAL_FIELDS);

export function isCanonicalField(name: string): name is CanonicalField {
  return canonicalSet.has(name);
}

/** Current values of one product: canonical fields plus custom attributes, all as text. */
export type ProductValues = Partial<Record<CanonicalField, string>> & { [custom: string]: string | undefined };

/** The attributes that distinguish variants inside an item group (GMC answer/6324507). */
export const VARIANT_FIELDS: readonly CanonicalField[] = ['color', 'size', 'material', 'pattern', 'gender', 'age_group'];
