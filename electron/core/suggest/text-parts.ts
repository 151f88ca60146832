import { isCanonicalField, type ProductValues } from '../../../shared/fields.js';
import type { TextPart } from './extract.js';

/** Description text is long; attribute words sit near the start, and the cap keeps 100k products fast. */
const DESCRIPTION_CAP = 3000;
/** Canonical fields whose values say something about other fields ("Black/white striped" names a pattern). */
const ATTRIBUTE_FIELDS = ['product_type', 'color', 'size', 'material', 'pattern', 'gender', 'age_group'];

/** Blank out HTML tags and entities without moving the text, so offsets still point into the original. */
function plainText(html: string): string {
  return html.replace(/<[^>]*>|&[a-z]+;|&#\d+;/gi, (m) => ' '.repeat(m.length));
}

function urlText(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** The texts of a product that may carry attribute values, in the order evidence is read. */
export function textParts(values: ProductValues, targetFields: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  if (values.title) parts.push({ kind: 'title', in: 'title', text: values.title });
  if (values.description)
    parts.push({ kind: 'desc', in: 'description', text: plainText(values.description.slice(0, DESCRIPTION_CAP)) });
  for (const f of ATTRIBUTE_FIELDS) {
    const v = values[f];
    if (v) parts.push({ kind: 'attr', in: f, text: v, field: f });
  }
  for (const [k, v] of Object.entries(values)) {
    if (isCanonicalField(k) || !v || v.length > 300 || /^https?:/i.test(v)) continue;
    parts.push({ kind: 'attr', in: k, text: v, field: targetFields.has(k) ? k : undefined });
  }
  for (const f of ['link', 'image_link'] as const) {
    const v = values[f];
    if (v) parts.push({ kind: 'url', in: f, text: urlText(v) });
  }
  return parts;
}
