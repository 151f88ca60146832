/** Guesses the delimiter, quote and line ending of delimited text from its first lines. */
export interface Sniffed {
  delimiter: string;
  quote: string;
  lineEnding: '\n' | '\r\n' | '\r';
}

const CANDIDATES = [',', ';', '\t', '|'];

export function sniffDelimited(text: string, hint?: 'csv' | 'tsv'): Sniffed {
  const lineEnding = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  const lines = splitLogicalLines(text, 20);
  let best = hint === 'tsv' ? '\t' : ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    // Consistent counts across lines beat a high count on one line.
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return { delimiter: best, quote: '"', lineEnding };
}

/** Splits into lines, keeping quoted newlines inside one line. */
function splitLogicalLines(text: string, max: number): string[] {
  const out: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  // The last piece may be cut mid-record; use it only when nothing else is there.
  if (out.length === 0) out.push(text.slice(start));
  return out.filter((l) => l.trim() !== '');
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let q = false;
  for (const c of line) {
    if (c === '"') q = !q;
    else if (c === d && !q) n++;
  }
  return n;
}
