import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import type { MappingFrom, SavedMappings } from './layouts/session.js';
import type { ColumnProposal, Dialect, ImportWarning } from './types.js';
import { noProducts, type PackedProducts } from './packed-products.js';

/**
 * What the import's producer (batches.ts, in a worker thread) and the inserting thread
 * (importer.ts) send each other: plain data, cheap to copy between threads. Kept apart from the
 * producer so the inserting thread does not load the readers and layouts.
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
 * How products are inserted: one prepared INSERT per form. A form binds the values of its canonical
 * fields (most fields are empty in most catalogs, and every bound value costs), and writes what is
 * the same for all its products (the shared cell map, no custom attributes, the stored cells of a
 * row its product reproduces entirely) as constants of the statement instead of binding them.
 */
export interface InsertForm {
  /** Canonical field indexes whose values are bound, ascending. */
  fields: number[];
  /** products.cell_map: this text for every product of the form, or bound (null). */
  cellMap: string | null;
  /** products.attrs is bound (else NULL: no custom attributes). */
  attrs: boolean;
  /** products.cells: bound (true), this text for every product, or NULL (the row is stored in source_rows). */
  cells: true | string | null;
}

/**
 * A batch of records. Products are numbered from 0 in the order they are made ("ordinals"), and
 * come in that order; the main thread turns ordinal k into pid base+k, so source rows can name
 * their product on insert.
 */
export interface ImportBatch {
  type: 'batch';
  /**
   * Flat triples for the rows not stored with their product: row number, cells as stored
   * (store/source-rows.ts), product ordinal (-1: the row is no product).
   */
  rows: (number | string)[];
  /**
   * The products (packed-products.ts): per product its form's number and row number, then what
   * the form binds in its order: cell map (its own JSON or a shared map's '@n'), attrs JSON or
   * null, the row's stored cells or null, then its fields' values. No originals: at import they
   * are the current values (store/products.ts ORIGINAL_IS_CURRENT).
   */
  products: PackedProducts;
  /** Forms first used in this batch, appended to the import's forms in order. */
  forms: InsertForm[];
  /** How many of the batch's products carry their row's cells (products.cells), so `rows` does not. */
  productRows: number;
  /** Cell maps (JSON) first used in this batch, appended to the import's shared maps in order. */
  cellMaps: string[];
  /** Flat pairs (row number, product ordinal) for rows sent before their product was made. */
  links: number[];
  /** Flat triples: row number, raw text, error. */
  rejected: (number | string)[];
  /** Records read so far (rows and rejected), and bytes of the file read so far. */
  records: number;
  bytes: number;
}

/** A batch with nothing in it yet. */
export function emptyBatch(): ImportBatch {
  return {
    type: 'batch',
    rows: [],
    products: noProducts(),
    forms: [],
    productRows: 0,
    cellMaps: [],
    links: [],
    rejected: [],
    records: 0,
    bytes: 0,
  };
}

/** Before the meta, from a reader that reads its file twice: how far its first reading has gone. */
export interface ImportScan {
  type: 'scan';
  bytes: number;
  totalBytes: number;
}

export interface ImportEnd {
  type: 'end';
  bytes: number;
  /** What the reader noticed while reading (e.g. bytes that are not valid in the encoding). */
  warnings: ImportWarning[];
}

export type ImportMessage = ImportScan | ImportMeta | ImportBatch | ImportEnd;
