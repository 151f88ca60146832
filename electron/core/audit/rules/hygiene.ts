import type { ProductRule } from './context.js';
import { brokenHtml, findMojibake, hasControlChars, stripControlChars, whitespaceIssue } from '../text/checks.js';
import { CANONICAL_FIELDS } from '../../../../shared/fields.js';

/** Fields that hold one line of text; the description may hold line breaks and HTML. */
const MULTI_LINE = new Set(['description']);
const URL_FIELDS = new Set(['link', 'image_link', 'additional_image_link']);

/** Text hygiene: mojibake, control characters, stray spaces, broken HTML in the description. */
export const textHygiene: ProductRule = (p, _ctx, emit) => {
  for (const field of CANONICAL_FIELDS) {
    const v = p.values[field];
    if (!v) continue;
    const single = !MULTI_LINE.has(field);
    const moji = findMojibake(v);
    if (moji) {
      emit({
        rule: 'text-encoding',
        severity: 'warning',
        field,
        message: `The ${label(field)} contains garbled characters ("${moji}"), a sign the text was saved in the wrong encoding.`,
        fix: 'Re-type the accented characters or re-export the file as UTF-8.',
      });
    }
    if (hasControlChars(v, single && !URL_FIELDS.has(field))) {
      const fixed = stripControlChars(v, single).trim();
      emit({
        rule: 'control-characters',
        severity: 'warning',
        field,
        message: `The ${label(field)} contains invisible control characters${single ? ' or line breaks' : ''} that marketplaces reject.`,
        fix: 'Remove the control characters.',
        suggested: fixed,
      });
      continue;
    }
    const ws = single ? whitespaceIssue(v, true) : undefined; // spaces around HTML in a description are harmless
    if (ws) {
      emit({
        rule: 'whitespace',
        severity: 'info',
        field,
        message:
          ws.kind === 'ends' ? `The ${label(field)} starts or ends with spaces.` : `The ${label(field)} contains double spaces.`,
        fix: ws.kind === 'ends' ? 'Trim the spaces.' : 'Replace double spaces with one.',
        suggested: ws.fixed,
      });
    }
  }
  const d = p.values.description;
  if (d) {
    const broken = brokenHtml(d);
    if (broken) {
      emit({
        rule: 'broken-html',
        severity: 'warning',
        field: 'description',
        message: `The description's HTML is broken: ${broken}.`,
        fix: 'Close or remove the broken tag.',
      });
    }
  }
};

/** The field as a seller calls it in a sentence. */
export function label(field: string): string {
  const names: Record<string, string> = {
    id: 'id (SKU)',
    item_group_id: 'item group id',
    image_link: 'image link',
    additional_image_link: 'additional image links',
    sale_price: 'sale price',
    google_product_category: 'Google product category',
    product_type: 'product type',
    identifier_exists: 'identifier_exists value',
    age_group: 'age group',
    size_system: 'size system',
    size_type: 'size type',
    shipping_weight: 'shipping weight',
    gtin: 'GTIN',
    mpn: 'MPN',
  };
  return names[field] ?? field;
}
