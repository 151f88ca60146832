/**
 * A JSON document read as a stream of text, for the lists that may hold its products: the document
 * itself when it is a list (`[{...}, {...}]`), else every list reachable from the top through
 * object members only (`{"products": [...]}`, `{"data": {"items": [...]}}`). Their elements come one
 * at a time, each as its own text, so a document of any size is read with memory for one element.
 * Hand-written because no installed library streams JSON; each element is then parsed with
 * JSON.parse. The walker only follows the structure down to the lists; what an element holds is
 * JSON.parse's to judge, and so is every other value when the reading checks the document.
 */

export interface ListElement {
  text: string;
  /** Where it starts in the file (1-based). */
  line: number;
  column: number;
}

/** A list that may hold the products. */
export interface ListPlace {
  /** Its number in document order: the same on every reading of the file. */
  ordinal: number;
  /** The names leading to it, joined with dots ('' for the document itself). */
  path: string;
}

/** What the document is at its top, for the error when it holds no products. */
export interface DocumentTop {
  kind?: 'list' | 'object' | 'string' | 'number' | 'boolean' | 'null';
  /** A top-level object's first names. */
  keys: string[];
}

/** Where the text stops being JSON, and why. */
export class JsonTextError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'JsonTextError';
  }
}

/** Lists deeper than this many names are not looked into (as for `{"a": {"b": {"c": {"d": [...]}}}}`). */
export const MAX_DEPTH = 4;
const TOP_KEYS = 8;

/**
 * Yields the elements of every list that may hold the products, in document order, with the list
 * they belong to; fills `top` as it learns it. `check`: every value outside those lists is parsed
 * too, so a document that is not JSON fails (the first reading); the second reading skips that.
 * A comma with no element before it (`[{...},]`) is forgiven, as editors and exports leave them.
 */
export async function* documentLists(
  chunks: AsyncIterable<string>,
  top: DocumentTop,
  check: boolean,
): AsyncGenerator<{ list: ListPlace; element: ListElement }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const t = new JsonText(iterator);
  // The objects open around the next value, innermost last, each with the names leading to it.
  const open: string[][] = [];
  let ordinal = 0;
  try {
    let c = await t.next();
    if (c === -1) return;
    top.kind = kindOf(c);
    let path: string[] = [];
    for (;;) {
      // A value at `path`: an object to walk into, a list that may hold products, or text to skip.
      c = await t.next();
      let complete = true;
      if (c === 123 /* { */ && path.length <= MAX_DEPTH) {
        t.i++;
        open.push(path);
        complete = false;
      } else if (c === 91 /* [ */ && path.length <= MAX_DEPTH) {
        t.i++;
        const list = { ordinal: ordinal++, path: path.join('.') };
        for (;;) {
          c = await t.next();
          if (c === 44 /* , */) {
            t.i++;
            continue;
          }
          if (c === 93 /* ] */) {
            t.i++;
            break;
          }
          if (c === -1) throw t.ended('the text ends before the list is closed with ]');
          t.compact();
          yield { list, element: await t.value() };
          c = await t.next();
          if (c === 44) t.i++;
          else if (c === 93) {
            t.i++;
            break;
          } else if (c === -1) throw t.ended('the text ends before the list is closed with ]');
          else throw t.error('expected , or ] after an item of the list');
        }
      } else {
        t.compact();
        const v = await t.value();
        if (check) parseValue(v);
      }
      // Then, inside objects: the next member's name, or the end of the object (which completes its value).
      for (;;) {
        const around = open.at(-1);
        if (!around) {
          if ((await t.next()) !== -1)
            throw t.error(`text after the end of the ${top.kind === 'list' ? 'list' : 'document'} ("${t.ahead(40)}")`);
          return;
        }
        c = await t.next();
        if (c === 125 /* } */) {
          t.i++;
          open.pop();
          complete = true;
          continue;
        }
        if (c === -1) throw t.ended('the text ends before the object is closed with }');
        if (complete) {
          if (c !== 44) throw t.error('expected , or } after a value');
          t.i++;
          c = await t.next();
        }
        if (c !== 34 /* " */) throw t.error('expected a name in double quotes');
        const name = await t.name();
        if (around.length === 0 && top.keys.length < TOP_KEYS) top.keys.push(name);
        if ((await t.next()) !== 58 /* : */) throw t.error('expected : after the name');
        t.i++;
        path = [...around, name];
        break;
      }
    }
  } finally {
    await iterator.return?.();
  }
}

function kindOf(c: number): DocumentTop['kind'] {
  if (c === 91) return 'list';
  if (c === 123) return 'object';
  if (c === 34) return 'string';
  if (c === 116 || c === 102) return 'boolean';
  if (c === 110) return 'null';
  return 'number';
}

/** A value outside the lists, checked: bad JSON is an error at its place. */
function parseValue(v: ListElement): void {
  try {
    JSON.parse(v.text);
  } catch (err) {
    const at = placeIn(v, positionOf(v.text, err));
    throw new JsonTextError(reason(err), at.line, at.column);
  }
}

/** Why JSON.parse failed, in words (V8's message without its "at position N"). */
export function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message
    .replace(/,? ?(in JSON )?at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the text ends before the JSON is complete');
}

/** Where JSON.parse stopped in `text` (its message's position; the end when it gives none). */
export function positionOf(text: string, err: unknown): number {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  return m ? Number(m[1]) : text.length;
}

/** The file's line and column (both from 1) of a character offset into a value's text. */
export function placeIn(v: ListElement, pos: number): { line: number; column: number } {
  const before = v.text.slice(0, pos);
  const lines = before.split('\n');
  return {
    line: v.line + lines.length - 1,
    column: lines.length === 1 ? v.column + before.length : lines.at(-1)!.length + 1,
  };
}

/** The document's text as it arrives, with a read position and the line and column it is at. */
class JsonText {
  s = '';
  i = 0;
  private line = 1;
  private lineStart = 0;
  private done = false;

  constructor(private readonly chunks: AsyncIterator<string>) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.chunks.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.s += r.value;
    return true;
  }

  /** The next character that is not white space, left unread; -1 at the end of the text. */
  async next(): Promise<number> {
    for (;;) {
      while (this.i < this.s.length) {
        const c = this.s.charCodeAt(this.i);
        if (c === 10) {
          this.line++;
          this.lineStart = this.i + 1;
        } else if (c !== 32 && c !== 9 && c !== 13) return c;
        this.i++;
      }
      if (!(await this.more())) return -1;
    }
  }

  /** Drops the text already read, so a long document is held one value at a time. */
  compact(): void {
    if (this.i < 1 << 16) return;
    this.s = this.s.slice(this.i);
    this.lineStart -= this.i;
    this.i = 0;
  }

  /**
   * One value's text, from the current character: a string to its closing quote, an object or a
   * list to its closing bracket, anything else to the next `,` `}` `]` or white space. Scanned
   * without awaiting character by character: only an exhausted buffer waits for more text. A
   * closing bracket of the wrong kind ends the value there, for JSON.parse to name, rather than
   * reading on to the end of a broken file.
   */
  async value(): Promise<ListElement> {
    const start = this.i;
    const line = this.line;
    const column = this.i - this.lineStart + 1;
    const first = this.s.charCodeAt(start);
    const closers: number[] = []; // the brackets open inside the value, as the ones that close them
    let inString = first === 34;
    const literal = !inString && first !== 123 && first !== 91;
    let i = start + (literal ? 0 : 1);
    if (first === 123) closers.push(125);
    else if (first === 91) closers.push(93);
    let ended = false;
    while (!ended) {
      const s = this.s;
      while (i < s.length) {
        const c = s.charCodeAt(i);
        if (inString) {
          if (c === 92 /* \ */) i++;
          else if (c === 34) {
            inString = false;
            if (closers.length === 0) {
              i++;
              ended = true;
              break;
            }
          }
        } else if (literal) {
          if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) {
            ended = true;
            break;
          }
        } else if (c === 34) inString = true;
        else if (c === 123) closers.push(125);
        else if (c === 91) closers.push(93);
        else if (c === 125 || c === 93) {
          const wanted = closers.pop();
          if (closers.length === 0 || c !== wanted) {
            i++;
            ended = true;
            break;
          }
        }
        if (c === 10) {
          this.line++;
          this.lineStart = i + 1;
        }
        i++;
      }
      if (!ended && !(await this.more())) break;
    }
    this.i = Math.min(i, this.s.length);
    const text = this.s.slice(start, this.i);
    if (text === '' || (literal && /^[,}\]]/.test(text))) throw new JsonTextError('expected a value', line, column);
    return { text, line, column };
  }

  /** A member's name: the string at the current character. */
  async name(): Promise<string> {
    const start = this.i;
    const line = this.line;
    const column = this.i - this.lineStart + 1;
    let i = this.i + 1;
    for (;;) {
      while (i < this.s.length) {
        const c = this.s.charCodeAt(i);
        if (c === 92) i += 2;
        else if (c === 34) {
          this.i = i + 1;
          try {
            return JSON.parse(this.s.slice(start, this.i)) as string;
          } catch {
            throw new JsonTextError('this name is not a valid JSON string', line, column);
          }
        } else if (c === 10) throw new JsonTextError('a name in double quotes runs past the end of its line', line, column);
        else i++;
      }
      if (!(await this.more())) throw new JsonTextError('the text ends inside a name in double quotes', line, column);
    }
  }

  /** Up to `n` characters from the current one, for an error message. */
  ahead(n: number): string {
    return this.s.slice(this.i, this.i + n);
  }

  error(message: string): JsonTextError {
    return new JsonTextError(message, this.line, this.i - this.lineStart + 1);
  }

  /** An error at the end of the text: a line, no column. */
  ended(message: string): JsonTextError {
    return new JsonTextError(message, this.line);
  }
}
