/** Normalises a header for synonym lookup: lower case, no accents, punctuation and spaces collapsed. */
export function normaliseHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^g:/, '')
    .replace(/[_\-./]+/g, ' ')
    .replace(/[^\p{L}\p{N}?() ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
