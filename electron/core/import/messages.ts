import type { ColumnMapping, LayoutName } from '../../../shared/layouts.js';
import { CANONICAL_FIELDS } from '../../../shared/fields.js';
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
  /** Flat triples: row number, cells as a JSON array, product ordinal (-1: the row is no product). */
  rows: (number | string)[];
  /**
   * The products, one after another in one flat array (one array per batch, not per product, is
   * cheaper to copy between threads): ordinal, row number, attrs JSON or null, cell map (a number:
   * the n-th of the import's shared maps; a string: its own JSON), the number of pairs that follow,
   * then (field index, value) pairs for its non-empty canonical fields. Sparse, because most of the
   * canonical fields are empty in most catalogs and every value costs a copy. No originals: at
   * import they are the current values (store/products.ts ORIGINAL_IS_CURRENT).
   */
  products: (number | string | null)[];
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

/** Column order of the product insert: PRODUCT_FIELDS_AT + i is CANONICAL_FIELDS[i]. */
export const PRODUCT_COLUMNS = ['pid', 'source_id', 'row_no', 'attrs', 'original', 'cell_map', ...CANONICAL_FIELDS] as const;
/** Where a product's (field index, value) pairs start in ImportBatch.products, after its count at PAIRS_AT - 1. */
export const PRODUCT_PAIRS_AT = 5;
export const PRODUCT_FIELDS_AT = 6;
