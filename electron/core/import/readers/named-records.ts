import { statSync } from 'node:fs';
import type { ImportWarning, RawRow, ReadOptions, SourceReader, UnreadableRow } from '../types.js';
import { CancelledError } from '../errors.js';

/**
 * A source whose records are named cells (a JSON object, an XML item) rather than a grid: each record
 * is laid out under the union header, in file order. Shared by the JSON, JSON Lines and XML readers.
 */
export type Item = { rowNo: number; cells: Map<string, string> } | { unreadable: UnreadableRow };

/**
 * Progress of a reader that reads its file twice (names first, then rows). Both readings are work,
 * so progress runs over twice the file's size: the first half reported through `opts.onScan` while
 * the reader opens, the second by `progress()` as rows are handed over.
 */
export class TwoReadings {
  readonly first = { bytes: 0 };
  readonly second = { bytes: 0 };
  private readonly size: number;

  constructor(
    path: string,
    private readonly opts: ReadOptions,
  ) {
    this.size = statSync(path).size;
  }

  /** Called as the first reading goes (the callee decides how often to pass it on). */
  scanned(): void {
    this.opts.onScan?.(this.first.bytes, 2 * this.size);
  }

  progress(): { done: number; total: number } {
    return { done: this.size + this.second.bytes, total: 2 * this.size };
  }
}

export function readerOf(
  path: string,
  format: 'json' | 'jsonl' | 'xml',
  encoding: string,
  dialect: Record<string, unknown>,
  header: string[],
  items: () => AsyncIterable<Item> | Iterable<Item>,
  opts: ReadOptions,
  warnings: ImportWarning[],
): SourceReader {
  const total = statSync(path).size;
  let done = 0;
  async function* rows(): AsyncGenerator<RawRow | { unreadable: UnreadableRow }> {
    for await (const it of items()) {
      if (opts.signal?.aborted) throw new CancelledError();
      if ('unreadable' in it) yield it;
      else yield { rowNo: it.rowNo, cells: header.map((h) => it.cells.get(h) ?? '') };
    }
    done = total;
  }
  return {
    path,
    format,
    encoding,
    dialect: { lineEnding: '\n', ...dialect },
    header,
    rows: rows(),
    progress: () => ({ done, total }),
    warnings,
  };
}
