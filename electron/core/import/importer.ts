import { basename, resolve } from 'node:path';
import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import { CANONICAL_FIELDS, isCanonicalField } from '../../../shared/fields.js';
import type { Db } from '../store/index.js';
import { CancelledError } from './errors.js';
import { detectLayout, layoutByName } from './layouts/index.js';
import { openSource } from './readers/index.js';
import type { MappedProduct, RawRow, ReadOptions } from './types.js';

export interface ImportOptions extends ReadOptions {
  layout?: LayoutName | 'auto';
  mapping?: ColumnMapping;
  onProgress?: (p: { rows: number; bytes: number; totalBytes: number }) => void;
}

export interface ImportResult {
  sourceId: number;
  file: string;
  products: number;
  rejected: number;
  rows: number;
  layout: LayoutName;
  format: string;
  encoding: string;
  delimiter?: string;
  mapping: ColumnMapping;
  rejectedRows: { row: number; error: string }[];
}

const SAMPLE_ROWS = 200;
const BATCH = 5000;

/**
 * Imports one catalog file into the project inside a single transaction: a cancelled or failed
 * import leaves the project exactly as it was. Rows stream through; memory stays bounded.
 */
export async function importCatalog(db: Db, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const path = resolve(file);
  const reader = await openSource(path, opts);
  const iterator = reader.rows[Symbol.asyncIterator]();

  // Look at the first rows before choosing how to map values.
  const buffered: (RawRow | { unreadable: { rowNo: number; raw: string; error: string } })[] = [];
  const sample: RawRow[] = [];
  while (sample.length < SAMPLE_ROWS) {
    const r = await iterator.next();
    if (r.done) break;
    buffered.push(r.value);
    if ('cells' in r.value) sample.push(r.value);
  }
  const layout = !opts.layout || opts.layout === 'auto' ? detectLayout(reader.header) : layoutByName(opts.layout);
  const mapper = layout.createMapper(reader.header, sample, opts.mapping);

  const fieldCols = CANONICAL_FIELDS.map((f) => `"${f}"`).join(', ');
  const insertProduct = db.prepare(
    `INSERT INTO products (source_id, row_no, ${fieldCols}, attrs, original, cell_map) VALUES (${[
      '?',
      '?',
      ...CANONICAL_FIELDS.map(() => '?'),
      '?',
      '?',
      '?',
    ].join(', ')})`,
  );
  const insertRow = db.prepare(`INSERT INTO source_rows (source_id, row_no, cells, pid) VALUES (?, ?, ?, NULL)`);
  const linkRow = db.prepare(`UPDATE source_rows SET pid = ? WHERE source_id = ? AND row_no = ?`);
  const insertRejected = db.prepare(`INSERT INTO rejected_rows (source_id, row_no, raw, error) VALUES (?, ?, ?, ?)`);

  let products = 0;
  let rows = 0;
  const rejectedRows: { row: number; error: string }[] = [];
  db.exec('BEGIN');
  try {
    const sourceId = Number(
      db
        .prepare(
          `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(path, basename(path), reader.format, layout.name, reader.encoding, JSON.stringify(reader.header), '{}', JSON.stringify(reader.dialect), new Date().toISOString())
        .lastInsertRowid,
    );
    const params: unknown[] = new Array(CANONICAL_FIELDS.length + 5);
    const writeProduct = (p: MappedProduct) => {
      const attrs: Record<string, string> = {};
      params[0] = sourceId;
      params[1] = p.rowNo;
      CANONICAL_FIELDS.forEach((f, i) => (params[2 + i] = p.values[f] || null));
      let hasAttrs = false;
      for (const [k, v] of Object.entries(p.values)) {
        if (!isCanonicalField(k) && v) {
          attrs[k] = v;
          hasAttrs = true;
        }
      }
      params[2 + CANONICAL_FIELDS.length] = hasAttrs ? JSON.stringify(attrs) : null;
      params[3 + CANONICAL_FIELDS.length] = JSON.stringify(p.values);
      params[4 + CANONICAL_FIELDS.length] = JSON.stringify(p.cellMap);
      const pid = insertProduct.run(params).lastInsertRowid;
      linkRow.run(pid, sourceId, p.rowNo);
      products++;
    };
    const handle = (r: RawRow | { unreadable: { rowNo: number; raw: string; error: string } }) => {
      if ('unreadable' in r) {
        insertRejected.run(sourceId, r.unreadable.rowNo, r.unreadable.raw, r.unreadable.error);
        rejectedRows.push({ row: r.unreadable.rowNo, error: r.unreadable.error });
        return;
      }
      rows++;
      insertRow.run(sourceId, r.rowNo, JSON.stringify(r.cells));
      for (const p of mapper.push(r).products) writeProduct(p);
    };
    for (const r of buffered) handle(r);
    let n = 0;
    for (;;) {
      const r = await iterator.next();
      if (r.done) break;
      handle(r.value);
      if (++n % BATCH === 0) {
        if (opts.signal?.aborted) throw new CancelledError();
        const pr = reader.progress();
        opts.onProgress?.({ rows, bytes: pr.done, totalBytes: pr.total });
      }
    }
    for (const p of mapper.finish().products) writeProduct(p);
    if (opts.signal?.aborted) throw new CancelledError();
    db.prepare(`UPDATE sources SET mapping = ?, row_count = ?, rejected_count = ? WHERE source_id = ?`).run(
      JSON.stringify(mapper.mapping),
      rows,
      rejectedRows.length,
      sourceId,
    );
    db.exec('COMMIT');
    const pr = reader.progress();
    opts.onProgress?.({ rows, bytes: pr.total, totalBytes: pr.total });
    return {
      sourceId,
      file: path,
      products,
      rejected: rejectedRows.length,
      rows,
      layout: layout.name,
      format: reader.format,
      encoding: reader.encoding,
      delimiter: reader.dialect.delimiter,
      mapping: mapper.mapping,
      rejectedRows,
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    await iterator.return?.();
    throw err;
  }
}
