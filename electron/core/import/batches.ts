import { chooseMapping } from './layouts/session.js';
import { openSource } from './readers/index.js';
import { oneByOne } from './readers/table.js';
import type { MappedProduct, RawRow, UnreadableRow } from './types.js';
import { emptyBatch, type ImportMessage, type ImportRequest } from './messages.js';
import { BLANK_ROW, SPLIT_ROW } from './layouts/flat.js';
import { ProductRows, type CellMapEntry } from './product-rows.js';
import { BATCH_TEXT } from './packed-products.js';

/*
 * The CPU half of an import: read, tokenize and map the file, and turn every record into the
 * exact values the database rows need (JSON already encoded). It runs in a worker thread while
 * the main thread inserts (importer.ts), or inline when no worker can be started.
 */

const SAMPLE_ROWS = 200;
const BATCH_RECORDS = 500;

/**
 * Produces the import as messages through `send`; awaits it, so the receiver can hold the producer
 * back (bounded memory) by not resolving until it has room.
 */
export async function produceImport(req: ImportRequest, send: (m: ImportMessage) => Promise<void> | void): Promise<void> {
  // A two-pass reader's first reading, passed on every 1% of the work at most.
  let scanned = 0;
  const onScan = (done: number, total: number) => {
    if (done - scanned < total / 100) return;
    scanned = done;
    void send({ type: 'scan', bytes: done, totalBytes: total });
  };
  const reader = await openSource(req.file, { encoding: req.encoding, sheet: req.sheet, onScan });
  // Records as the reader has them, several at a time where it can (one promise per batch, not per record).
  const iterator = (reader.batches ?? oneByOne(reader.rows))[Symbol.asyncIterator]();
  try {
    // Look at the first rows before choosing how to map values.
    const buffered: (RawRow | { unreadable: UnreadableRow })[] = [];
    const sample: RawRow[] = [];
    while (sample.length < SAMPLE_ROWS) {
      const r = await iterator.next();
      if (r.done) break;
      for (const x of r.value) {
        buffered.push(x);
        if ('cells' in x && sample.length < SAMPLE_ROWS) sample.push(x);
      }
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
    const encoder = new ProductRows();
    encoder.into(batch);
    let records = 0;
    let ordinal = 0;
    // Rows wait here until the mapper has made their product (a Shopify group is complete only
    // when the next handle starts); layouts make products in row order, so once a product for
    // row R exists, every pending row up to R is final.
    const pendingRows: number[] = [];
    const pendingCells: (string[] | null)[] = []; // null: stored with its product
    const productOf = new Map<number, Made>();
    let lastProductRow = 0;
    let flushedUpTo = 0;
    // Most rows are a product made as soon as the row is read: it waits here, not in productOf.
    let currentRow = -1;
    let current: Made | undefined;

    const addProducts = (products: MappedProduct[]) => {
      for (const p of products) {
        const k = ordinal++;
        // The product's row, while it waits: stored with the product when the order allows (product-rows.ts).
        let at = -1;
        if (p.rowNo > flushedUpTo)
          for (let i = pendingRows.length - 1; i >= 0 && at < 0; i--) if (pendingRows[i] === p.rowNo) at = i;
        const cells = at >= 0 ? (pendingCells[at] ?? undefined) : undefined;
        const { entry, withRow } = encoder.product(k, p, cells);
        if (withRow) pendingCells[at] = null;
        const made = { k, p, entry };
        if (p.rowNo <= flushedUpTo) batch.links.push(p.rowNo, k);
        else if (p.rowNo === currentRow) current = made;
        else productOf.set(p.rowNo, made);
        if (p.rowNo > lastProductRow) lastProductRow = p.rowNo;
      }
    };
    const flushRows = (upTo: number) => {
      let kept = 0;
      for (let i = 0; i < pendingRows.length; i++) {
        const rowNo = pendingRows[i]!;
        if (rowNo > upTo) {
          pendingRows[kept] = rowNo;
          pendingCells[kept++] = pendingCells[i] ?? null;
          continue;
        }
        let made: Made | undefined;
        if (rowNo === currentRow) made = current;
        else if (productOf.size) {
          made = productOf.get(rowNo);
          if (made) productOf.delete(rowNo);
        }
        const cells = pendingCells[i];
        if (cells) encoder.row(rowNo, cells, made ? made.k : -1, made);
        if (rowNo > flushedUpTo) flushedUpTo = rowNo;
      }
      pendingRows.length = kept;
      pendingCells.length = kept;
    };
    // One-row-per-product layouts: a row with nothing pending before it becomes its product and
    // its stored row right away, without a MappedProduct (layouts/flat.ts).
    const flat = mapper.flat;
    const values: string[] = [];
    const how = new Uint8Array(flat?.slots ?? 0);
    const handleFlat = (r: RawRow): boolean => {
      const key = flat!.read(r.cells, values, how);
      if (key === SPLIT_ROW) return false;
      if (key === BLANK_ROW) encoder.row(r.rowNo, r.cells, -1);
      else {
        encoder.flat(flat!, ordinal++, r.rowNo, r.cells, values, how, key);
        lastProductRow = r.rowNo;
      }
      flushedUpTo = r.rowNo;
      return true;
    };
    /** Takes one record; true when the batch is full and must be sent. */
    const handle = (r: RawRow | { unreadable: UnreadableRow }): boolean => {
      records++;
      if ('unreadable' in r) {
        batch.rejected.push(r.unreadable.rowNo, r.unreadable.raw, r.unreadable.error);
        // A row kept aside that could be split into cells stays among the file's rows, so `source` export writes it back.
        if (r.unreadable.cells) {
          pendingRows.push(r.unreadable.rowNo);
          pendingCells.push(r.unreadable.cells);
        }
      } else if (!(flat && pendingRows.length === 0 && handleFlat(r))) {
        pendingRows.push(r.rowNo);
        pendingCells.push(r.cells);
        currentRow = r.rowNo;
        current = undefined;
        addProducts(mapper.push(r).products);
        if (lastProductRow > flushedUpTo) flushRows(lastProductRow);
        currentRow = -1;
      }
      return records % BATCH_RECORDS === 0 || encoder.textLength >= BATCH_TEXT;
    };
    const sendFull = async () => {
      const full = batch;
      batch = emptyBatch();
      encoder.into(batch);
      full.records = records;
      full.bytes = reader.progress().done;
      await send(full);
    };

    for (const r of buffered) if (handle(r)) await sendFull();
    for (;;) {
      const r = await iterator.next();
      if (r.done) break;
      for (const x of r.value) if (handle(x)) await sendFull();
    }
    addProducts(mapper.finish().products);
    flushRows(Infinity);
    encoder.seal();
    batch.records = records;
    batch.bytes = reader.progress().done;
    await send(batch);
    await send({ type: 'end', bytes: reader.progress().total, warnings: reader.warnings ?? [] });
  } finally {
    await iterator.return?.();
  }
}

/** A product made from pending rows, with its ordinal and cell map entry (for its row). */
interface Made {
  k: number;
  p: MappedProduct;
  entry: CellMapEntry;
}
