import { isValidGtin } from '../../../../shared/gtin.js';
import type { CanonicalField } from '../../../../shared/fields.js';
import { VOCABULARIES } from './data.js';
import { normaliseValue } from './normalise.js';

/** What a column's values can be recognised as. */
export type ValueKind =
  'gtin' | 'price' | 'image' | 'url' | 'color' | 'size' | 'gender' | 'availability' | 'condition' | 'age_group' | 'quantity';

/** The check that confirms a column holds what a field needs. */
export const FIELD_CHECK: Partial<Record<CanonicalField, ValueKind>> = {
  gtin: 'gtin',
  price: 'price',
  sale_price: 'price',
  image_link: 'image',
  additional_image_link: 'image',
  link: 'url',
  color: 'color',
  size: 'size',
  gender: 'gender',
  availability: 'availability',
  condition: 'condition',
  age_group: 'age_group',
  quantity: 'quantity',
};

/** The field each kind proposes when only the values say what a column is. */
export const KIND_FIELD: Record<Exclude<ValueKind, 'quantity'>, CanonicalField> = {
  gtin: 'gtin',
  price: 'price',
  image: 'image_link',
  url: 'link',
  color: 'color',
  size: 'size',
  gender: 'gender',
  availability: 'availability',
  condition: 'condition',
  age_group: 'age_group',
};

const words = (list: string[]) => new Set(list.map(normaliseValue));
const VOCAB = {
  color: words(VOCABULARIES.color.words),
  size: words(VOCABULARIES.size.words),
  gender: words(VOCABULARIES.gender.words),
  availability: words(VOCABULARIES.availability.words),
  condition: words(VOCABULARIES.condition.words),
  age_group: words(VOCABULARIES.age_group.words),
};
const SIZE_PATTERNS = (VOCABULARIES.size.patterns ?? []).map((p) => new RegExp(p, 'i'));

// ISO 4217 codes sellers write most (an arbitrary 3 capitals would make "SKU-9001" a price).
const CURRENCY = String.raw`(?:USD|EUR|GBP|JPY|CNY|RMB|INR|BRL|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|MXN|CLP|ARS|COP|PEN|SAR|AED|ZAR|RUB|TRY|KRW|HKD|SGD|TWD|THB|IDR|MYR|PHP|VND|[$€£¥₹₩₽]|R\$|SR|Rs\.?|kr)`;
const PRICE = new RegExp(String.raw`^(?:${CURRENCY}\s?)?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*(?:[.,]\d{1,2})?(?:\s?${CURRENCY})?$`);
const PRICE_CURRENCY = new RegExp(CURRENCY);
const PRICE_CENTS = /[.,]\d{2}$/;
// Absolute, protocol-relative or site-relative paths (Magento writes "/m/b/mb01-blue-0.jpg").
const IMAGE_URL = /^(?:https?:\/\/|\/\/|\/)?[^\s,]+\.(?:jpe?g|png|webp|gif|avif|bmp|tiff?)(?:[?#]\S*)?$/i;
const URL = /^https?:\/\/\S+$/i;
const LIST_SPLIT = /\s*[,~|;]\s*|\s+(?=https?:)/;
const PART_SPLIT = /\s*(?:[/,&+|;]|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/;

function inVocab(set: Set<string>, value: string): boolean {
  const v = normaliseValue(value);
  if (set.has(v)) return true;
  const parts = v.split(PART_SPLIT).filter(Boolean);
  return parts.length > 0 && parts.every((p) => set.has(p) || p.split(' ').every((w) => set.has(w)));
}

/** Whether one cell fits a kind. */
export function fits(kind: ValueKind, value: string): boolean {
  const v = value.trim();
  switch (kind) {
    case 'gtin':
      return isValidGtin(v);
    case 'price':
      return PRICE.test(v);
    case 'image':
      return v.split(LIST_SPLIT).every((u) => IMAGE_URL.test(u));
    case 'url':
      return URL.test(v) && !IMAGE_URL.test(v);
    case 'quantity':
      return /^-?\d+$/.test(v);
    case 'size':
      return inVocab(VOCAB.size, v) || SIZE_PATTERNS.some((p) => p.test(v));
    default:
      return inVocab(VOCAB[kind], v);
  }
}

export interface ValueEvidence {
  kind: ValueKind;
  /** Share of the non-empty sample values that fit. */
  score: number;
  matched: number;
  total: number;
  example: string;
}

/** How well a column's sample values fit a kind. */
export function evidence(kind: ValueKind, values: string[]): ValueEvidence {
  let matched = 0;
  let example = '';
  for (const v of values) {
    if (fits(kind, v)) {
      matched++;
      if (!example) example = v;
    }
  }
  let score = values.length ? matched / values.length : 0;
  // Plain numbers fit the price pattern too (ratings, nutrients): only a currency on most values,
  // or two-digit cents on nearly all, make a column a price by its values alone.
  if (kind === 'price' && matched) {
    const fitting = values.filter((v) => fits('price', v)).map((v) => v.trim());
    const currency = fitting.filter((v) => PRICE_CURRENCY.test(v)).length / matched;
    const cents = fitting.filter((v) => PRICE_CENTS.test(v)).length / matched;
    if (currency < 0.5 && cents < 0.8) score *= 0.5;
  }
  // Flags (0/1) are whole numbers too, but no stock count.
  if (kind === 'quantity' && matched && values.every((v) => v.trim() === '0' || v.trim() === '1')) score *= 0.5;
  // A closed vocabulary repeats: a column of all-distinct words is names, not colours.
  if (
    (kind === 'color' ||
      kind === 'size' ||
      kind === 'gender' ||
      kind === 'condition' ||
      kind === 'availability' ||
      kind === 'age_group') &&
    values.length >= 10
  ) {
    const distinct = new Set(values.map(normaliseValue)).size;
    if (distinct > 40) score *= 0.5;
  }
  return { kind, score, matched, total: values.length, example };
}

const PROPOSING_KINDS: Exclude<ValueKind, 'quantity'>[] = [
  'gtin',
  'image',
  'url',
  'price',
  'color',
  'size',
  'gender',
  'availability',
  'condition',
  'age_group',
];

/** The kind a column's values most clearly are, if any reaches `min`. */
export function recogniseValues(values: string[], min = 0.8): ValueEvidence | undefined {
  if (values.length < 3) return undefined;
  let best: ValueEvidence | undefined;
  for (const k of PROPOSING_KINDS) {
    const e = evidence(k, values);
    if (e.score >= min && (!best || e.score > best.score)) best = e;
  }
  return best;
}

export function describeEvidence(e: ValueEvidence): string {
  const what: Record<ValueKind, string> = {
    gtin: 'valid GTINs (GS1 check digit)',
    price: 'prices',
    image: 'image URLs',
    url: 'web links',
    color: 'colour words',
    size: 'sizes',
    gender: 'gender words',
    availability: 'availability words',
    condition: 'condition words',
    age_group: 'age groups',
    quantity: 'whole numbers',
  };
  return `${e.matched} of ${e.total} sample values are ${what[e.kind]}${e.example ? ` (e.g. "${e.example.slice(0, 40)}")` : ''}`;
}

/** Splits a cell holding several image URLs (comma, `~`, `|` or space separated). */
export function splitImageList(value: string): string[] {
  const parts = value.split(LIST_SPLIT).filter(Boolean);
  return parts.length > 1 && parts.every((u) => URL.test(u) || u.startsWith('//')) ? parts : [value];
}
