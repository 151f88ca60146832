import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import type { MappingFrom, SavedMappings } from './layouts/session.js';
import type { ColumnProposal, Dialect, ImportWarning } from './types.js';

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
 * A batch of records. Products are numbered from 0 in the order they are made ("ordinals"); the
 * main thread turns ordinal k into pid base+k, so source rows can name their product on insert.
 */
export interface ImportBatch {
  type: 'batch';
  /**
   * Flat triples for the rows not stored with their product: row number, cells as stored
   * (store/source-rows.ts), product ordinal (-1: the row is no product).
   */
  rows: (number | string)[];
  /**
   * The products, one after another in one flat array (one array per batch, not per product, is
   * cheaper to copy between threads): ordinal, row number, shape, cell map (a number: the n-th of
   * the import's shared maps; a string: its own JSON), attrs JSON or null, its row's stored cells
   * or null (the row is in `rows`), then the values of the shape's fields in its order. A shape is
   * the set of canonical fields a product fills: products of one shape share one INSERT that binds
   * only those columns (most fields are empty in most catalogs, and every bound value costs). No
   * originals: at import they are the current values (store/products.ts ORIGINAL_IS_CURRENT).
   */
  products: (number | string | null)[];
  /** Shapes first used in this batch (canonical field indexes, ascending), appended to the import's shapes in order. */
  shapes: number[][];
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

export interface ImportEnd {
  type: 'end';
  bytes: number;
  /** What the reader noticed while reading (e.g. bytes that are not valid in the encoding). */
  warnings: ImportWarning[];
}

export type ImportMessage = ImportMeta | ImportBatch | ImportEnd;

/** Where a product's values start in ImportBatch.products, after ordinal, row, shape, cell map, attrs and cells. */
export const PRODUCT_VALUES_AT = 6;
