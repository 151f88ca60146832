/**
 * Finds a feed's product elements in a stream of XML text, one at a time, so a feed of any size is
 * read with memory for one item (a 1M-item feed is larger than the longest string V8 can hold).
 * Hand-written because no installed parser streams: fast-xml-parser parses a whole document, so it
 * is given one item at a time. The scanner only needs tags outside items: it skips comments, CDATA,
 * processing instructions and DOCTYPE, reads attribute values in quotes, and takes the first
 * element named item, entry, product or offer (any namespace prefix) as the product element.
 */

/** Local names of the element that repeats once per product (RSS item, Atom entry, others). */
const ITEM_NAMES = new Set(['item', 'entry', 'product', 'offer']);
/** How deep below the root the product element may be (rss/channel/item is 2). */
const MAX_ITEM_DEPTH = 5;

export interface FeedItem {
  /** The element's whole text, `<item ...>` to `</item>`. */
  text: string;
  /** Its line and column in the file (1-based). */
  line: number;
  column: number;
}

/** What the scan saw outside the items. */
export interface FeedShape {
  root?: string;
  /** The product element's name as written (e.g. `item`, `g:item`) and its path (`/rss/channel/item`). */
  itemName?: string;
  itemPath?: string;
  /** Names of the elements two levels down (a channel's children) before the first item: WXR's `wp:wxr_version`. */
  channelChildren: Set<string>;
  /** The document with each item's text replaced by its line breaks: what a validator checks besides the items. */
  skeleton: string;
  /** Text other than white space was seen. */
  nonBlank: boolean;
  /** An item started and the text ended before it closed. */
  unclosed?: FeedItem;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** The text read so far from the chunks: positions stay valid until compact(). */
class Text {
  s = '';
  private done = false;
  constructor(private readonly chunks: AsyncIterator<string>) {}

  /** Reads one more chunk; false at the end of the text. */
  async more(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.chunks.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.s += r.value;
    return true;
  }

  /** The index of `needle` at or after `from`, reading on as needed; -1 when the text ends first. */
  async find(needle: string, from: number): Promise<number> {
    for (;;) {
      const i = this.s.indexOf(needle, from);
      if (i !== -1) return i;
      from = Math.max(from, this.s.length - needle.length + 1);
      if (!(await this.more())) return -1;
    }
  }

  /** Drops the text before `pos`; returns how far positions moved. */
  compact(pos: number): number {
    this.s = this.s.slice(pos);
    return pos;
  }
}

/**
 * Yields the product elements of the text in `chunks` in file order; `shape` is filled as the scan
 * goes and complete once the generator ends.
 */
export async function* feedItems(chunks: AsyncIterable<string>, shape: FeedShape): AsyncGenerator<FeedItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const t = new Text(iterator);
  let pos = 0; // next unread position in t.s
  let line = 1; // the line of t.s[pos]
  let lineStart = 0; // where that line starts in t.s (negative once compacted past it)
  let itemDepth = -1;
  const stack: string[] = [];
  const skeleton: string[] = [];

  /** Moves the read position to `to`, counting line breaks; the text passed is kept in the skeleton or not. */
  const advance = (to: number, keep: boolean) => {
    for (let i = t.s.indexOf('\n', pos); i !== -1 && i < to; i = t.s.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    if (keep) skeleton.push(t.s.slice(pos, to));
    pos = to;
  };
  const finish = () => {
    shape.skeleton = skeleton.join('');
  };

  try {
    for (;;) {
      if (pos > 1 << 16) {
        const moved = t.compact(pos);
        pos -= moved;
        lineStart -= moved;
      }
      let lt = t.s.indexOf('<', pos);
      while (lt === -1) {
        if (/\S/.test(t.s.slice(pos))) shape.nonBlank = true;
        advance(t.s.length, true);
        if (!(await t.more())) return finish();
        lt = t.s.indexOf('<', pos);
      }
      if (lt > pos && /\S/.test(t.s.slice(pos, lt))) shape.nonBlank = true;
      advance(lt, true);
      shape.nonBlank = true;
      while (t.s.length - pos < 9 && (await t.more()));
      const head = t.s.slice(pos, pos + 9);
      const skipPast = async (close: string) => {
        const end = await t.find(close, pos + 1);
        advance(end === -1 ? t.s.length : end + close.length, true);
      };
      if (head.startsWith('<!--')) await skipPast('-->');
      else if (head.startsWith('<![CDATA[')) await skipPast(']]>');
      else if (head.startsWith('<?')) await skipPast('?>');
      else if (head.startsWith('<!')) {
        // A DOCTYPE with an internal subset ends at `]>`.
        const gt = await t.find('>', pos);
        const bracket = t.s.indexOf('[', pos);
        await skipPast(bracket !== -1 && bracket < gt ? ']>' : '>');
      } else {
        const end = await tagEnd(t, pos);
        if (end === -1) {
          advance(t.s.length, true);
          return finish();
        }
        const tag = t.s.slice(pos, end + 1);
        const name = /^<\/?\s*([^\s/>]+)/.exec(tag)?.[1] ?? '';
        if (tag.startsWith('</')) {
          stack.pop();
          advance(end + 1, true);
          continue;
        }
        const selfClosing = tag.endsWith('/>');
        shape.root ??= name;
        if (stack.length === 2 && !shape.itemName) shape.channelChildren.add(name);
        if (!shape.itemName && stack.length <= MAX_ITEM_DEPTH && ITEM_NAMES.has(localName(name).toLowerCase())) {
          shape.itemName = name;
          shape.itemPath = `/${[...stack, name].join('/')}`;
          itemDepth = stack.length;
        }
        if (name === shape.itemName && stack.length === itemDepth) {
          const item: FeedItem = { text: '', line, column: pos - lineStart + 1 };
          const close = selfClosing ? end + 1 : await itemEnd(t, end + 1, name);
          if (close === -1) {
            item.text = t.s.slice(pos);
            shape.unclosed = item;
            return finish();
          }
          item.text = t.s.slice(pos, close);
          advance(close, false);
          // Line breaks keep the skeleton's lines where the file has them (a validator's line numbers).
          skeleton.push('\n'.repeat(line - item.line));
          yield item;
          continue;
        }
        if (!selfClosing) stack.push(name);
        advance(end + 1, true);
      }
    }
  } finally {
    await iterator.return?.();
  }
}

/** The index of the `>` that ends the tag starting at `from` (a quoted attribute value may hold `>`). */
async function tagEnd(t: Text, from: number): Promise<number> {
  let i = from + 1;
  for (;;) {
    const s = t.s;
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 62 /* > */ || c === 34 /* " */ || c === 39 /* ' */) break;
      j++;
    }
    if (j >= s.length) {
      if (!(await t.more())) return -1;
      continue;
    }
    if (s[j] === '>') return j;
    const q = await t.find(s[j]!, j + 1);
    if (q === -1) return -1;
    i = q + 1;
  }
}

/** The index just past the `</name>` closing an element whose start tag ends before `from`; CDATA and comments inside are skipped. */
async function itemEnd(t: Text, from: number, name: string): Promise<number> {
  const close = `</${name}`;
  let i = from;
  for (;;) {
    const c = await t.find(close, i);
    if (c === -1) return -1;
    // Markup that hides a `</name>` inside it: the first CDATA section or comment before the candidate.
    // (Searched in the item's text so far only, not in the rest of the buffer after it.)
    const before = t.s.slice(i, c);
    const cdata = before.indexOf('<![CDATA[');
    const comment = before.indexOf('<!--');
    const first = cdata === -1 ? comment : comment === -1 ? cdata : Math.min(cdata, comment);
    if (first !== -1) {
      const hider = i + first;
      const endMark = first === cdata ? ']]>' : '-->';
      const e = await t.find(endMark, hider + 4);
      if (e === -1) return -1;
      i = e + endMark.length;
      continue;
    }
    const gt = await t.find('>', c);
    if (gt === -1) return -1;
    if (t.s.slice(c + close.length, gt).trim() === '') return gt + 1;
    i = c + close.length;
  }
}
