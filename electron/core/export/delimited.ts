/**
 * RFC 4180 row formatting. Hand-written because it is five lines and sits on the 1M-row hot path,
 * where a general library's per-record option handling costs more than the quoting itself.
 */
export function formatRow(cells: readonly string[], delimiter: string, quote = '"'): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i) out += delimiter;
    const c = cells[i] ?? '';
    if (c.includes(delimiter) || c.includes(quote) || c.includes('\n') || c.includes('\r')) {
      out += quote + c.split(quote).join(quote + quote) + quote;
    } else out += c;
  }
  return out;
}
