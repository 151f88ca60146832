import { createReadStream, statSync } from 'node:fs';
import type { ReadOptions, SourceReader } from '../types.js';
import { CancelledError, ImportError } from '../errors.js';
import { oneByOne, openTable, type Record_ } from './table.js';
import { cellText } from './xlsx-cell-text.js';

interface SheetRow {
  number: number;
  values: unknown;
  getCell(col: number): { numFmt?: string };
}
type Sheet = AsyncIterable<SheetRow> & { name: string; state?: string };

/**
 * Opens an XLSX workbook as a stream of rows (exceljs's streaming reader: memory stays bounded on big
 * sheets). The sheet is the one named by `--sheet`, else the first visible sheet with any text.
 * Rows keep their sheet row numbers; blank rows between rows with text are kept as blank rows so the
 * CSV written back lines up with the sheet.
 */
export async function openXlsx(path: string, opts: ReadOptions): Promise<SourceReader> {
  const total = statSync(path).size;
  if (total === 0) throw new ImportError({ file: path, message: 'the file is empty (0 bytes)', expected: 'an .xlsx workbook' });
  let bytesRead = 0;
  // exceljs takes ~0.5 s to load: only XLSX imports pay for it, not every CLI run and import worker.
  const { default: ExcelJS } = await import('exceljs');
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on('data', (c) => (bytesRead += c.length));
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets = workbook[Symbol.asyncIterator]() as AsyncIterator<Sheet>;
  const damaged = (err: unknown) =>
    err instanceof ImportError || err instanceof CancelledError
      ? err
      : new ImportError({
          file: path,
          message: `the workbook cannot be read (${err instanceof Error ? err.message : String(err)}); it looks damaged or cut short`,
          expected: 'a complete .xlsx workbook as saved by Excel, LibreOffice or Google Sheets',
        });

  const seen: string[] = [];
  const wanted = opts.sheet?.trim().toLowerCase();
  let chosen: { sheet: Sheet; rows: AsyncIterator<SheetRow>; first: SheetRow } | undefined;
  try {
    for (;;) {
      const s = await sheets.next();
      if (s.done) break;
      const sheet = s.value;
      seen.push(sheet.name);
      const rows = sheet[Symbol.asyncIterator]();
      if (
        (wanted !== undefined && sheet.name.trim().toLowerCase() !== wanted) ||
        (wanted === undefined && sheet.state && sheet.state !== 'visible')
      ) {
        while (!(await rows.next()).done); // the reader needs each sheet read to reach the next
        continue;
      }
      let first: SheetRow | undefined;
      for (;;) {
        const r = await rows.next();
        if (r.done) break;
        if (rowCells(r.value).some((c) => c.trim() !== '')) {
          first = r.value;
          break;
        }
      }
      if (first) {
        chosen = { sheet, rows, first };
        break;
      }
      if (wanted !== undefined)
        throw new ImportError({
          file: path,
          message: `sheet "${sheet.name}" is empty`,
          expected: 'a sheet with a header row and products',
        });
    }
  } catch (err) {
    input.destroy();
    throw damaged(err);
  }
  if (!chosen) {
    input.destroy();
    if (wanted !== undefined) {
      throw new ImportError({
        file: path,
        message: `there is no sheet named "${opts.sheet}"; the sheets are ${seen.map((n) => `"${n}"`).join(', ') || '(none)'}`,
        expected: '--sheet with one of those names',
      });
    }
    throw new ImportError({
      file: path,
      message: `no sheet has any text (sheets: ${seen.map((n) => `"${n}"`).join(', ') || 'none'})`,
      expected: 'a sheet with a header row and products',
    });
  }
  const { sheet, rows: sheetRows, first } = chosen;

  async function* records(): AsyncGenerator<Record_> {
    let next = 1; // the next sheet row number to emit
    let blanks: number[] = []; // blank rows wait until a row with text follows (trailing ones are dropped)
    const emit = function* (r: SheetRow): Generator<Record_> {
      const cells = rowCells(r);
      if (!cells.some((c) => c.trim() !== '')) {
        blanks.push(r.number);
        return;
      }
      for (; next < r.number; next++) yield { rowNo: next, cells: [] };
      blanks = [];
      yield { rowNo: r.number, cells };
      next = r.number + 1;
    };
    try {
      yield* emit(first);
      for (;;) {
        if (opts.signal?.aborted) throw new CancelledError();
        const r = await sheetRows.next();
        if (r.done) break;
        yield* emit(r.value);
      }
    } catch (err) {
      throw damaged(err);
    } finally {
      input.destroy();
    }
  }

  const table = await openTable(oneByOne(records()), path);
  return {
    path,
    format: 'xlsx',
    encoding: 'utf-8',
    dialect: {
      sheet: sheet.name,
      lineEnding: '\n',
      ...(table.preamble.length ? { preamble: table.preamble } : {}),
      ...(table.headerless ? { headerless: true } : {}),
    },
    header: table.header,
    rows: table.rows,
    batches: table.batches,
    progress: () => ({ done: Math.min(bytesRead, total), total }),
    warnings: [],
  };
}

/** A sheet row's cells as text, left to right, up to its last cell with a value. */
function rowCells(row: SheetRow): string[] {
  const values = row.values as unknown[];
  const cells: string[] = [];
  if (!Array.isArray(values)) return cells;
  for (let c = 1; c < values.length; c++) {
    const v = values[c];
    cells.push(v === undefined || v === null ? '' : cellText(v, row.getCell(c).numFmt));
  }
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
