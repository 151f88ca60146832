import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import { chooseMapping } from './layouts/session.js';
import { openSource } from './readers/index.js';
import type { MappedProduct, RawRow, UnreadableRow } from './types.js';
import type { ImportBatch, ImportMessage, ImportRequest } from './messages.js';

/*
 * The CPU half of an import: read, tokenize and map the file, and turn every record into the
 * exact values the database rows need (JSON already encoded). It runs in a worker thread while
 * the main thread inserts (importer.ts), or inline when no worker can be started.
 */

const SAMPLE_ROWS = 200;
const BATCH_RECORDS = 1000;
/**
 * Most products of a file share one of a few cell maps (the columns their values came from), so
 * each distinct map is stored once per source; past this many, a product keeps its own (e.g. a
 * very sparse file where every product fills a different set of columns).
 */
const MAX_SHARED_CELL_MAPS = 4096;

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
    const sharedMaps = new Map<string, number>();
    // The previous product's map: consecutive products nearly always share one, and comparing is cheaper than encoding.
    let last: { map: Record<string, number>; keys: number; n: number } | null = null;
    const cellMapOf = (p: MappedProduct): number | string => {
      if (last && sameCellMap(p.cellMap, last.map, last.keys)) return last.n;
      const json = JSON.stringify(p.cellMap);
      let n = sharedMaps.get(json);
      if (n === undefined) {
        if (sharedMaps.size >= MAX_SHARED_CELL_MAPS) return json;
        sharedMaps.set(json, (n = sharedMaps.size));
        batch.cellMaps.push(json);
      }
      last = { map: p.cellMap, keys: Object.keys(p.cellMap).length, n };
      return n;
    };
    // Rows wait here until the mapper has made their product (a Shopify group is complete only
    // when the next handle starts); layouts make products in row order, so once a product for
    // row R exists, every pending row up to R is final.
    // (Row numbers and cells JSON side by side: no object per row.)
    const pendingRows: number[] = [];
    const pendingCells: string[] = [];
    const productOf = new Map<number, number>();
    let lastProductRow = 0;
    let flushedUpTo = 0;
    // Most rows are a product made as soon as the row is read: its ordinal waits here, not in productOf.
    let currentRow = -1;
    let currentOrdinal = -1;

    const addProducts = (products: MappedProduct[]) => {
      for (const p of products) {
        const k = ordinal++;
        pushProduct(batch.products, k, p, cellMapOf(p));
        if (p.rowNo <= flushedUpTo) batch.links.push(p.rowNo, k);
        else if (p.rowNo === currentRow) currentOrdinal = k;
        else productOf.set(p.rowNo, k);
        if (p.rowNo > lastProductRow) lastProductRow = p.rowNo;
      }
    };
    const flushRows = (upTo: number) => {
      let kept = 0;
      for (let i = 0; i < pendingRows.length; i++) {
        const rowNo = pendingRows[i]!;
        if (rowNo > upTo) {
          pendingRows[kept] = rowNo;
          pendingCells[kept++] = pendingCells[i]!;
          continue;
        }
        let k = -1;
        if (rowNo === currentRow && currentOrdinal >= 0) k = currentOrdinal;
        else if (productOf.size) {
          k = productOf.get(rowNo) ?? -1;
          if (k >= 0) productOf.delete(rowNo);
        }
        batch.rows.push(rowNo, pendingCells[i]!, k);
        if (rowNo > flushedUpTo) flushedUpTo = rowNo;
      }
      pendingRows.length = kept;
      pendingCells.length = kept;
    };
    /** Takes one record; true when the batch is full and must be sent. */
    const handle = (r: RawRow | { unreadable: UnreadableRow }): boolean => {
      records++;
      if ('unreadable' in r) {
        batch.rejected.push(r.unreadable.rowNo, r.unreadable.raw, r.unreadable.error);
        // A row kept aside that could be split into cells stays among the file's rows, so `source` export writes it back.
        if (r.unreadable.cells) {
          pendingRows.push(r.unreadable.rowNo);
          pendingCells.push(JSON.stringify(r.unreadable.cells));
        }
      } else {
        pendingRows.push(r.rowNo);
        pendingCells.push(JSON.stringify(r.cells));
        currentRow = r.rowNo;
        currentOrdinal = -1;
        addProducts(mapper.push(r).products);
        if (lastProductRow > flushedUpTo) flushRows(lastProductRow);
        currentRow = -1;
      }
      return records % BATCH_RECORDS === 0;
    };
    const sendFull = async () => {
      const full = batch;
      batch = emptyBatch();
      full.records = records;
      full.bytes = reader.progress().done;
      await send(full);
    };

    for (const r of buffered) if (handle(r)) await sendFull();
    for (;;) {
      const r = await iterator.next();
      if (r.done) break;
      if (handle(r.value)) await sendFull();
    }
    addProducts(mapper.finish().products);
    flushRows(Infinity);
    batch.records = records;
    batch.bytes = reader.progress().done;
    await send(batch);
    await send({ type: 'end', bytes: reader.progress().total, warnings: reader.warnings ?? [] });
  } finally {
    await iterator.return?.();
  }
}

/** Whether a cell map has exactly `bKeys` entries, all equal to b's. */
function sameCellMap(a: Record<string, number>, b: Record<string, number>, bKeys: number): boolean {
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  return n === bKeys;
}

function emptyBatch(): ImportBatch {
  return { type: 'batch', rows: [], products: [], cellMaps: [], links: [], rejected: [], records: 0, bytes: 0 };
}

const FIELD_INDEX = new Map<string, number>(CANONICAL_FIELDS.map((f, i) => [f, i]));

/** Appends one product to ImportBatch.products (layout in messages.ts), in one pass over its values. */
function pushProduct(out: (number | string | null)[], ordinal: number, p: MappedProduct, cellMap: number | string): void {
  const at = out.length;
  out.push(ordinal, p.rowNo, null, cellMap, 0);
  let attrs: Record<string, string> | null = null;
  let pairs = 0;
  for (const k in p.values) {
    const v = p.values[k];
    if (!v) continue;
    const i = FIELD_INDEX.get(k);
    if (i === undefined) (attrs ??= {})[k] = v;
    else {
      out.push(i, v);
      pairs++;
    }
  }
  if (attrs) out[at + 2] = JSON.stringify(attrs);
  out[at + 4] = pairs;
}
