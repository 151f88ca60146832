/**
 * The elements of a JSON document that is one list (`[{...}, {...}]`), found in a stream of text one
 * at a time, so a list of any size is read with memory for one element. Hand-written because no
 * installed library streams JSON; each element is then parsed with JSON.parse. The scanner only
 * tracks nesting and strings; what an element holds is JSON.parse's to judge.
 */

export interface ListElement {
  text: string;
  /** Where it starts in the file (1-based). */
  line: number;
  column: number;
}

/** The text around the list that is not white space: `after` is what follows its closing `]`. */
export interface ListEnd {
  closed: boolean;
  after?: { text: string; line: number; column: number };
}

/**
 * Yields the list's elements in order. The text must start (after white space) with `[`; `end` says,
 * once the generator is done, whether the list was closed and what followed it.
 */
export async function* listElements(chunks: AsyncIterable<string>, end: ListEnd): AsyncGenerator<ListElement> {
  const iterator = chunks[Symbol.asyncIterator]();
  let s = '';
  let i = 0; // scan position in s
  let line = 1;
  let lineStart = 0;
  let done = false;
  const more = async (): Promise<boolean> => {
    if (done) return false;
    const r = await iterator.next();
    if (r.done) {
      done = true;
      return false;
    }
    s += r.value;
    return true;
  };
  /** The next character's code at i, reading on as needed; -1 at the end of the text. */
  const at = async (): Promise<number> => {
    while (i >= s.length) if (!(await more())) return -1;
    return s.charCodeAt(i);
  };
  const skipSpace = async () => {
    for (let c = await at(); c === 32 || c === 9 || c === 10 || c === 13; c = await at()) {
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  const compact = () => {
    s = s.slice(i);
    lineStart -= i;
    i = 0;
  };
  try {
    await skipSpace();
    if ((await at()) !== 91 /* [ */) throw new Error('the document is not a list');
    i++;
    for (;;) {
      await skipSpace();
      let c = await at();
      if (c === -1) return void (end.closed = false);
      if (c === 93 /* ] */) {
        i++;
        await skipSpace();
        end.closed = true;
        if ((await at()) !== -1) end.after = { text: s.slice(i, i + 40), line, column: i - lineStart + 1 };
        return;
      }
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      if (i > 1 << 16) compact();
      const start = i;
      const startLine = line;
      const startColumn = i - lineStart + 1;
      let depth = 0;
      let inString = false;
      let ended = false;
      // Scanned without awaiting character by character: only an exhausted buffer waits for more text.
      while (!ended) {
        while (i < s.length) {
          c = s.charCodeAt(i);
          if (inString) {
            if (c === 92 /* \ */) i++;
            else if (c === 34) inString = false;
          } else if (c === 34) inString = true;
          else if (c === 123 || c === 91) depth++;
          else if (c === 125 || c === 93) {
            // The list's own `]` ends the element.
            if (depth === 0) {
              ended = true;
              break;
            }
            depth--;
          } else if (c === 44 && depth === 0) {
            ended = true;
            break;
          }
          if (c === 10) {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        if (!ended && !(await more())) {
          c = -1;
          break;
        }
      }
      yield { text: s.slice(start, i), line: startLine, column: startColumn };
      if (c === -1) return void (end.closed = false);
    }
  } finally {
    await iterator.return?.();
  }
}
