import { isCanonicalField, type CanonicalField } from '../../../../shared/fields.js';
import { SYNONYMS } from './data.js';
import { normaliseHeader } from './normalise.js';

const byHeader = new Map<string, CanonicalField>();
for (const [field, names] of Object.entries(SYNONYMS)) {
  if (!isCanonicalField(field) || !Array.isArray(names)) continue;
  byHeader.set(normaliseHeader(field), field);
  for (const name of names) {
    const key = normaliseHeader(name);
    if (!byHeader.has(key)) byHeader.set(key, field);
  }
}

/** The canonical field a header names, in any of the languages the synonym file lists. */
export function fieldForHeader(header: string): CanonicalField | undefined {
  return byHeader.get(normaliseHeader(header));
}

export interface HeaderMatch {
  field: CanonicalField;
  /** exact: the whole header is a synonym; qualified: a synonym plus a unit, currency, locale or other qualifier. */
  how: 'exact' | 'qualified';
  /** The synonym that matched, for the reason shown to the seller. */
  matched: string;
}

// Words too generic to name a field on their own when the rest of the header is dropped
// ("product_rating" must not become the title because "product" alone means title).
const GENERIC_WORDS = new Set([
  'product',
  'item',
  'article',
  'artikel',
  'produit',
  'producto',
  'produto',
  'prodotto',
  'variant',
  'main',
  'id',
  'code',
  'type',
  'name',
]);

/**
 * The field a header names: exactly, or once qualifiers are dropped — text in parentheses
 * ("Price (INR)"), trailing words ("price EUR", "description en_US ecommerce") or leading words
 * ("main category"). Qualified matches are weaker and must be confirmed by the values.
 */
export function matchHeader(header: string): HeaderMatch | undefined {
  const norm = normaliseHeader(header);
  const exact = byHeader.get(norm);
  if (exact) return { field: exact, how: 'exact', matched: norm };
  const bare = norm
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const f = byHeader.get(bare);
  if (f && bare) return { field: f, how: 'qualified', matched: bare };
  const words = bare.split(' ').filter(Boolean);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const hit = byHeader.get(head);
    if (hit && !(n === 1 && GENERIC_WORDS.has(head))) return { field: hit, how: 'qualified', matched: head };
  }
  for (let s = 1; s < words.length; s++) {
    const tail = words.slice(s).join(' ');
    const hit = byHeader.get(tail);
    if (hit && !(words.length - s === 1 && GENERIC_WORDS.has(tail))) return { field: hit, how: 'qualified', matched: tail };
  }
  return undefined;
}
