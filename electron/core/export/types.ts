import type { Db } from '../store/index.js';

export type ExportFormat = 'csv' | 'tsv' | 'xml';

export interface ExportOptions {
  profile: string;
  out: string;
  format?: ExportFormat;
  bom?: boolean;
  formulaGuard?: boolean;
}

/** Products written without a value the marketplace requires, and values the writer could not convert. */
export interface ExportWarnings {
  /** Column -> number of products written with that required column blank. */
  missing: Record<string, number>;
  /** Message -> number of products, with the first value that caused it. */
  notes: Record<string, { products: number; example: string }>;
  /** Rows of the source that could not be read at import (kept aside, so not products). */
  keptAside?: KeptAside;
}

export interface KeptAside {
  /** Written back as they were in the file (the source profile, in the file's own delimiter). */
  written: number;
  /** Not in this export. */
  left: number;
  /** The first few of each, as `row 7 of catalog.csv`. */
  writtenRows: string[];
  leftRows: string[];
}

/** What a feed writer produces: the text, in chunks, and how many product rows it wrote. */
export interface RenderedFeed {
  format: ExportFormat | 'source';
  chunks: Iterable<string>;
  /** Filled in while `chunks` is consumed. */
  stats: { rows: number; warnings?: ExportWarnings };
}

/** One marketplace's feed writer. `guard` is the formula guard to apply to every cell (or identity). */
export interface FeedWriter {
  profile: string;
  formats: readonly ExportFormat[];
  render(db: Db, opts: { format: ExportFormat | undefined; guard: (cell: string) => string }): RenderedFeed;
}
