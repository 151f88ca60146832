import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteNumbers, textLines } from '../../../electron/core/import/readers/json.js';
import { useTmpDir } from '../../support/tmp.js';
import { readAll } from './read-all.js';

const tmp = useTmpDir();

/** readline's lines of the text: what the JSON Lines reader gave before it split lines itself. */
async function readlineLines(text: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from([text]), crlfDelay: Infinity })) out.push(line as string);
  return out;
}

async function splitLines(chunks: string[]): Promise<string[]> {
  const out: string[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const lines of textLines(source())) out.push(...lines);
  return out;
}

/** The character-by-character rewrite quoteNumbers replaced: the reference it must agree with. */
function quoteNumbersByChar(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 45 || (c >= 48 && c <= 57)) {
      let j = i + 1;
      while (j < text.length && /[0-9eE+\-.]/.test(text[j]!)) j++;
      out += text.slice(last, i) + '"' + text.slice(i, j) + '"';
      last = j;
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Cuts a text into chunks at the given points, as a file read in pieces would. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of at) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks.filter((c) => c !== '');
}

describe('JSON Lines: lines split as readline splits them', () => {
  it('at \\n, \\r\\n and a lone \\r, wherever the chunks are cut (a \\r\\n across two chunks is one break)', async () => {
    const text = fc.stringMatching(/^[ab{}"\r\n]{0,40}$/);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(60), { maxLength: 6 }), async (t, points) => {
        expect(await splitLines(cut(t, points))).toEqual(await readlineLines(t));
      }),
      { numRuns: 500 },
    );
  });

  it('a last line without a break, and a file that ends in \\r', async () => {
    expect(await splitLines(['{"a":1}\n{"b"', ':2}'])).toEqual(['{"a":1}', '{"b":2}']);
    expect(await splitLines(['x\r'])).toEqual(['x']);
    expect(await splitLines(['x\r', '\ny'])).toEqual(['x', 'y']);
  });
});

describe('JSON numbers are kept as written', () => {
  it('quoteNumbers agrees with the character-by-character rewrite on any JSON and near-JSON text', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    // Backslashes before quotes, cut strings and stray digits: the escapes it must count right.
    const messy = fc.stringMatching(/^[\\"0-9a-e.+\- ,:{}[\]]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(json, messy), (t) => {
        expect(quoteNumbers(t)).toBe(quoteNumbersByChar(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('a price, a long id and a string with escaped quotes', () => {
    const line = '{"price": 12.50, "id": 12345678901234567890, "t": "say \\"7\\" \\\\", "n": -1e3}';
    expect(JSON.parse(quoteNumbers(line))).toEqual({ price: '12.50', id: '12345678901234567890', t: 'say "7" \\', n: '-1e3' });
  });
});

describe('JSON Lines reader', () => {
  it('reports progress over both readings, and reads CRLF and lone-CR files line for line', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `P${i + 1}`, title: `Mug ${i + 1}`, price: 9.5 }));
    const path = join(tmp(), 'big.jsonl');
    writeFileSync(path, lines.join('\r\n') + '\r\n');
    const scans: number[] = [];
    const { reader, rows, rejected } = await readAll(path, { onScan: (done) => scans.push(done) });
    const size = statSync(path).size;
    expect(new Set(scans).size).toBeGreaterThanOrEqual(2); // the first reading moves the bar as it goes
    expect(scans.at(-1)).toBe(size);
    expect(reader.progress()).toEqual({ done: 2 * size, total: 2 * size });
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(4000);
    expect(rows[3999]).toEqual({ rowNo: 4001, cells: ['P4000', 'Mug 4000', '9.5'] });

    const cr = join(tmp(), 'cr.jsonl');
    writeFileSync(cr, '{"id":"A"}\r\r{"id":"B"}\r');
    const old = await readAll(cr);
    expect(old.rows).toEqual([
      { rowNo: 2, cells: ['A'] },
      { rowNo: 4, cells: ['B'] },
    ]);
  });
});
