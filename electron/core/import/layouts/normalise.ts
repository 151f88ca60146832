/**
 * Normalises a header for synonym lookup: camelCase and trailing digits split, lower case, no accents, punctuation and
 * spaces collapsed, a leading `g:` (Google's namespace) dropped.
 */
export function normaliseHeader(h: string): string {
  return h
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*g:/, '')
    .replace(/[_\-./]+/g, ' ')
    .replace(/[^\p{L}\p{N}?() ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalises a column name for exact-table lookup: case and repeated spaces ignored, nothing else. */
export function columnKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Normalises a cell for vocabulary lookup: lower case, no accents, spaces collapsed. */
export function normaliseValue(v: string): string {
  return v
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
