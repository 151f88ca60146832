import { isCanonicalField } from '../../../../shared/fields.js';

/**
 * The key each column has in a mapping: its header, or `column N` when the header is blank or
 * repeats an earlier one (two columns must never share a key, or one could not be remapped).
 */
export function columnKeys(header: string[]): string[] {
  const seen = new Set<string>();
  return header.map((h, i) => {
    let key = h.trim() === '' ? `column ${i + 1}` : h;
    if (seen.has(key)) key = `${h.trim() || 'column'} (column ${i + 1})`;
    seen.add(key);
    return key;
  });
}

/**
 * The custom attribute name for a column no canonical field claims: its header, except that a
 * header spelled exactly like a canonical field (a `quantity` column holding "500 g") gets a
 * suffix, so it can never overwrite that field.
 */
export function customName(header: string, index: number): string {
  const h = header.trim();
  if (h === '') return `column ${index + 1}`;
  return isCanonicalField(h) ? `${h} (as written)` : header;
}
