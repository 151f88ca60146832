import { parseMeasure, type Measure } from './text/units.js';
import type { AuditProduct } from './types.js';

const NOT_MEASURES = new Set([
  'id',
  'item_group_id',
  'title',
  'description',
  'link',
  'image_link',
  'additional_image_link',
  'price',
  'sale_price',
  'gtin',
  'mpn',
  'google_product_category',
  'size',
]);

/** The product's values that are a number with a unit, by field, and the fields that could have been (short values with a digit). */
export function measuresOf(p: AuditProduct): { measures: Map<string, Measure>; candidates: string[] } {
  const measures = new Map<string, Measure>();
  const candidates: string[] = [];
  for (const [f, v] of Object.entries(p.values)) {
    if (!v || v.length > 24 || NOT_MEASURES.has(f) || !/\d/.test(v)) continue;
    candidates.push(f);
    const m = parseMeasure(v);
    if (m) measures.set(f, m);
  }
  return { measures, candidates };
}
