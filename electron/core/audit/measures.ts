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
  // The range rule and the statistics ask for the same product's measures in a row: computed once.
  if (last?.p === p) return last.r;
  const r = computeMeasures(p);
  last = { p, r };
  return r;
}
let last: { p: AuditProduct; r: { measures: Map<string, Measure>; candidates: string[] } } | undefined;

function computeMeasures(p: AuditProduct): { measures: Map<string, Measure>; candidates: string[] } {
  const measures = new Map<string, Measure>();
  const candidates: string[] = [];
  const values = p.values;
  // for...in and a charCode scan instead of Object.entries and a regex: this runs on every value of every product.
  for (const f in values) {
    const v = values[f];
    if (!v || v.length > 24 || NOT_MEASURES.has(f) || !hasDigit(v)) continue;
    candidates.push(f);
    const m = parseMeasure(v);
    if (m) measures.set(f, m);
  }
  return { measures, candidates };
}

function hasDigit(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
