import type { ExportWarnings } from './types.js';

/** The export warnings as short lines for people, e.g. `3 products have no "gtin" (google requires it); written anyway`. */
export function warningLines(profile: string, w: ExportWarnings): string[] {
  const lines: string[] = [];
  for (const [column, n] of Object.entries(w.missing)) {
    lines.push(`${n} ${n === 1 ? 'product has' : 'products have'} no "${column}" (${profile} requires it); written anyway`);
  }
  for (const [message, { products, example }] of Object.entries(w.notes)) {
    lines.push(`${products} ${products === 1 ? 'product' : 'products'}: ${message}${example ? ` (e.g. "${example}")` : ''}`);
  }
  const aside = w.keptAside;
  const rows = (n: number, first: string[]) =>
    `${n} ${n === 1 ? 'row' : 'rows'} that could not be read at import (${first.join(', ')}${n > first.length ? ', ...' : ''})`;
  if (aside?.written) {
    lines.push(
      `${rows(aside.written, aside.writtenRows)} ${aside.written === 1 ? 'is' : 'are'} written back as in the file, unreadable still`,
    );
  }
  if (aside?.left) lines.push(`${rows(aside.left, aside.leftRows)} ${aside.left === 1 ? 'is' : 'are'} not in this file`);
  return lines;
}
