/**
 * RFC 4180 tokenizer over decoded text chunks.
 *
 * Hand-written on purpose: on this machine csv-parse alone needs 9.4 s for a 1,000,000-row,
 * 12-column catalog (toolchain.md, Baseline 1), while the sqlite3 CLI imports the same file in
 * 3.5-4.1 s, so the parser alone would miss issue 2's "within 2x of sqlite3" target. This tokenizer
 * splits lines without quotes with the engine's native `indexOf`/`split`, and jumps through quoted
 * cells with `indexOf`, which makes it several times faster (see BENCHMARKS.md, "parse only").
 *
 * Behaviour (the same as the csv-parse options the reader used before: relaxed quotes and column
 * counts, blank lines kept as a record with one empty cell):
 * - A cell that starts with the quote character is quoted: delimiters and line breaks inside it are
 *   text, a doubled quote is one quote. A quote anywhere else in a cell is plain text.
 * - Records end at LF; a CR right before the LF is dropped (CRLF files, and files that mix both).
 *   With `lineEnding: '\r'` (classic Mac files) records end at CR instead.
 * - Records may have any number of cells; a trailing delimiter gives a last empty cell.
 * - A record that cannot be read is reported through `unreadable(raw, error)` with its raw text,
 *   never dropped: text after a closing quote (`"a"b,`), or a quoted cell still open at the end of
 *   the file. Each call to `record` or `unreadable` is one record, in file order, so the caller
 *   numbers rows by counting calls.
 * - Chunks may be cut anywhere (inside a quoted cell, between CR and LF, between two quotes).
 */
export interface CsvSink {
  record(cells: string[]): void;
  unreadable(raw: string, error: string): void;
}

export interface CsvTokenizerOptions {
  delimiter: string;
  quote?: string;
  lineEnding?: '\n' | '\r\n' | '\r';
}

// Scanner states.
const RECORD_START = 0; // nothing of the next record seen yet
const FIELD_START = 1; // right after a delimiter (or at a record start on the slow path)
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTED_QUOTE = 4; // a quote ended the previous chunk inside a quoted cell: doubled or closing?
const AFTER_CLOSE = 5; // after a closing quote: expect a delimiter or the end of the record

const CR = 13;
/**
 * "No more of this character in the chunk": past any string index, and a small integer, unlike
 * Infinity. The optimised scanner first meets it at a chunk's end; a double there threw that code
 * away and compiled the scanner again (about 20 ms of the second core at each import).
 */
const NOT_FOUND = 0x3fffffff;

export class CsvTokenizer {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly quote: string;
  private readonly quoteCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;
  /** Drop a CR before the LF that ends a record (not when CR itself ends records). */
  private readonly stripCr: boolean;

  // State carried from one chunk to the next while a record is cut by the chunk boundary.
  private state = RECORD_START;
  private cells: string[] = [];
  private field = '';
  private raw = '';
  private problem: string | null = null;

  constructor(opts: CsvTokenizerOptions) {
    if (opts.delimiter.length !== 1)
      throw new Error(`the delimiter must be one character, not ${JSON.stringify(opts.delimiter)}`);
    this.delimiter = opts.delimiter;
    this.delimiterCode = opts.delimiter.charCodeAt(0);
    this.quote = opts.quote ?? '"';
    this.quoteCode = this.quote.charCodeAt(0);
    this.newline = opts.lineEnding === '\r' ? '\r' : '\n';
    this.newlineCode = this.newline.charCodeAt(0);
    this.stripCr = this.newline === '\n';
  }

  /** Tokenizes the next chunk of text; complete records go to `sink`, a cut one waits for the next chunk. */
  push(chunk: string, sink: CsvSink): void {
    this.scan(chunk, sink, false);
  }

  /** The end of the text: the last record (without a final line break) is completed. */
  end(sink: CsvSink): void {
    this.scan('', sink, true);
  }

  private scan(s: string, sink: CsvSink, final: boolean): void {
    const n = s.length;
    const { delimiter, quote, newline, delimiterCode, quoteCode, newlineCode, stripCr } = this;
    let state = this.state;
    let cells = this.cells;
    let field = this.field;
    let i = 0;
    let recordStart = 0; // where the current record starts in `s` (0 when it began in an earlier chunk)
    let segment = 0; // start of the current cell's text not yet copied into `field`
    let nextQuote = -1; // caches of the next quote / newline / delimiter at or after some index
    let nextNewline = -1;
    let nextDelimiter = -1;

    for (;;) {
      if (state === RECORD_START) {
        if (i >= n) break;
        // Fast path: a whole line without any quote is split natively.
        if (nextNewline < i) {
          nextNewline = s.indexOf(newline, i);
          if (nextNewline === -1) nextNewline = NOT_FOUND;
        }
        if (nextQuote < i) {
          nextQuote = s.indexOf(quote, i);
          if (nextQuote === -1) nextQuote = NOT_FOUND;
        }
        if (nextNewline !== NOT_FOUND && nextQuote > nextNewline) {
          let end = nextNewline;
          if (stripCr && end > i && s.charCodeAt(end - 1) === CR) end--;
          sink.record(s.slice(i, end).split(delimiter));
          i = nextNewline + 1;
          continue;
        }
        recordStart = i;
        cells = [];
        field = '';
        state = FIELD_START;
      }

      if (state === FIELD_START) {
        if (i >= n) {
          if (!final) break;
          cells.push(''); // a trailing delimiter at the very end of the file
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        if (s.charCodeAt(i) === quoteCode) {
          state = QUOTED;
          i++;
        } else state = UNQUOTED;
        segment = i;
        field = '';
      }

      if (state === UNQUOTED) {
        if (nextNewline < i) {
          nextNewline = s.indexOf(newline, i);
          if (nextNewline === -1) nextNewline = NOT_FOUND;
        }
        if (nextDelimiter < i) {
          nextDelimiter = s.indexOf(delimiter, i);
          if (nextDelimiter === -1) nextDelimiter = NOT_FOUND;
        }
        const end = nextDelimiter < nextNewline ? nextDelimiter : nextNewline;
        if (end === NOT_FOUND) {
          field += s.slice(segment, n);
          if (!final) {
            i = n;
            break;
          }
          cells.push(stripCr && field.charCodeAt(field.length - 1) === CR ? field.slice(0, -1) : field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        let value = field + s.slice(segment, end);
        if (end === nextDelimiter) {
          cells.push(value);
          i = end + 1;
          state = FIELD_START;
          continue;
        }
        if (stripCr && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
        cells.push(value);
        this.emit(sink, cells, s, recordStart, end);
        state = RECORD_START;
        i = end + 1;
        continue;
      }

      if (state === QUOTED) {
        const j = s.indexOf(quote, i);
        if (j === -1) {
          field += s.slice(segment, n);
          i = n;
          if (!final) break;
          this.problem ??= `column ${cells.length + 1}: a quoted cell is never closed before the end of the file`;
          cells.push(field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        if (j + 1 >= n) {
          // The quote is the chunk's last character: the next chunk says whether it is doubled.
          field += s.slice(segment, j);
          i = n;
          state = QUOTED_QUOTE;
          if (!final) break;
          state = AFTER_CLOSE;
          continue;
        }
        if (s.charCodeAt(j + 1) === quoteCode) {
          field += s.slice(segment, j + 1);
          i = segment = j + 2;
          continue;
        }
        field += s.slice(segment, j);
        i = j + 1;
        state = AFTER_CLOSE;
      }

      if (state === QUOTED_QUOTE) {
        if (i >= n) {
          if (!final) break;
          state = AFTER_CLOSE;
        } else if (s.charCodeAt(i) === quoteCode) {
          field += quote;
          i++;
          segment = i;
          state = QUOTED;
          continue;
        } else state = AFTER_CLOSE;
      }

      if (state === AFTER_CLOSE) {
        if (i >= n) {
          if (!final) break;
          cells.push(field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === delimiterCode) {
          cells.push(field);
          field = '';
          i++;
          state = FIELD_START;
        } else if (c === newlineCode) {
          cells.push(field);
          this.emit(sink, cells, s, recordStart, i);
          state = RECORD_START;
          i++;
        } else if (c === CR && stripCr) {
          i++; // CR of a CRLF
        } else {
          // Text after a closing quote: the record is kept aside; read on to its end as plain text.
          this.problem ??= `column ${cells.length + 1}: unexpected ${JSON.stringify(s[i])} after a closing quote (a quote inside a quoted cell is written "")`;
          state = UNQUOTED;
          segment = i;
        }
      }
    }

    // Keep what the next chunk needs: the state, and the record's raw text for error reports.
    if (state !== RECORD_START) this.raw += s.slice(recordStart, n);
    this.state = state;
    this.cells = cells;
    this.field = field;
  }

  /** One finished record: its cells, or, when it could not be read, its raw text and why. */
  private emit(sink: CsvSink, cells: string[], s: string, recordStart: number, end: number): void {
    if (this.problem === null) sink.record(cells);
    else {
      let raw = this.raw + s.slice(recordStart, end);
      if (this.stripCr && raw.charCodeAt(raw.length - 1) === CR) raw = raw.slice(0, -1);
      sink.unreadable(raw, this.problem);
    }
    this.raw = '';
    this.problem = null;
  }
}
