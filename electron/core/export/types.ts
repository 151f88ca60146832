import type { Db } from '../store/index.js';

export type ExportFormat = 'csv' | 'tsv' | 'xml';

export interface ExportOptions {
  profile: string;
  out: string;
  format?: ExportFormat;
  bom?: boolean;
  formulaGuard?: boolean;
}

/** What a feed writer produces: the text, in chunks, and how many product rows it wrote. */
export interface RenderedFeed {
  format: ExportFormat | 'source';
  chunks: Iterable<string>;
  /** Filled in while `chunks` is consumed. */
  stats: { rows: number };
}

/** One marketplace's feed writer. `guard` is the formula guard to apply to every cell (or identity). */
export interface FeedWriter {
  profile: string;
  formats: readonly ExportFormat[];
  render(db: Db, opts: { format: ExportFormat | undefined; guard: (cell: string) => string }): RenderedFeed;
}
