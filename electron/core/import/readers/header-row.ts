/**
 * Where a table's header is. Sellers' files are not always "header on row 1": human spreadsheets carry
 * a title row above it, Amazon flat files carry template rows, and some exports have no header at all.
 * Rows above the header are kept (as the preamble) so the file can be written back as it was.
 */
export type HeaderPlace = { index: number; headerless: false } | { index: 0; headerless: true };

const AMAZON_TEMPLATE = /^TemplateType=/i;
/** Amazon's attribute names: `item_sku`, `feed_product_type`, `item_name#1.value`, `bullet_point1`. */
const MACHINE_NAME = /^[a-z][a-z0-9_]*(?:[#.[\]][\w#.[\]-]*)?$/;
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][-+]?\d+)?$/;
const MAX_PREAMBLE = 10;

function filled(row: readonly string[]): number {
  let n = 0;
  for (const c of row) if (c.trim() !== '') n++;
  return n;
}

function width(row: readonly string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i]!.trim() !== '') return i + 1;
  return 0;
}

/** Finds the header among the first rows of a table (`rows` = the first few dozen records). */
export function findHeader(rows: readonly (readonly string[])[]): HeaderPlace {
  let first = 0;
  while (first < rows.length && first < MAX_PREAMBLE && filled(rows[first]!) === 0) first++;
  if (first >= rows.length) return { index: 0, headerless: false };

  if (AMAZON_TEMPLATE.test(rows[first]![0]?.trim() ?? '')) {
    for (let r = first + 1; r < Math.min(rows.length, first + 5); r++) {
      const names = rows[r]!.map((c) => c.trim()).filter(Boolean);
      if (names.length && names.filter((c) => MACHINE_NAME.test(c)).length / names.length >= 0.6)
        return { index: r, headerless: false };
    }
    return { index: Math.min(first + 1, rows.length - 1), headerless: false };
  }

  // Title rows: far fewer cells filled than the rows just below them.
  const tableWidth = Math.max(...rows.map(width));
  let h = first;
  while (h < rows.length - 1 && h - first < MAX_PREAMBLE && tableWidth >= 2) {
    const n = filled(rows[h]!);
    const below = rows.slice(h + 1, h + 6).map(filled);
    if (n <= Math.max(1, Math.floor(tableWidth / 4)) && Math.max(...below) > n) h++;
    else break;
  }
  if (h > first) return { index: h, headerless: false };
  return looksLikeData(rows[first]!, rows.slice(first + 1))
    ? { index: 0, headerless: true }
    : { index: first, headerless: false };
}

/**
 * Whether a would-be header row is really the first product: votes per column, after Python's
 * csv.Sniffer.has_header (a column of same-length or numeric values whose "header" fits the
 * pattern is data), plus cells no header has (numbers, URLs, long text, a value repeated below).
 */
export function looksLikeData(candidate: readonly string[], below: readonly (readonly string[])[]): boolean {
  const body = below.filter((r) => filled(r) > 0).slice(0, 50);
  let data = 0;
  let header = 0;
  candidate.forEach((raw, i) => {
    const cell = raw.trim();
    const column = body.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (cell === '') {
      if (column.length) data += 0.5;
      return;
    }
    if (/^https?:\/\//i.test(cell) || cell.length > 80) {
      data++;
      return;
    }
    if (column.length >= 2) {
      if (column.every((v) => NUMBER.test(v))) {
        if (NUMBER.test(cell)) data++;
        else header++;
        return;
      }
      const len = column[0]!.length;
      if (column.every((v) => v.length === len)) {
        if (cell.length === len) data++;
        else header++;
        return;
      }
      if (column.includes(cell)) data++;
    } else if (NUMBER.test(cell)) data++;
  });
  return data > header && data >= 1;
}

/** Names for the columns of a file with no header: what a spreadsheet would call them. */
export function columnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column ${i + 1}`);
}
