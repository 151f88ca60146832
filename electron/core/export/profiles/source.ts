import { cellMapReader, ORIGINAL_IS_CURRENT, rowCells, sourceCellMaps, type Db, type StoredCell } from '../../store/index.js';
import { CANONICAL_FIELDS, isCanonicalField } from '../../../../shared/fields.js';
import type { Dialect } from '../../import/types.js';
import { formatRow } from '../delimited.js';
import type { ExportFormat, ExportWarnings, FeedWriter, KeptAside, RenderedFeed } from '../types.js';

interface SourceInfo {
  source_id: number;
  name: string;
  format: string;
  header: string;
  mapping: string;
  dialect: string;
}

/** Columns of the row queries: the row's own, then its product's (FIELDS_AT on: the fields the source's cell maps name). */
const ROW_NO = 0;
const CELLS = 1;
const PID = 2;
const ORIGINAL = 3;
const CELL_MAP = 4;
const ATTRS = 5;
const REV = 6;
const FIELDS_AT = 7;

/** A row that could not be split into cells at import: its text as it was in the file. */
export interface RowAsRead {
  rowNo: number;
  raw: string;
}

/**
 * The seller's own rows, each cell as read, with the project's changes written into the cells they
 * came from; a row that could not be split into cells at import comes as its text (RowAsRead).
 */
export function* sourceRows(
  db: Db,
  sourceId: number,
  header: string[],
  mapping: Record<string, string | null>,
): Generator<string[] | RowAsRead> {
  // A field the seller added where the source had a blank cell goes into the column mapped to it.
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    const f = mapping[h];
    if (f && !columnOf.has(f)) columnOf.set(f, i);
  });
  // Each row is read with the values of its product that its cells can refer to: the canonical fields
  // the source's cell maps name (all of them for a source without shared maps, written before schema 8).
  const shared = sourceCellMaps(db, sourceId);
  const named = new Set(shared.flatMap((m) => Object.keys(m)));
  const fields = shared.length ? CANONICAL_FIELDS.filter((f) => named.has(f)) : [...CANONICAL_FIELDS];
  const columns = `p.original, p.cell_map, p.attrs, p.rev${fields.map((f) => `, p."${f}"`).join('')}`;
  const fieldColumn = new Map<string, number>(fields.map((f, i) => [f, FIELDS_AT + i]));
  // A product whose cell map names another field, or one the change record touched, is read whole.
  const whole = db.prepare(`SELECT * FROM products WHERE pid = ?`);
  const changed = new Set(db.prepare(`SELECT DISTINCT pid FROM changes`).pluck().all() as number[]);
  const cellMapOf = cellMapReader(db);

  /** One row's cells as read, with its product's changes written in. */
  const cellsOf = (row: unknown[]): string[] => {
    const cells = JSON.parse(row[CELLS] as string) as StoredCell[];
    const pid = row[PID] as number | null;
    if (pid === null || row[CELL_MAP] === null) return rowCells(cells);
    const cellMap = cellMapOf(sourceId, row[CELL_MAP] as string);
    const edited = (row[REV] as number) > 0 || changed.has(pid);
    let product: Record<string, unknown> | undefined;
    let attrs: Record<string, string> | undefined;
    const current = (f: string): string | undefined => {
      const i = fieldColumn.get(f);
      if (i !== undefined) return (row[i] as string | null) ?? undefined;
      if (isCanonicalField(f)) return ((product ??= whole.get(pid) as Record<string, unknown>)[f] as string | null) ?? undefined;
      attrs ??= row[ATTRS] ? (JSON.parse(row[ATTRS] as string) as Record<string, string>) : {};
      return attrs[f];
    };
    // A product never edited has no originals of its own: they are its current values.
    const original =
      row[ORIGINAL] === ORIGINAL_IS_CURRENT ? undefined : (JSON.parse(row[ORIGINAL] as string) as Record<string, string>);
    const out = rowCells(cells, original ? (f) => original[f] : current, cellMap);
    if (!original || !edited) return out;
    product ??= whole.get(pid) as Record<string, unknown>;
    const fieldsNow = new Set([...Object.keys(original), ...CANONICAL_FIELDS.filter((f) => product![f] != null)]);
    if (row[ATTRS]) for (const f of Object.keys(JSON.parse(row[ATTRS] as string) as object)) fieldsNow.add(f);
    for (const f of fieldsNow) {
      const now = current(f) ?? '';
      if (now === (original[f] ?? '')) continue;
      const idx = f in cellMap ? cellMap[f]! : (columnOf.get(f) ?? -1);
      // Negative: inherited from the group's first row (Shopify); that row carries the value.
      if (idx < 0) continue;
      while (out.length <= idx) out.push('');
      out[idx] = now;
    }
    return out;
  };

  // Rows stored with their product (in row order, as the import made them) and the other rows,
  // merged by row number.
  const withProduct = db
    .prepare(
      `SELECT p.row_no, p.cells, p.pid, ${columns} FROM products p WHERE p.source_id = ? AND p.cells IS NOT NULL ORDER BY p.pid`,
    )
    .raw(true)
    .iterate(sourceId) as Iterator<unknown[]>;
  const others = db
    .prepare(
      `SELECT r.row_no, r.cells, r.pid, ${columns} FROM source_rows r LEFT JOIN products p ON p.pid = r.pid WHERE r.source_id = ? ORDER BY r.row_no`,
    )
    .raw(true)
    .iterate(sourceId) as Iterator<unknown[]>;
  // Rows kept aside without cells (an unreadable quote) are only in rejected_rows, with their text.
  const asRead = db
    .prepare(
      `SELECT x.row_no, x.raw FROM rejected_rows x WHERE x.source_id = ? AND NOT EXISTS (SELECT 1 FROM source_rows r WHERE r.source_id = x.source_id AND r.row_no = x.row_no) ORDER BY x.row_no`,
    )
    .raw(true)
    .iterate(sourceId) as Iterator<[number, string]>;
  let a = withProduct.next();
  let b = others.next();
  let c = asRead.next();
  while (!a.done || !b.done) {
    let row: unknown[];
    if (b.done || (!a.done && (a.value[ROW_NO] as number) < (b.value[ROW_NO] as number))) {
      row = a.value as unknown[];
      a = withProduct.next();
    } else {
      row = b.value;
      b = others.next();
    }
    for (; !c.done && c.value[0] < (row[ROW_NO] as number); c = asRead.next()) yield { rowNo: c.value[0], raw: c.value[1] };
    yield cellsOf(row);
  }
  for (; !c.done; c = asRead.next()) yield { rowNo: c.value[0], raw: c.value[1] };
}

/**
 * A row's text can go back into the export as it was when the export has the source's delimiter,
 * and, with the formula guard on, when no piece of it would start a formula.
 */
function fitsAsRead(raw: string, delimiter: string, guard: (cell: string) => string): boolean {
  return raw.split(delimiter).every((piece) => {
    const cell = piece.replace(/^\s*"?/, '');
    return guard(cell) === cell;
  });
}

export const sourceWriter: FeedWriter = {
  profile: 'source',
  formats: ['csv', 'tsv'],
  render(db, { format, guard }): RenderedFeed {
    const sources = db
      .prepare(`SELECT source_id, name, format, header, mapping, dialect FROM sources ORDER BY source_id`)
      .all() as SourceInfo[];
    if (sources.length === 0) throw new Error('the project has no imported catalog to export');
    const first = sources[0]!;
    const mismatch = sources.find((s) => s.header !== first.header);
    if (mismatch) {
      throw new Error(
        `"${mismatch.name}" has different columns from "${first.name}"; export another profile, or import them into separate projects`,
      );
    }
    const dialect = JSON.parse(first.dialect) as Dialect;
    const header = JSON.parse(first.header) as string[];
    const outFormat: ExportFormat = format ?? (dialect.delimiter === '\t' || first.format === 'tsv' ? 'tsv' : 'csv');
    const delimiter = outFormat === 'tsv' ? '\t' : format === 'csv' || !dialect.delimiter ? ',' : dialect.delimiter;
    const eol = dialect.lineEnding ?? '\n';
    const keptAside: KeptAside = { written: 0, left: 0, writtenRows: [], leftRows: [] };
    const warnings: ExportWarnings = { missing: {}, notes: {}, keptAside };
    const stats = { rows: 0, warnings };
    function* chunks(): Generator<string> {
      // The seller's file had a BOM (Excel needs it to read UTF-8): write it back the same way.
      if (dialect.bom) yield '\ufeff';
      for (const pre of dialect.preamble ?? []) yield formatRow(pre, delimiter) + eol;
      if (!dialect.headerless) yield formatRow(header, delimiter) + eol;
      let buf = '';
      for (const s of sources) {
        const sameDelimiter =
          (s.format === 'csv' || s.format === 'tsv') && (JSON.parse(s.dialect) as Dialect).delimiter === delimiter;
        for (const cells of sourceRows(db, s.source_id, header, JSON.parse(s.mapping) as Record<string, string | null>)) {
          if (!Array.isArray(cells)) {
            // Nothing dropped without a word: written back as it was where it fits, else named in a warning.
            const where = `row ${cells.rowNo} of ${s.name}`;
            if (sameDelimiter && fitsAsRead(cells.raw, delimiter, guard)) {
              if (keptAside.written++ < 3) keptAside.writtenRows.push(where);
              buf += cells.raw + eol;
              stats.rows++;
            } else if (keptAside.left++ < 3) keptAside.leftRows.push(where);
            continue;
          }
          buf += formatRow(cells.map(guard), delimiter) + eol;
          stats.rows++;
          if (buf.length > 65536) {
            yield buf;
            buf = '';
          }
        }
      }
      yield buf;
    }
    return { format: outFormat, chunks: chunks(), stats };
  },
};
