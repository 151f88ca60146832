/** A problem with the seller's input, named precisely: file, row, column and what was expected. */
export class ImportError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly expected: string | undefined;

  constructor(opts: { file: string; message: string; row?: number; column?: string; expected?: string }) {
    const where = [opts.file, opts.row !== undefined ? `row ${opts.row}` : '', opts.column ? `column "${opts.column}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${opts.message}${opts.expected ? ` (expected ${opts.expected})` : ''}`);
    this.name = 'ImportError';
    this.file = opts.file;
    this.row = opts.row;
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
