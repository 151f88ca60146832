import type { LayoutName, SourceFormat, ColumnMapping } from '../../../shared/layouts.js';
import type { ProductValues } from '../../../shared/fields.js';
import type { FlatRows } from './layouts/flat.js';

/** One record as read from the source: its spreadsheet row number (header = 1) and its cells. */
export interface RawRow {
  rowNo: number;
  cells: string[];
}

/** A record the reader could not read; it is kept aside and reported, never dropped silently. */
export interface UnreadableRow {
  rowNo: number;
  raw: string;
  error: string;
  /** The cells, when the record could be split into cells (kept in the file's rows for the round trip). */
  cells?: string[];
}

/** Something the seller should know about a file that still imported (e.g. bytes that are not valid UTF-8). */
export interface ImportWarning {
  row?: number;
  message: string;
}

/** How the source was written, so `source` export can write it back the same way. */
export interface Dialect {
  delimiter?: string;
  quote?: string;
  lineEnding?: '\n' | '\r\n' | '\r';
  bom?: boolean;
  sheet?: string;
  /** Rows above the header (Amazon flat files carry template rows there); written back verbatim. */
  preamble?: string[][];
  /** The file has no header row: column names were made up, `source` export writes none back. */
  headerless?: boolean;
  /** Format-specific details a writer needs to reproduce the source (e.g. XML root/item names). */
  [extra: string]: unknown;
}

/** An opened source: what it is and a stream of its records. */
export interface SourceReader {
  path: string;
  format: SourceFormat;
  encoding: string;
  dialect: Dialect;
  header: string[];
  /** Records in file order. Unreadable ones arrive as `{ unreadable }` so the importer can keep them aside. */
  rows: AsyncIterable<RawRow | { unreadable: UnreadableRow }>;
  /** The same records as the reader has them, several at a time (cheaper for a million); consume `rows` or this. */
  batches?: AsyncIterable<(RawRow | { unreadable: UnreadableRow })[]>;
  /** Bytes read so far / total, for progress. */
  progress(): { done: number; total: number };
  /** Filled while `rows` is read; complete once it ends. */
  warnings?: ImportWarning[];
}

export interface ReadOptions {
  encoding?: string;
  sheet?: string;
  signal?: AbortSignal;
  /**
   * A reader that reads its file twice (names first, then rows: XML feeds, JSON lists) reports its
   * first reading here while it opens, in the units of its `progress()`, where the first reading
   * is the first half of the work.
   */
  onScan?: (done: number, total: number) => void;
}

/** A product produced from one or more raw rows. */
export interface MappedProduct {
  rowNo: number;
  values: ProductValues;
  /** field or attribute -> index of the column its value came from (for writing fixes back). */
  cellMap: Record<string, number>;
}

/** Output of a layout's row mapper for one pushed row. */
export interface MapResult {
  /** Products now complete (a Shopify group is complete when the next handle starts). */
  products: MappedProduct[];
}

/** Why a column maps where it does: shown to the seller beside the mapping so they can correct it. */
export interface ColumnProposal {
  /** The key of this column in the mapping (its header; `column N` when blank or repeated). */
  column: string;
  index: number;
  /** Canonical field or custom attribute name; null = ignored. */
  field: string | null;
  /** 0..1: how sure the proposal is. */
  confidence: number;
  reason: string;
  from: 'layout' | 'header' | 'values' | 'custom' | 'seller' | 'saved';
}

export interface RowMapper {
  readonly mapping: ColumnMapping;
  /** One entry per column, in header order (layouts that know why they map a column say so). */
  readonly proposals?: ColumnProposal[];
  push(row: RawRow): MapResult;
  finish(): MapResult;
  /** One-row-per-product layouts: the compiled plan, which the importer runs without a MappedProduct per row. */
  readonly flat?: FlatRows;
}

export interface Layout {
  name: LayoutName;
  /** 0..1: how sure this layout is that the header is its own. */
  detect(header: string[]): number;
  createMapper(header: string[], sample: RawRow[], override?: ColumnMapping): RowMapper;
}
