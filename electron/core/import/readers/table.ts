import { ImportError } from '../errors.js';
import type { RawRow, UnreadableRow } from '../types.js';
import { columnNames, findHeader } from './header-row.js';

export type Record_ = RawRow | { unreadable: UnreadableRow };

/** A grid of cells (CSV, TSV, a sheet) once its header is found. */
export interface Table {
  header: string[];
  /** Rows above the header, written back verbatim by `source` export. */
  preamble: string[][];
  headerless: boolean;
  /** The records after the header, one at a time or as read (consume one of the two). */
  rows: AsyncGenerator<Record_>;
  batches: AsyncGenerator<Record_[]>;
}

const LOOKAHEAD = 50;

/** Records read one at a time, as batches of one (for readers and callers that have no batches). */
export async function* oneByOne<T>(records: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const r of records) yield [r];
}

/**
 * Reads the first records of a grid, decides where its header is, and streams the rest. A record with
 * more filled cells than the header has columns is kept aside: its values cannot be put under a column.
 */
export async function openTable(
  records: AsyncIterator<Record_[]>,
  file: string,
  describe: { delimiter?: string } = {},
): Promise<Table> {
  const buffered: Record_[] = [];
  let done = false;
  while (buffered.length < LOOKAHEAD) {
    const r = await records.next();
    if (r.done) {
      done = true;
      break;
    }
    for (const x of r.value) buffered.push(x);
  }
  const grid = buffered.map((r) => ('cells' in r ? r.cells : []));
  if (!grid.some((cells) => cells.some((c) => c.trim() !== ''))) {
    throw new ImportError({
      file,
      message: 'the file has no cells with text in them',
      expected: 'a header row and at least one product',
    });
  }
  const place = findHeader(grid);
  let header: string[];
  let preamble: string[][] = [];
  let start: number;
  if (place.headerless) {
    header = columnNames(Math.max(...grid.map((g) => g.length)));
    start = 0;
  } else {
    preamble = grid.slice(0, place.index);
    header = grid[place.index]!;
    start = place.index + 1;
  }
  const columns = header.length;
  const sep = describe.delimiter === '\t' ? 'tab' : describe.delimiter ? `"${describe.delimiter}"` : undefined;

  function check(r: Record_): Record_ {
    if (!('cells' in r) || r.cells.length <= columns) return r;
    let last = r.cells.length - 1;
    while (last >= columns && r.cells[last]!.trim() === '') last--;
    if (last < columns) return r;
    return {
      unreadable: {
        rowNo: r.rowNo,
        raw: r.cells.join(describe.delimiter ?? ','),
        cells: r.cells,
        error:
          `the row has ${last + 1} cells but the header has ${columns} columns; "${r.cells[last]!.slice(0, 40)}" in cell ${last + 1} has no column` +
          (sep ? ` (an unquoted ${sep} inside a value?)` : ''),
      },
    };
  }

  async function* batches(): AsyncGenerator<Record_[]> {
    try {
      if (start < buffered.length) yield buffered.slice(start).map(check);
      if (done) return;
      for (;;) {
        const r = await records.next();
        if (r.done) return;
        const batch = r.value;
        for (let i = 0; i < batch.length; i++) batch[i] = check(batch[i]!);
        yield batch;
      }
    } finally {
      await records.return?.();
    }
  }
  async function* rows(): AsyncGenerator<Record_> {
    for await (const batch of batches()) yield* batch;
  }
  // Both views read the same records: only the one consumed starts reading.
  return { header, preamble, headerless: place.headerless, rows: rows(), batches: batches() };
}
