import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import { CANONICAL_FIELDS, isCanonicalField } from '../../../shared/fields.js';
import { chooseMapping, type MappingFrom, type SavedMappings } from './layouts/session.js';
import { openSource } from './readers/index.js';
import type { ColumnProposal, Dialect, ImportWarning, MappedProduct, RawRow, UnreadableRow } from './types.js';

/**
 * The CPU half of an import: read, tokenize and map the file, and turn every record into the
 * exact values the database rows need (JSON already encoded). It runs in a worker thread while
 * the main thread inserts (importer.ts), or inline when no worker can be started. Everything
 * it sends is plain data, cheap to copy between threads.
 */
export interface ImportRequest {
  file: string;
  encoding?: string;
  sheet?: string;
  layout?: LayoutName | 'auto';
  mapping?: ColumnMapping;
  /** The project's saved mappings by header signature (the worker cannot read the project). */
  saved?: SavedMappings;
}

/** First message: what the file is and how it maps. */
export interface ImportMeta {
  type: 'meta';
  path: string;
  format: string;
  encoding: string;
  dialect: Dialect;
  header: string[];
  layout: LayoutName;
  mapping: ColumnMapping;
  proposals?: ColumnProposal[];
  mappingFrom?: MappingFrom;
  totalBytes: number;
}

/**
 * A batch of records. Products are numbered from 0 in the order they are made ("ordinals"); the
 * main thread turns ordinal k into pid base+k, so source rows can name their product on insert.
 */
export interface ImportBatch {
  type: 'batch';
  /** Flat triples: row number, cells as a JSON array, product ordinal (-1: the row is no product). */
  rows: (number | string)[];
  /**
   * One array per product: [ordinal, row number, attrs JSON or null, original JSON, cell_map JSON,
   * then (field index, value) pairs for its non-empty canonical fields]. Sparse, because most of
   * the canonical fields are empty in most catalogs and every value costs a copy between threads.
   */
  products: (number | string | null)[][];
  /** Flat pairs (row number, product ordinal) for rows sent before their product was made. */
  links: number[];
  /** Flat triples: row number, raw text, error. */
  rejected: (number | string)[];
  /** Records read so far (rows and rejected), and bytes of the file read so far. */
  records: number;
  bytes: number;
}

export interface ImportEnd {
  type: 'end';
  bytes: number;
  /** What the reader noticed while reading (e.g. bytes that are not valid in the encoding). */
  warnings: ImportWarning[];
}

export type ImportMessage = ImportMeta | ImportBatch | ImportEnd;

/** Column order of the product insert: PRODUCT_FIELDS_AT + i is CANONICAL_FIELDS[i]. */
export const PRODUCT_COLUMNS = ['pid', 'source_id', 'row_no', 'attrs', 'original', 'cell_map', ...CANONICAL_FIELDS] as const;
export const PRODUCT_FIELDS_AT = 6;

const SAMPLE_ROWS = 200;
const BATCH_RECORDS = 1000;

/**
 * Produces the import as messages through `send`; awaits it, so the receiver can hold the producer
 * back (bounded memory) by not resolving until it has room.
 */
export async function produceImport(req: ImportRequest, send: (m: ImportMessage) => Promise<void> | void): Promise<void> {
  const reader = await openSource(req.file, { encoding: req.encoding, sheet: req.sheet });
  const iterator = reader.rows[Symbol.asyncIterator]();
  try {
    // Look at the first rows before choosing how to map values.
    const buffered: (RawRow | { unreadable: UnreadableRow })[] = [];
    const sample: RawRow[] = [];
    while (sample.length < SAMPLE_ROWS) {
      const r = await iterator.next();
      if (r.done) break;
      buffered.push(r.value);
      if ('cells' in r.value) sample.push(r.value);
    }
    const { layout, mapper, mappingFrom } = chooseMapping(req.saved, reader.path, reader.header, sample, req);
    await send({
      type: 'meta',
      path: reader.path,
      format: reader.format,
      encoding: reader.encoding,
      dialect: reader.dialect,
      header: reader.header,
      layout: layout.name,
      mapping: mapper.mapping,
      ...(mapper.proposals ? { proposals: mapper.proposals } : {}),
      mappingFrom,
      totalBytes: reader.progress().total,
    });

    let batch = emptyBatch();
    let records = 0;
    let ordinal = 0;
    // Rows wait here until the mapper has made their product (a Shopify group is complete only
    // when the next handle starts); layouts make products in row order, so once a product for
    // row R exists, every pending row up to R is final.
    let pending: { rowNo: number; cells: string }[] = [];
    const productOf = new Map<number, number>();
    let lastProductRow = 0;
    let flushedUpTo = 0;

    const addProducts = (products: MappedProduct[]) => {
      for (const p of products) {
        const k = ordinal++;
        batch.products.push(productParams(k, p));
        if (p.rowNo <= flushedUpTo) batch.links.push(p.rowNo, k);
        else productOf.set(p.rowNo, k);
        if (p.rowNo > lastProductRow) lastProductRow = p.rowNo;
      }
    };
    const flushRows = (upTo: number) => {
      let kept = 0;
      for (const r of pending) {
        if (r.rowNo > upTo) {
          pending[kept++] = r;
          continue;
        }
        const k = productOf.get(r.rowNo);
        if (k !== undefined) productOf.delete(r.rowNo);
        batch.rows.push(r.rowNo, r.cells, k ?? -1);
        if (r.rowNo > flushedUpTo) flushedUpTo = r.rowNo;
      }
      pending.length = kept;
    };
    const handle = async (r: RawRow | { unreadable: UnreadableRow }) => {
      records++;
      if ('unreadable' in r) {
        batch.rejected.push(r.unreadable.rowNo, r.unreadable.raw, r.unreadable.error);
        // A row kept aside that could be split into cells stays among the file's rows, so `source` export writes it back.
        if (r.unreadable.cells) pending.push({ rowNo: r.unreadable.rowNo, cells: JSON.stringify(r.unreadable.cells) });
      } else {
        pending.push({ rowNo: r.rowNo, cells: JSON.stringify(r.cells) });
        addProducts(mapper.push(r).products);
        if (lastProductRow > flushedUpTo) flushRows(lastProductRow);
      }
      if (records % BATCH_RECORDS === 0) {
        const full = batch;
        batch = emptyBatch();
        full.records = records;
        full.bytes = reader.progress().done;
        await send(full);
      }
    };

    for (const r of buffered) await handle(r);
    for (;;) {
      const r = await iterator.next();
      if (r.done) break;
      await handle(r.value);
    }
    addProducts(mapper.finish().products);
    flushRows(Infinity);
    pending = [];
    batch.records = records;
    batch.bytes = reader.progress().done;
    await send(batch);
    await send({ type: 'end', bytes: reader.progress().total, warnings: reader.warnings ?? [] });
  } finally {
    await iterator.return?.();
  }
}

function emptyBatch(): ImportBatch {
  return { type: 'batch', rows: [], products: [], links: [], rejected: [], records: 0, bytes: 0 };
}

/** One product for ImportBatch.products. */
function productParams(ordinal: number, p: MappedProduct): (number | string | null)[] {
  let attrs: Record<string, string> | null = null;
  for (const k in p.values) {
    const v = p.values[k];
    if (v && !isCanonicalField(k)) (attrs ??= {})[k] = v;
  }
  const out: (number | string | null)[] = [
    ordinal,
    p.rowNo,
    attrs ? JSON.stringify(attrs) : null,
    JSON.stringify(p.values),
    JSON.stringify(p.cellMap),
  ];
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) {
    const v = p.values[CANONICAL_FIELDS[i]!];
    if (v) out.push(i, v);
  }
  return out;
}
