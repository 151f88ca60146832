import { statSync } from 'node:fs';
import type { ImportWarning, ReadOptions, SourceReader, UnreadableRow } from '../types.js';
import { ImportError, CancelledError } from '../errors.js';
import { bomOf, decodedText, detectEncoding, fileChunks, normaliseEncodingName, readEncodingSample } from './encoding.js';
import { decodeBytes } from './codecs.js';
import { sniffDelimited } from './sniff.js';
import { CsvTokenizer, type CsvSink } from './csv-tokenizer.js';
import { decodeUtf8, type InvalidBytes } from './utf8.js';
import { openTable, type Record_ } from './table.js';

type Parsed = { cells: string[]; invalid?: number[] } | { raw: string; error: string; invalid?: number[] };

/**
 * The one place text becomes records (swappable parser): decoded chunks in, records out in file
 * order, all the records a chunk completes at once. `invalid` carries the file offsets of non-UTF-8
 * bytes inside the record.
 */
function recordsOf(
  chunks: AsyncIterator<string | InvalidBytes>,
  opts: { delimiter: string; quote: string; lineEnding: '\n' | '\r\n' | '\r' },
) {
  // Decoded text goes through our RFC 4180 tokenizer (csv-tokenizer.ts says why it is not csv-parse).
  const tokenizer = new CsvTokenizer(opts);
  let queue: Parsed[] = [];
  let ended = false;
  // Offsets of bad bytes seen since the last record ended: they belong to the next record.
  let marks: number[] | undefined;
  const take = (): number[] | undefined => {
    const m = marks;
    marks = undefined;
    return m;
  };
  const sink: CsvSink = {
    record: (cells) => queue.push(marks ? { cells, invalid: take() } : { cells }),
    unreadable: (raw, error) => queue.push(marks ? { raw, error, invalid: take() } : { raw, error }),
  };
  /** The next records (at least one), or undefined at the end of the text. */
  return async function next(): Promise<Parsed[] | undefined> {
    while (queue.length === 0) {
      if (ended) return undefined;
      const c = await chunks.next();
      if (c.done) {
        tokenizer.end(sink);
        ended = true;
      } else if (typeof c.value === 'string') tokenizer.push(c.value, sink);
      else (marks ??= []).push(c.value.invalidAt);
    }
    const out = queue;
    queue = [];
    return out;
  };
}

/** Opens a CSV/TSV file: detects encoding, delimiter, line ending and header row, then streams its records. */
export async function openDelimited(path: string, opts: ReadOptions, hint?: 'csv' | 'tsv'): Promise<SourceReader> {
  const total = statSync(path).size;
  if (total === 0)
    throw new ImportError({
      file: path,
      message: 'the file is empty (0 bytes)',
      expected: 'a header row and at least one product',
    });
  const sample = await readEncodingSample(path, total);
  const detected = opts.encoding
    ? { encoding: normaliseEncodingName(opts.encoding, path), bom: !!bomOf(sample.head) }
    : detectEncoding(sample);
  const text = decodeBytes(sample.head, detected.encoding);
  if (text.trim() === '')
    throw new ImportError({
      file: path,
      message: 'the file has only blank lines',
      expected: 'a header row and at least one product',
    });
  rejectBinary(path, text, detected.encoding);
  const sniffed = sniffDelimited(text, hint);

  const read = { bytes: 0 };
  // UTF-8 is decoded here, so that bad bytes are named by their rows; other encodings by iconv-lite.
  const decoded: AsyncGenerator<string | InvalidBytes> =
    detected.encoding === 'utf-8' ? decodeUtf8(fileChunks(path, read)) : decodedText(path, detected.encoding, read);
  const next = recordsOf(decoded, sniffed);

  const warnings: ImportWarning[] = [];
  let badBytes = 0;
  let header: string[] | undefined;
  async function* records(): AsyncGenerator<Record_[]> {
    let rowNo = 0;
    try {
      for (;;) {
        if (opts.signal?.aborted) throw new CancelledError();
        const parsed = await next();
        if (parsed === undefined) break;
        const out: Record_[] = [];
        for (const r of parsed) {
          rowNo++;
          if (rowNo === 1 && 'cells' in r) header = r.cells; // until the header row is known, the first row names columns
          if (r.invalid) {
            badBytes += r.invalid.length;
            warnings.push({
              row: rowNo,
              message: `${r.invalid.length} byte sequence${r.invalid.length > 1 ? 's are' : ' is'} not valid UTF-8 (at byte ${r.invalid[0]}); shown as "\ufffd"`,
            });
          }
          if ('cells' in r) out.push({ rowNo, cells: r.cells });
          else if (/never closed/.test(r.error)) {
            // An open quote swallows the rest of the file: no row after it could be trusted.
            const n = Number(/column (\d+)/.exec(r.error)?.[1] ?? 0);
            throw new ImportError({
              file: path,
              row: rowNo,
              column: n ? (header?.[n - 1] ?? `column ${n}`) : undefined,
              message: `a quoted cell starts here and is never closed, so the rest of the file is one cell`,
              expected: `a closing ${sniffed.quote} (a quote inside a quoted cell is written ${sniffed.quote}${sniffed.quote})`,
            });
          } else out.push({ unreadable: { rowNo, raw: r.raw, error: r.error } satisfies UnreadableRow });
        }
        yield out;
      }
      // Said here, at the end of the records, rather than in one more generator around the table's rows (a cost per row).
      if (badBytes) {
        warnings.unshift({
          message: `${badBytes} byte sequence${badBytes > 1 ? 's' : ''} in ${warnings.length} row${warnings.length > 1 ? 's' : ''} are not valid UTF-8 (the file mixes encodings); they read as "\ufffd"`,
        });
      }
    } finally {
      await decoded.return(undefined); // closes the file
    }
  }

  const table = await openTable(records(), path, { delimiter: sniffed.delimiter });
  header = table.header;

  return {
    path,
    format: sniffed.delimiter === '\t' ? 'tsv' : 'csv',
    encoding: detected.encoding,
    dialect: {
      delimiter: sniffed.delimiter,
      quote: sniffed.quote,
      lineEnding: sniffed.lineEnding,
      bom: detected.bom,
      ...(table.preamble.length ? { preamble: table.preamble } : {}),
      ...(table.headerless ? { headerless: true } : {}),
    },
    header: table.header,
    rows: table.rows,
    batches: table.batches,
    progress: () => ({ done: read.bytes, total }),
    warnings,
  };
}

/** A file of binary data (an image, a PDF, a spreadsheet saved with the wrong name) is not a CSV. */
function rejectBinary(path: string, text: string, encoding: string): void {
  const n = Math.min(text.length, 64 * 1024);
  let control = 0;
  let firstAt = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) {
      control++;
      if (firstAt < 0) firstAt = i;
    }
  }
  if (control > 0 && control / n > 0.01) {
    throw new ImportError({
      file: path,
      message: `this is not a text file: ${control} control or undecodable characters in its first ${n} characters (first at character ${firstAt}, read as ${encoding})`,
      expected: 'a CSV or TSV file saved as text, or --encoding NAME if it is text in another encoding',
    });
  }
}
