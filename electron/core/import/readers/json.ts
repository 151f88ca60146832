import { statSync } from 'node:fs';
import type { ReadOptions, SourceReader, UnreadableRow } from '../types.js';
import { CancelledError, ImportError } from '../errors.js';
import { bomOf, decodedText, normaliseEncodingName, readHead } from './encoding.js';
import { decodeBytes } from './codecs.js';
import { flatten } from './flatten.js';
import { readerOf, TwoReadings, type Item } from './named-records.js';
import {
  documentLists,
  JsonTextError,
  placeIn,
  positionOf,
  reason,
  type DocumentTop,
  type ListElement,
  type ListPlace,
} from './json-items.js';

/**
 * Rewrites number literals outside strings as strings, so JSON.parse keeps the seller's digits:
 * `12.50` stays "12.50" and a 19-digit id keeps its last digits (a JSON number is a double).
 * Hand-written: JSON.parse gives no access to a number's source text on Node 20.
 */
export function quoteNumbers(text: string): string {
  let out = '';
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the string's closing quote (one not escaped by an odd run of backslashes): strings are
      // most of a product's text, and indexOf crosses them natively.
      let q = text.indexOf('"', i + 1);
      while (q !== -1) {
        let b = q - 1;
        while (text.charCodeAt(b) === 92 /* \ */) b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      if (q === -1) break; // unterminated: JSON.parse says where
      i = q;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        // digits, e, E, +, -, .
        if (!((d >= 48 && d <= 57) || d === 101 || d === 69 || d === 43 || d === 45 || d === 46)) break;
      }
      out += text.slice(last, i) + '"' + text.slice(i, j) + '"';
      last = j;
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The encoding of a JSON or JSON Lines file: the seller's, else its BOM's, else UTF-8. */
function jsonEncoding(path: string, opts: ReadOptions): { encoding: string; bom: boolean } {
  // Only the first bytes, for a BOM: the file itself is read as a stream.
  const bom = bomOf(readHead(path, 4));
  return { encoding: opts.encoding ? normaliseEncodingName(opts.encoding, path) : (bom?.encoding ?? 'utf-8'), bom: !!bom };
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
    const at = placeIn(el, asWritten ? positionInOriginal(el.text, err) : positionOf(el.text, err));
    throw new ImportError({
      file: path,
      line: at.line,
      column: String(at.column),
      message: `this is not valid JSON: ${reason(err)}`,
      expected: WELL_FORMED,
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

const WELL_FORMED = 'well-formed JSON such as [{"id": "A1", "title": "..."}]';

/** A list that may hold the products, as the first reading found it. */
interface ListSurvey extends ListPlace {
  elements: number;
  objects: number;
  /** Every field its objects have, in the order first seen: the header, if it is the one. */
  names: Set<string>;
}

/**
 * The products: the document itself when it is a list, else its longest list of objects (at least
 * half its elements objects; the first of equals).
 */
function productList(top: DocumentTop, lists: Map<number, ListSurvey>): ListSurvey | undefined {
  if (top.kind === 'list') return lists.get(0);
  let best: ListSurvey | undefined;
  for (const l of lists.values())
    if (l.objects > 0 && l.objects >= l.elements / 2 && (!best || l.elements > best.elements)) best = l;
  return best;
}

/**
 * A JSON document, a list of products or an object holding one (`{"products": [...]}`), read as a
 * stream twice, one element at a time (json-items.ts): first to check the whole document, find the
 * list and learn every field (the header), then to hand over that list's rows.
 */
export async function openJson(path: string, opts: ReadOptions): Promise<SourceReader> {
  const { encoding, bom } = jsonEncoding(path, opts);
  const readings = new TwoReadings(path, opts);
  const top: DocumentTop = { keys: [] };
  const lists = new Map<number, ListSurvey>();
  try {
    for await (const { list, element } of documentLists(decodedText(path, encoding, readings.first), top, true)) {
      let seen = lists.get(list.ordinal);
      if (!seen) lists.set(list.ordinal, (seen = { ...list, elements: 0, objects: 0, names: new Set() }));
      const it = listItem(path, element, ++seen.elements, false);
      if ('cells' in it) {
        seen.objects++;
        for (const k of it.cells.keys()) seen.names.add(k);
      }
      readings.scanned();
      if (opts.signal?.aborted) throw new CancelledError();
    }
  } catch (err) {
    if (!(err instanceof JsonTextError)) throw err;
    // A .json file may really be JSON Lines (one object per line).
    if (top.kind === 'object' && looksLikeJsonLines(headText(path, encoding))) return openJsonLines(path, opts);
    throw new ImportError({
      file: path,
      line: err.line,
      ...(err.column !== undefined ? { column: String(err.column) } : {}),
      message: `this is not valid JSON: ${err.message}`,
      expected: WELL_FORMED,
    });
  }
  if (!top.kind) throw new ImportError({ file: path, message: 'the file is empty', expected: 'a JSON list of products' });
  const chosen = productList(top, lists);
  if (!chosen) {
    const what =
      top.kind === 'list'
        ? 'an empty list'
        : top.kind === 'object'
          ? `an object${top.keys.length ? ` with keys ${top.keys.join(', ')}` : ''}`
          : top.kind === 'null'
            ? 'null'
            : `a ${top.kind}`;
    throw new ImportError({
      file: path,
      message: `no list of products found (the document is ${what})`,
      expected: 'a list of product objects, or an object holding one such as {"products": [...]}',
    });
  }
  async function* items(): AsyncGenerator<Item> {
    let k = 0;
    for await (const { list, element } of documentLists(decodedText(path, encoding, readings.second), { keys: [] }, false))
      if (list.ordinal === chosen!.ordinal) yield listItem(path, element, ++k);
  }
  const reader = readerOf(path, 'json', encoding, { bom, jsonPath: chosen.path }, [...chosen.names], items, opts, []);
  return { ...reader, progress: () => readings.progress() };
}

/** The first whole lines of a file (up to 256 KiB), as text. */
function headText(path: string, encoding: string): string {
  const head = readHead(path, 1 << 18);
  const text = decodeBytes(head, encoding);
  return head.length < statSync(path).size ? text.slice(0, text.lastIndexOf('\n') + 1) : text;
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

/**
 * The lines of a text that comes in chunks, as readline splits them (at \n, \r\n or a lone \r), a
 * chunk's lines at a time. Not readline: it takes a stream and hands over one promise per line.
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let rest = '';
  let restEndsInCr = false;
  for await (const chunk of chunks) {
    // A line longer than a chunk: its pieces are gathered without searching (and copying) what was
    // searched already, which made a line of many chunks quadratic.
    if (!restEndsInCr && chunk.indexOf('\n') === -1 && chunk.indexOf('\r') === -1) {
      rest += chunk;
      continue;
    }
    const text = rest + chunk;
    const lines: string[] = [];
    let start = 0;
    let cr = -2; // the next \r at or after start; -1: none in this text; -2: not looked for yet
    for (;;) {
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const nl = text.indexOf('\n', start);
      let end: number;
      let next: number;
      if (cr !== -1 && (nl === -1 || cr < nl)) {
        if (cr + 1 === text.length) break; // a \r\n may be cut between chunks: wait for the next one
        end = cr;
        next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else if (nl !== -1) {
        end = nl;
        next = nl + 1;
      } else break;
      lines.push(text.slice(start, end));
      start = next;
    }
    rest = text.slice(start);
    // The loop stops at the text's end or at a \r that may begin a \r\n cut between chunks.
    restEndsInCr = rest.endsWith('\r');
    if (lines.length) yield lines;
  }
  if (rest) yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

/**
 * JSON Lines: one product object per line, read twice (names first, then rows) to keep memory bounded;
 * progress runs over both readings.
 */
export async function openJsonLines(path: string, opts: ReadOptions): Promise<SourceReader> {
  const total = statSync(path).size;
  if (total === 0) throw new ImportError({ file: path, message: 'the file is empty', expected: 'one JSON object per line' });
  const { encoding, bom } = jsonEncoding(path, opts);
  const readings = new TwoReadings(path, opts);
  async function* lines(read: { bytes: number }, first: boolean): AsyncGenerator<Item> {
    let lineNo = 0;
    for await (const chunk of textLines(decodedText(path, encoding, read))) {
      if (first) readings.scanned();
      for (const line of chunk) {
        lineNo++;
        const t = line.trim();
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
    }
  }
  const names = new Set<string>();
  let good = 0;
  let firstBad: UnreadableRow | undefined;
  for await (const it of lines(readings.first, true)) {
    if ('cells' in it) {
      good++;
      for (const k of it.cells.keys()) names.add(k);
    } else firstBad ??= it.unreadable;
    if (opts.signal?.aborted) throw new CancelledError();
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
  const reader = readerOf(path, 'jsonl', encoding, { bom }, [...names], () => lines(readings.second, false), opts, []);
  return { ...reader, progress: () => readings.progress() };
}
