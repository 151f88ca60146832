import { basename, resolve } from 'node:path';
import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import { beginProductLoad, ORIGINAL_IS_CURRENT, useRollbackJournal, type Db, type ProductLoad } from '../store/index.js';
import { JobCancelledError, ProgressMeter, WorkerNotFoundError } from '../jobs/index.js';
import { importThread } from './import-thread.js';
import { CancelledError } from './errors.js';
import type { Statement } from 'better-sqlite3';
import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import { type ImportBatch, type InsertForm, type ImportMessage, type ImportMeta, type ImportRequest } from './messages.js';
import { PackedReader } from './packed-products.js';
import type { ColumnProposal, ImportWarning, ReadOptions } from './types.js';
import { loadSavedMappings, saveMapping } from './layouts/saved.js';
import type { MappingFrom } from './layouts/session.js';

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
  /** Bytes per second lately, and seconds left at that rate (null until measured). */
  bytesPerSecond: number | null;
  etaSeconds: number | null;
}

export interface ImportOptions extends ReadOptions {
  layout?: LayoutName | 'auto';
  mapping?: ColumnMapping;
  onProgress?: (p: ImportProgress) => void;
  /** Parse in a worker thread while this thread inserts (default). `false` does both here. */
  worker?: boolean;
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
  proposals?: ColumnProposal[];
  /** auto: proposed for this file; saved: the mapping saved for this header; seller: given for this import (and now saved). */
  mappingFrom?: MappingFrom;
  rejectedRows: { row: number; error: string }[];
  /** Problems in rows that still imported (e.g. bytes that are not valid UTF-8), with their rows. */
  warnings: ImportWarning[];
}

/**
 * Imports one catalog file into the project inside a single transaction: a cancelled or failed
 * import leaves the project exactly as it was. Rows stream through in bounded batches; the file is
 * parsed and mapped on a second core (worker.ts) while this thread inserts.
 */
export async function importCatalog(db: Db, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  if (opts.signal?.aborted) throw new CancelledError();
  const request = {
    file: resolve(file),
    encoding: opts.encoding,
    sheet: opts.sheet,
    layout: opts.layout,
    mapping: opts.mapping,
    saved: loadSavedMappings(db),
  };
  let source: MessageSource;
  try {
    source = opts.worker === false ? await inlineSource(request) : await workerSource(request, opts.signal);
  } catch (err) {
    // A build without the worker bundle (see jobs/entry.ts) still imports, on this thread only.
    if (!(err instanceof WorkerNotFoundError)) throw err;
    source = await inlineSource(request);
  }
  // Switching journals costs a checkpoint and a few fsyncs (about 20 ms): done while the worker
  // starts and reads the file's first rows, not after.
  const restoreJournal = useRollbackJournal(db);
  try {
    return await insertAll(db, source, opts);
  } catch (err) {
    if (err instanceof JobCancelledError) throw new CancelledError();
    throw err;
  } finally {
    restoreJournal();
    await source.close();
  }
}

/** The producer's messages, from a worker thread or from this thread. */
interface MessageSource {
  next(): Promise<ImportMessage | undefined>;
  /** The previous batch is stored: the producer may send another. */
  ack(): void;
  close(): Promise<void>;
}

async function workerSource(request: ImportRequest, signal: AbortSignal | undefined): Promise<MessageSource> {
  const thread = await importThread(request, signal);
  // Not awaited: the worker is done (or told to stop) and nothing waits on its exit (about 16 ms).
  return { next: () => thread.next(), ack: () => thread.post({ type: 'ack' }), close: async () => void thread.terminate() };
}

/** Runs the producer on this thread, one batch ahead of the inserts. */
async function inlineSource(request: ImportRequest): Promise<MessageSource> {
  // The readers and layouts load only here: with a worker, this thread never needs them.
  const { produceImport } = await import('./batches.js');
  const queue: ImportMessage[] = [];
  let wake: (() => void) | null = null;
  let resume: (() => void) | null = null;
  let done = false;
  let failure: unknown = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  void produceImport(request, async (m) => {
    queue.push(m);
    notify();
    if (m.type === 'batch') await new Promise<void>((r) => (resume = r));
  }).then(
    () => ((done = true), notify()),
    (err: unknown) => ((failure = err), (done = true), notify()),
  );
  return {
    async next() {
      for (;;) {
        if (queue.length) return queue.shift();
        if (failure) throw failure;
        if (done) return undefined;
        await new Promise<void>((r) => (wake = r));
      }
    },
    ack() {
      const r = resume;
      resume = null;
      r?.();
    },
    async close() {},
  };
}

async function insertAll(db: Db, source: MessageSource, opts: ImportOptions): Promise<ImportResult> {
  let first = await source.next();
  let meter: ProgressMeter | undefined;
  // A reader that reads the file twice reports its first reading before it can describe the file.
  while (first?.type === 'scan') {
    if (opts.signal?.aborted) throw new CancelledError();
    meter ??= new ProgressMeter(first.totalBytes);
    if (opts.onProgress) {
      const p = meter.update(first.bytes);
      opts.onProgress({
        rows: 0,
        bytes: first.bytes,
        totalBytes: first.totalBytes,
        bytesPerSecond: p.rate,
        etaSeconds: p.etaSeconds,
      });
    }
    first = await source.next();
  }
  if (!first || first.type !== 'meta') throw new Error('import: the reader sent no description of the file');
  const meta: ImportMeta = first;

  const linkRow = db.prepare(`UPDATE source_rows SET pid = ? WHERE source_id = ? AND row_no = ?`);
  const insertRejected = db.prepare(`INSERT INTO rejected_rows (source_id, row_no, raw, error) VALUES (?, ?, ?, ?)`);

  meter ??= new ProgressMeter(meta.totalBytes);
  let products = 0;
  let rows = 0;
  const rejectedRows: { row: number; error: string }[] = [];
  let warnings: ImportWarning[] = [];
  db.exec('BEGIN');
  let load: ProductLoad | undefined;
  try {
    load = beginProductLoad(db);
    const sourceId = Number(
      db
        .prepare(
          `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          meta.path,
          basename(meta.path),
          meta.format,
          meta.layout,
          meta.encoding,
          JSON.stringify(meta.header),
          '{}',
          JSON.stringify(meta.dialect),
          new Date().toISOString(),
        ).lastInsertRowid,
    );
    // Products get their pids here, in the order they were made, so rows can name them on insert.
    const pidBase = Number((db.prepare(`SELECT coalesce(max(pid), 0) AS m FROM products`).get() as { m: number }).m) + 1;
    // One INSERT per form (messages.ts InsertForm): it binds the canonical fields its products
    // fill and writes the rest as constants, like the source and "never edited" (ORIGINAL_IS_CURRENT).
    const inserts: { stmt: Statement; params: unknown[] }[] = [];
    const addForm = (f: InsertForm) => {
      const bound = (on: boolean, constant: string) => (on ? '?' : constant);
      const cols = f.fields.map((i) => `, "${CANONICAL_FIELDS[i]}"`).join('');
      const values = [
        '?',
        String(sourceId),
        '?',
        sqlText(ORIGINAL_IS_CURRENT),
        bound(f.cellMap === null, sqlText(f.cellMap ?? '')),
        bound(f.attrs, 'NULL'),
        bound(f.cells === true, typeof f.cells === 'string' ? sqlText(f.cells) : 'NULL'),
        ...f.fields.map(() => '?'),
      ];
      const stmt = db.prepare(
        `INSERT INTO products (pid, source_id, row_no, original, cell_map, attrs, cells${cols}) VALUES (${values.join(', ')})`,
      );
      inserts.push({ stmt, params: new Array<unknown>(values.filter((v) => v === '?').length) });
    };
    const insertRow = db.prepare(`INSERT INTO source_rows (source_id, row_no, cells, pid) VALUES (${sourceId}, ?, ?, ?)`);
    const rowParams: unknown[] = [0, '', null];
    // The import's shared cell maps (products name them '@n'), stored at the end in sources.cell_maps.
    const cellMaps: string[] = [];

    const store = (b: ImportBatch) => {
      for (const f of b.forms) addForm(f);
      for (const m of b.cellMaps) cellMaps.push(m);
      // Each product: its form's number, then its row and the values the form binds after the pid.
      const p = new PackedReader(b.products);
      while (!p.done) {
        const { stmt, params } = inserts[p.form()]!;
        params[0] = pidBase + products++;
        params[1] = p.rowNo();
        const n = params.length;
        for (let i = 2; i < n; i++) params[i] = p.value();
        // Values as arguments, not one array: better-sqlite3 reads an array's elements one V8 API
        // call each (measured: 2.6-2.9 µs a product against 3.0-3.4 µs).
        stmt.run(...params);
      }
      rows += b.productRows; // rows stored with their products
      const r = b.rows;
      for (let i = 0; i < r.length; i += 3) {
        const k = r[i + 2] as number;
        rowParams[0] = r[i];
        rowParams[1] = r[i + 1];
        rowParams[2] = k < 0 ? null : pidBase + k;
        insertRow.run(rowParams);
      }
      rows += r.length / 3;
      for (let i = 0; i < b.links.length; i += 2) linkRow.run(pidBase + b.links[i + 1]!, sourceId, b.links[i]!);
      const x = b.rejected;
      for (let i = 0; i < x.length; i += 3) {
        insertRejected.run(sourceId, x[i], x[i + 1], x[i + 2]);
        rejectedRows.push({ row: x[i] as number, error: x[i + 2] as string });
      }
    };

    for (;;) {
      const m = await source.next();
      if (opts.signal?.aborted) throw new CancelledError();
      // Only the reader's 'end' completes an import; a reader that just stops is a failure.
      if (!m) throw new Error(`import of ${meta.path} stopped before the end of the file`);
      if (m.type === 'end') {
        warnings = m.warnings;
        break;
      }
      if (m.type !== 'batch') continue;
      store(m);
      source.ack();
      if (opts.onProgress) {
        const p = meter.update(m.bytes);
        opts.onProgress({ rows, bytes: m.bytes, totalBytes: meta.totalBytes, bytesPerSecond: p.rate, etaSeconds: p.etaSeconds });
      }
    }
    if (opts.signal?.aborted) throw new CancelledError();
    db.prepare(`UPDATE sources SET mapping = ?, row_count = ?, rejected_count = ?, cell_maps = ? WHERE source_id = ?`).run(
      JSON.stringify(meta.mapping),
      rows,
      rejectedRows.length,
      `[${cellMaps.join(',')}]`,
      sourceId,
    );
    // The seller's edited mapping is reused for the next file with the same header.
    if (meta.mappingFrom === 'seller') saveMapping(db, meta.header, meta.layout, meta.mapping);
    load.beforeCommit();
    db.exec('COMMIT');
    opts.onProgress?.({
      rows,
      bytes: meta.totalBytes,
      totalBytes: meta.totalBytes,
      bytesPerSecond: meter.snapshot().rate,
      etaSeconds: 0,
    });
    return {
      sourceId,
      file: meta.path,
      products,
      rejected: rejectedRows.length,
      rows,
      layout: meta.layout,
      format: meta.format,
      encoding: meta.encoding,
      delimiter: meta.dialect.delimiter,
      mapping: meta.mapping,
      ...(meta.proposals ? { proposals: meta.proposals } : {}),
      ...(meta.mappingFrom ? { mappingFrom: meta.mappingFrom } : {}),
      rejectedRows,
      warnings,
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  } finally {
    load?.restore();
  }
}

/** Text as an SQL string literal. */
function sqlText(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
