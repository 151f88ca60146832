import type { SaxesParser } from 'saxes';

/*
 * One product element of a feed (xml-items.ts cuts them out), as the same tree fast-xml-parser makes
 * of it with the reader's options (xml.ts FXP_OPTIONS): child elements by name, a repeated one as an
 * array, text nodes trimmed (CDATA kept as written), attributes as `@_name`, text beside attributes
 * as `#text`. Made with saxes, a streaming parser that checks the XML as it goes: about 10 µs an
 * item against fast-xml-parser's 30 µs (4,427 items of the bench's feed, identical trees), and every
 * item is parsed twice (the feed is read twice): a 100k-item feed imported in 6.0-7.4 s instead of
 * 11.7-13.8 s, into identical products. Where the two would not agree, this gives null and the
 * reader takes fast-xml-parser's tree as before: an item saxes finds not well-formed (an entity
 * neither XML nor HTML defines among them; HTML's own are rewritten first, html-entities.ts), a line
 * break or tab inside a tag, and an element with both text and child elements. test/import/readers/xml-item.test.ts compares the two
 * on generated items.
 */

/**
 * Markup with a line break or tab inside it (`<` to `>`). A scan, not the regular expression
 * /<[^>]*[\t\n\r][^>]*>/, which backtracks over every tag and took 1 µs an item.
 */
export function tagWithBreak(xml: string): boolean {
  for (let lt = xml.indexOf('<'); lt !== -1;) {
    const gt = xml.indexOf('>', lt + 1);
    if (gt === -1) return false;
    for (let i = lt + 1; i < gt; i++) {
      const c = xml.charCodeAt(i);
      if (c === 9 || c === 10 || c === 13) return true;
    }
    lt = xml.indexOf('<', gt + 1);
  }
  return false;
}

interface Open {
  name: string;
  attributes: Record<string, string>;
  /** Text so far: each text node trimmed, CDATA as written (as fast-xml-parser joins them). */
  text: string;
  /** Raw text since the last tag or CDATA (a comment does not end a text node; saxes may hand one over in pieces). */
  pending: string;
  children: Record<string, unknown> | null;
}

/** An item's tree, or null where fast-xml-parser must make it. `Saxes`: the parser class, loaded by the caller only for XML. */
export function parseItem(Saxes: typeof SaxesParser, xml: string): Record<string, unknown> | null {
  // XML turns a line break or tab in an attribute value into a space; fast-xml-parser keeps it.
  if (tagWithBreak(xml)) return null;
  const parser = new Saxes();
  const root: Record<string, unknown> = {};
  const stack: Open[] = [];
  let ok = true;
  const flush = (e: Open) => {
    if (e.pending) e.text += e.pending.trim();
    e.pending = '';
  };
  parser.on('error', () => {
    ok = false;
  });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    if (parent) flush(parent);
    stack.push({ name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', pending: '', children: null });
  });
  parser.on('text', (t) => {
    const e = stack[stack.length - 1];
    if (e) e.pending += t;
  });
  parser.on('cdata', (t) => {
    const e = stack[stack.length - 1];
    if (!e) return;
    flush(e);
    e.text += t;
  });
  parser.on('closetag', () => {
    const e = stack.pop()!;
    flush(e);
    if (e.children && e.text !== '') ok = false; // mixed content: fast-xml-parser's own rules apply
    const names = Object.keys(e.attributes);
    let value: unknown;
    if (!e.children && names.length === 0) value = e.text;
    else {
      const o: Record<string, unknown> = {};
      if (e.text !== '') o['#text'] = e.text;
      if (e.children) Object.assign(o, e.children);
      for (const n of names) o[`@_${n}`] = e.attributes[n]!.trim();
      value = o;
    }
    const parent = stack.length ? (stack[stack.length - 1]!.children ??= {}) : root;
    if (Object.hasOwn(parent, e.name)) {
      const before = parent[e.name];
      if (Array.isArray(before)) before.push(value);
      else parent[e.name] = [before, value];
    } else parent[e.name] = value;
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return ok ? root : null;
}
