/**
 * A problem with the seller's input, named precisely: file, row (or, for JSON and XML, line) and
 * column, and what was expected.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  /** Text files that are not grids (JSON, XML): the line an editor shows. */
  readonly line: number | undefined;
  /** A column name (grids) or, with `line`, a character position on that line. */
  readonly column: string | undefined;
  readonly expected: string | undefined;

  constructor(opts: { file: string; message: string; row?: number; line?: number; column?: string; expected?: string }) {
    const where = [
      opts.file,
      opts.row !== undefined ? `row ${opts.row}` : '',
      opts.line !== undefined ? `line ${opts.line}` : '',
      opts.column ? (opts.line !== undefined ? `column ${opts.column}` : `column "${opts.column}"`) : '',
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${opts.message}${opts.expected ? ` (expected ${opts.expected})` : ''}`);
    this.name = 'ImportError';
    this.file = opts.file;
    this.row = opts.row;
    this.line = opts.line;
    this.column = opts.column;
    this.expected = opts.expected;
  }
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
