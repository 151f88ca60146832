/** Bench phase: parsing alone (decode + tokenize, no database), to compare parsers on the same file. */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { CsvTokenizer } from '../../electron/core/import/readers/csv-tokenizer.js';

export async function benchParse(
  csv: string,
  parser: 'tokenizer' | 'csv-parse',
): Promise<{ parser: string; rows: number; seconds: number; rowsPerSecond: number }> {
  const t0 = performance.now();
  let rows = 0;
  if (parser === 'csv-parse') {
    for await (const _rec of createReadStream(csv, { highWaterMark: 1 << 20 }).pipe(
      parse({ relax_column_count: true, relax_quotes: true }),
    ))
      rows++;
  } else {
    const tok = new CsvTokenizer({ delimiter: ',', quote: '"' });
    const count = { record: () => rows++, unreadable: () => rows++ };
    for await (const chunk of createReadStream(csv, { encoding: 'utf8', highWaterMark: 1 << 20 }))
      tok.push(chunk as string, count);
    tok.end(count);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { parser, rows, seconds, rowsPerSecond: Math.round(rows / seconds) };
}
