import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { ReadOptions, SourceReader, UnreadableRow } from '../types.js';
import { CancelledError, ImportError } from '../errors.js';
import { bomOf, decodedText, normaliseEncodingName, readHead } from './encoding.js';
import { decodeBytes, iconvLite } from './codecs.js';
import { flatten, unionOfKeys } from './flatten.js';
import { readerOf, TwoReadings, type Item } from './named-records.js';
import { listElements, type ListElement, type ListEnd } from './json-items.js';

/**
 * Rewrites number literals outside strings as strings, so JSON.parse keeps the seller's digits:
 * `12.50` stays "12.50" and a 19-digit id keeps its last digits (a JSON number is a double).
 * Hand-written: JSON.parse gives no access to a number's source text on Node 20.
 */
export function quoteNumbers(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escape
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

/** Why JSON.parse failed, in words (V8's message without its "at position N"). */
function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message
    .replace(/,? ?(in JSON )?at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON is complete');
}

/** A character offset as the line and column an editor shows (both from 1). */
function lineColumn(text: string, pos: number): { line: number; column: number } {
  const before = text.slice(0, pos);
  return { line: before.split('\n').length, column: pos - before.lastIndexOf('\n') };
}

function decodeFile(path: string, opts: ReadOptions): { text: string; encoding: string; bom: boolean } {
  const buf = readFileSync(path);
  const bom = bomOf(buf);
  const encoding = opts.encoding ? normaliseEncodingName(opts.encoding, path) : (bom?.encoding ?? 'utf-8');
  return { text: decodeBytes(buf, encoding), encoding, bom: !!bom };
}

/** Finds the products: the document itself when it is a list, else its biggest list of objects. */
function productList(doc: unknown): { path: string; items: unknown[] } | undefined {
  if (Array.isArray(doc)) return { path: '', items: doc };
  let best: { path: string; items: unknown[] } | undefined;
  const visit = (v: unknown, path: string, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 4) return;
    if (Array.isArray(v)) {
      const objects = v.filter((x) => x && typeof x === 'object' && !Array.isArray(x)).length;
      if (objects > 0 && objects >= v.length / 2 && (!best || v.length > best.items.length)) best = { path, items: v };
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) visit(x, path ? `${path}.${k}` : k, depth + 1);
  };
  visit(doc, '', 0);
  return best;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The encoding of a JSON file: the seller's, else its BOM's, else UTF-8; and its first character that is not white space. */
function jsonStart(path: string, opts: ReadOptions): { encoding: string; bom: boolean; first: string } {
  const head = readHead(path, 4096);
  const bom = bomOf(head);
  const encoding = opts.encoding ? normaliseEncodingName(opts.encoding, path) : (bom?.encoding ?? 'utf-8');
  const first = decodeBytes(head, encoding).trimStart()[0] ?? '';
  return { encoding, bom: !!bom, first };
}

/**
 * One element of a list as an item: a product object's cells, or why it is not one. Bad JSON is an
 * error naming its place. `asWritten: false` (the first reading, which only needs the names) skips
 * keeping numbers' digits as written.
 */
function listItem(path: string, el: ListElement, n: number, asWritten = true): Item {
  let v: unknown;
  try {
    v = JSON.parse(asWritten ? quoteNumbers(el.text) : el.text);
  } catch (err) {
    const at = lineColumn(el.text, asWritten ? positionInOriginal(el.text, err) : positionOf(el.text, err));
    throw new ImportError({
      file: path,
      line: el.line + at.line - 1,
      column: String(at.line === 1 ? el.column + at.column - 1 : at.column),
      message: `this is not valid JSON: ${reason(err)}`,
      expected: 'well-formed JSON such as [{"id": "A1", "title": "..."}]',
    });
  }
  return v && typeof v === 'object' && !Array.isArray(v)
    ? { rowNo: n + 1, cells: flatten(v, ', ') }
    : {
        unreadable: {
          rowNo: n + 1,
          raw: JSON.stringify(v) ?? '',
          error: `item ${n} of the list is ${describe(v)}, not a product object`,
        },
      };
}

/**
 * A JSON document that is one list, read as a stream twice, one element at a time (json-items.ts):
 * first to check every element and learn every field (the header), then to hand over the rows.
 */
async function openJsonList(path: string, opts: ReadOptions, encoding: string, bom: boolean): Promise<SourceReader> {
  const end: ListEnd = { closed: false };
  const names = new Set<string>();
  let n = 0;
  let last: ListElement | undefined;
  const readings = new TwoReadings(path, opts);
  for await (const el of listElements(decodedText(path, encoding, readings.first), end)) {
    const it = listItem(path, el, ++n, false);
    if ('cells' in it) for (const k of it.cells.keys()) names.add(k);
    last = el;
    readings.scanned();
    if (opts.signal?.aborted) throw new CancelledError();
  }
  const expected = 'well-formed JSON such as [{"id": "A1", "title": "..."}]';
  if (!end.closed) {
    const line = last ? last.line + last.text.split('\n').length - 1 : 1;
    throw new ImportError({
      file: path,
      line,
      message: 'this is not valid JSON: the text ends before the list is closed with ]',
      expected,
    });
  }
  if (end.after) {
    throw new ImportError({
      file: path,
      line: end.after.line,
      column: String(end.after.column),
      message: `this is not valid JSON: text after the end of the list ("${end.after.text}")`,
      expected,
    });
  }
  if (n === 0) {
    throw new ImportError({
      file: path,
      message: 'no list of products found (the document is an empty list)',
      expected: 'a list of product objects, or an object holding one such as {"products": [...]}',
    });
  }
  async function* items(): AsyncGenerator<Item> {
    let k = 0;
    for await (const el of listElements(decodedText(path, encoding, readings.second), { closed: false }))
      yield listItem(path, el, ++k);
  }
  const reader = readerOf(path, 'json', encoding, { bom, jsonPath: '' }, [...names], items, opts, []);
  return { ...reader, progress: () => readings.progress() };
}

/** A JSON document: a list of products, or an object holding one (`{"products": [...]}`). */
export async function openJson(path: string, opts: ReadOptions): Promise<SourceReader> {
  // A document that is one list (the usual export) streams; one holding a list somewhere inside is read whole.
  const start = jsonStart(path, opts);
  if (start.first === '[') return openJsonList(path, opts, start.encoding, start.bom);
  const { text, encoding, bom } = decodeFile(path, opts);
  if (text.trim() === '')
    throw new ImportError({ file: path, message: 'the file is empty', expected: 'a JSON list of products' });
  let doc: unknown;
  try {
    doc = JSON.parse(quoteNumbers(text));
  } catch (err) {
    // A .json file may really be JSON Lines (one object per line).
    if (looksLikeJsonLines(text)) return openJsonLines(path, opts);
    const at = lineColumn(text, positionInOriginal(text, err));
    throw new ImportError({
      file: path,
      line: at.line,
      column: String(at.column),
      message: `this is not valid JSON: ${reason(err)}`,
      expected: 'well-formed JSON such as [{"id": "A1", "title": "..."}]',
    });
  }
  const list = productList(doc);
  if (!list || list.items.length === 0) {
    throw new ImportError({
      file: path,
      message: `no list of products found (the document is ${describe(doc)}${doc && typeof doc === 'object' && !Array.isArray(doc) ? ` with keys ${Object.keys(doc).slice(0, 8).join(', ')}` : ''})`,
      expected: 'a list of product objects, or an object holding one such as {"products": [...]}',
    });
  }
  const flat: Item[] = list.items.map((v, i) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? { rowNo: i + 2, cells: flatten(v, ', ') }
      : {
          unreadable: {
            rowNo: i + 2,
            raw: JSON.stringify(v) ?? '',
            error: `item ${i + 1} of the list is ${describe(v)}, not a product object`,
          },
        },
  );
  const header = unionOfKeys(flat.flatMap((x) => ('cells' in x ? [x.cells] : [])));
  return readerOf(
    path,
    'json',
    encoding,
    { bom, jsonPath: list.path },
    header,
    async function* () {
      yield* flat;
    },
    opts,
    [],
  );
}

/** Where JSON.parse stopped in `text` (its message's position; the end when it gives none). */
function positionOf(text: string, err: unknown): number {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  return m ? Number(m[1]) : text.length;
}

/** Where JSON.parse stopped, in the original text (quoteNumbers added two quotes per number before it). */
function positionInOriginal(text: string, err: unknown): number {
  const quoted = quoteNumbers(text);
  const target = positionOf(quoted, err);
  if (target >= quoted.length) return text.length;
  // Walk both texts together; the quoted one has an extra `"` before and after each number.
  let i = 0;
  let j = 0;
  let inString = false;
  while (j < target && i < text.length) {
    if (text[i] === quoted[j]) {
      if (!inString && text[i] === '"') inString = true;
      else if (inString && text[i] === '"' && text[i - 1] !== '\\') inString = false;
      i++;
      j++;
    } else j++; // an added quote
  }
  return i;
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return false;
  return lines.slice(0, 5).every((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return !!v && typeof v === 'object' && !Array.isArray(v);
    } catch {
      return false;
    }
  });
}

/** JSON Lines: one product object per line, read twice (names first, then rows) to keep memory bounded. */
export async function openJsonLines(path: string, opts: ReadOptions): Promise<SourceReader> {
  const total = statSync(path).size;
  if (total === 0) throw new ImportError({ file: path, message: 'the file is empty', expected: 'one JSON object per line' });
  // Only the first bytes, for a BOM: the file itself is read as a stream below.
  const head = readHead(path, 4);
  const bom = bomOf(head);
  const encoding = opts.encoding ? normaliseEncodingName(opts.encoding, path) : (bom?.encoding ?? 'utf-8');
  async function* lines(): AsyncGenerator<Item> {
    const file = createReadStream(path);
    const input = file.pipe(iconvLite().decodeStream(encoding, { stripBOM: true }));
    let lineNo = 0;
    try {
      // node:readline loads only for JSON Lines.
      const { createInterface } = await import('node:readline');
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNo++;
        const t = (line as string).trim();
        if (t === '') continue;
        try {
          const v: unknown = JSON.parse(quoteNumbers(t));
          if (v && typeof v === 'object' && !Array.isArray(v)) yield { rowNo: lineNo + 1, cells: flatten(v, ', ') };
          else
            yield { unreadable: { rowNo: lineNo + 1, raw: t, error: `line ${lineNo} is ${describe(v)}, not a product object` } };
        } catch (err) {
          const col = positionInOriginal(t, err) + 1;
          yield {
            unreadable: { rowNo: lineNo + 1, raw: t, error: `line ${lineNo}, column ${col}: not valid JSON (${reason(err)})` },
          };
        }
      }
    } finally {
      file.destroy();
    }
  }
  const names = new Set<string>();
  let good = 0;
  let firstBad: UnreadableRow | undefined;
  for await (const it of lines()) {
    if ('cells' in it) {
      good++;
      for (const k of it.cells.keys()) names.add(k);
    } else firstBad ??= it.unreadable;
  }
  if (good === 0) {
    throw new ImportError({
      file: path,
      line: firstBad ? firstBad.rowNo - 1 : undefined,
      message: firstBad ? `no line holds a product object; ${firstBad.error}` : 'the file has only blank lines',
      expected: 'one JSON object per line, such as {"id": "A1", "title": "..."}',
    });
  }
  // Row numbers: line N is row N+1, as if the names were a header row above it.
  return readerOf(path, 'jsonl', encoding, { bom: !!bom }, [...names], lines, opts, []);
}
