import { createReadStream, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { RawRow, ReadOptions, SourceReader, UnreadableRow } from '../types.js';
import { ImportError, CancelledError } from '../errors.js';
import { detectEncoding, normaliseEncodingName } from './encoding.js';
import { sniffDelimited } from './sniff.js';

const SAMPLE_BYTES = 256 * 1024;

/** Opens a CSV/TSV file: detects encoding, delimiter and line ending, then streams its records. */
export async function openDelimited(path: string, opts: ReadOptions, hint?: 'csv' | 'tsv'): Promise<SourceReader> {
  const total = statSync(path).size;
  const fh = await open(path, 'r');
  const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, total));
  await fh.read(sample, 0, sample.length, 0);
  await fh.close();
  const detected = opts.encoding
    ? { encoding: normaliseEncodingName(opts.encoding), bom: hasBom(sample) }
    : detectEncoding(sample, sample.length === total);
  const text = iconv.decode(sample, detected.encoding, { stripBOM: true });
  const sniffed = sniffDelimited(text, hint);
  if (total === 0 || text.trim() === '') {
    throw new ImportError({ file: path, message: 'the file is empty', expected: 'a header row and at least one product' });
  }

  let bytesRead = 0;
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('data', (chunk) => (bytesRead += chunk.length));
  const skipped: UnreadableRow[] = [];
  const parser = parse({
    delimiter: sniffed.delimiter,
    quote: sniffed.quote,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
    skip_records_with_error: true,
    on_skip: (err, raw) => {
      skipped.push({ rowNo: -1, raw: raw ?? '', error: err?.message ?? 'unreadable record' });
      return undefined;
    },
  });
  const stream = input.pipe(iconv.decodeStream(detected.encoding, { stripBOM: true })).pipe(parser);

  const records = stream[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await records.next();
  if (first.done) throw new ImportError({ file: path, row: 1, message: 'no header row could be read', expected: 'a header row' });
  const header = first.value;

  async function* rows(): AsyncGenerator<RawRow | { unreadable: UnreadableRow }> {
    let rowNo = 1;
    try {
      for (;;) {
        if (opts.signal?.aborted) throw new CancelledError();
        const r = await records.next();
        while (skipped.length) {
          const s = skipped.shift()!;
          rowNo++;
          yield { unreadable: { ...s, rowNo } };
        }
        if (r.done) break;
        rowNo++;
        const cells = r.value;
        // A blank line in the middle of a CSV is not a product; keep it out of the products
        // but remember it so the source can be written back exactly.
        yield { rowNo, cells };
      }
    } finally {
      input.destroy();
    }
  }

  return {
    path,
    format: sniffed.delimiter === '\t' ? 'tsv' : 'csv',
    encoding: detected.encoding,
    dialect: { delimiter: sniffed.delimiter, quote: sniffed.quote, lineEnding: sniffed.lineEnding, bom: detected.bom },
    header,
    rows: rows(),
    progress: () => ({ done: bytesRead, total }),
  };
}

function hasBom(b: Buffer): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}
