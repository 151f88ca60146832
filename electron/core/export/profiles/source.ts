import { cellMapReader, ORIGINAL_IS_CURRENT, type Db } from '../../store/index.js';
import { CANONICAL_FIELDS } from '../../../../shared/fields.js';
import type { Dialect } from '../../import/types.js';
import { formatRow } from '../delimited.js';
import type { ExportFormat, FeedWriter, RenderedFeed } from '../types.js';

interface SourceInfo {
  source_id: number;
  name: string;
  format: string;
  header: string;
  mapping: string;
  dialect: string;
}

interface JoinedRow {
  original: string;
  cell_map: string;
  attrs: string | null;
  [field: string]: unknown;
}

/** The seller's own rows, each cell as read, with the project's changes written into the cells they came from. */
export function* sourceRows(
  db: Db,
  sourceId: number,
  header: string[],
  mapping: Record<string, string | null>,
): Generator<string[]> {
  // A field the seller added where the source had a blank cell goes into the column mapped to it.
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    const f = mapping[h];
    if (f && !columnOf.has(f)) columnOf.set(f, i);
  });
  // Most rows are unchanged: read only their cells, and the product of a row the change record
  // touched (its current values are then compared with the originals, field by field).
  const edited = new Set(
    db
      .prepare(`SELECT pid FROM products WHERE source_id = ? AND (rev > 0 OR pid IN (SELECT pid FROM changes))`)
      .pluck()
      .all(sourceId) as number[],
  );
  const stmt = db.prepare(`SELECT cells, pid FROM source_rows WHERE source_id = ? ORDER BY row_no`).raw(true);
  const product = db.prepare(
    `SELECT p.original, p.cell_map, p.attrs, ${CANONICAL_FIELDS.map((f) => `p."${f}"`).join(', ')} FROM products p WHERE p.pid = ?`,
  );
  const cellMapOf = cellMapReader(db);
  for (const [cellsJson, pid] of stmt.iterate(sourceId) as Iterable<[string, number | null]>) {
    const cells = JSON.parse(cellsJson) as string[];
    const row = pid !== null && edited.has(pid) ? (product.get(pid) as JoinedRow) : undefined;
    // A product never edited has no originals of its own: they are its current values, the cells as read.
    if (row && row.original !== ORIGINAL_IS_CURRENT) {
      const cellMap = cellMapOf(sourceId, row.cell_map);
      const attrs = row.attrs ? (JSON.parse(row.attrs) as Record<string, string>) : {};
      const current = (f: string): string => ((row[f] as string | null | undefined) ?? attrs[f] ?? '') as string;
      const original = JSON.parse(row.original) as Record<string, string>;
      const fields = new Set([
        ...Object.keys(original),
        ...Object.keys(attrs),
        ...CANONICAL_FIELDS.filter((f) => row[f] != null),
      ]);
      for (const f of fields) {
        const now = current(f);
        if (now === (original[f] ?? '')) continue;
        const idx = f in cellMap ? cellMap[f]! : (columnOf.get(f) ?? -1);
        // Negative: inherited from the group's first row (Shopify); that row carries the value.
        if (idx < 0) continue;
        while (cells.length <= idx) cells.push('');
        cells[idx] = now;
      }
    }
    yield cells;
  }
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
    const stats = { rows: 0 };
    function* chunks(): Generator<string> {
      // The seller's file had a BOM (Excel needs it to read UTF-8): write it back the same way.
      if (dialect.bom) yield '\ufeff';
      for (const pre of dialect.preamble ?? []) yield formatRow(pre, delimiter) + eol;
      if (!dialect.headerless) yield formatRow(header, delimiter) + eol;
      let buf = '';
      for (const s of sources) {
        for (const cells of sourceRows(db, s.source_id, header, JSON.parse(s.mapping) as Record<string, string | null>)) {
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
