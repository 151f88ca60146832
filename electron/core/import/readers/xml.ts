import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { ReadOptions, SourceReader } from '../types.js';
import { ImportError } from '../errors.js';
import { bomOf, normaliseEncodingName } from './encoding.js';
import { unionOfKeys } from './flatten.js';
import { readerOf, type Item } from './named-records.js';

const FEED_EXPECTED =
  'a Google Merchant feed: RSS 2.0 (<rss><channel><item>) or Atom (<feed><entry>), with or without the g: namespace';

/** The encoding an XML file declares (`<?xml ... encoding="windows-1251"?>`), else its BOM's, else UTF-8. */
function decodeXml(path: string, opts: ReadOptions): { text: string; encoding: string; bom: boolean } {
  const buf = readFileSync(path);
  const bom = bomOf(buf);
  let encoding = bom?.encoding ?? 'utf-8';
  if (opts.encoding) encoding = normaliseEncodingName(opts.encoding, path);
  else if (!bom) {
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(buf.subarray(0, 200).toString('latin1'))?.[1];
    if (declared && iconv.encodingExists(declared)) encoding = declared.toLowerCase();
  }
  return { text: iconv.decode(buf, encoding, { stripBOM: true }), encoding, bom: !!bom };
}

/** `g:price` and `price` are the same field; a name clash keeps the prefixed one apart. */
function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** One element's text: its text node, a link's href (Atom `<link href=".."/>`), or nothing. */
function textOf(v: unknown): string | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if ('#text' in o) return String(o['#text']);
  const children = Object.keys(o).filter((k) => !k.startsWith('@_'));
  if (children.length === 0) return typeof o['@_href'] === 'string' ? o['@_href'] : '';
  return undefined;
}

/** An item's cells: child elements by local name, nested ones dotted (`shipping.price`), repeats joined by commas. */
function itemCells(item: Record<string, unknown>, out = new Map<string, string>(), prefix = ''): Map<string, string> {
  for (const [rawKey, v] of Object.entries(item)) {
    if (rawKey.startsWith('@_') || rawKey === '#text') continue;
    let key = prefix + localName(rawKey);
    if (out.has(key) && !prefix && localName(rawKey) !== rawKey) key = rawKey;
    const values = Array.isArray(v) ? v : [v];
    const texts = values.map(textOf);
    if (texts.every((t) => t !== undefined)) {
      const joined = (texts as string[]).filter((t) => t !== '').join(',');
      out.set(key, out.has(key) && out.get(key) ? `${out.get(key)},${joined}` : joined);
    } else {
      for (const x of values) if (x && typeof x === 'object') itemCells(x as Record<string, unknown>, out, `${key}.`);
    }
  }
  return out;
}

/** Finds the repeating product element: rss/channel/item, feed/entry, channel/item, or a list of item/entry/product below the root. */
function findItems(doc: Record<string, unknown>): { path: string; items: unknown[] } | undefined {
  const names = ['item', 'entry', 'product', 'offer'];
  const visit = (node: unknown, path: string, depth: number): { path: string; items: unknown[] } | undefined => {
    if (!node || typeof node !== 'object' || depth > 4) return undefined;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k.startsWith('@_') || k === '#text') continue;
      if (names.includes(localName(k).toLowerCase())) return { path: `${path}/${k}`, items: Array.isArray(v) ? v : [v] };
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k.startsWith('@_') || k === '?xml' || k === '#text') continue;
      const found = visit(Array.isArray(v) ? v[0] : v, `${path}/${k}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(doc, '', 0);
}

/** A Google Merchant XML feed (RSS 2.0 or Atom, `g:` namespace or none) as rows of fields. */
export async function openXml(path: string, opts: ReadOptions): Promise<SourceReader> {
  const { text, encoding, bom } = decodeXml(path, opts);
  if (text.trim() === '') throw new ImportError({ file: path, message: 'the file is empty', expected: FEED_EXPECTED });
  // fast-xml-parser takes a noticeable share of a worker's start-up: only XML imports load it.
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError({
      file: path,
      line: valid.err.line,
      column: String(valid.err.col),
      message: `the XML is not well-formed: ${valid.err.msg}`,
      expected: 'well-formed XML (every tag closed, & written as &amp;)',
    });
  }
  // parseTagValue:false keeps every value as written: a GTIN's leading zeros survive.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const rootNode = root ? (doc[root] as Record<string, unknown> | undefined) : undefined;
  const channel =
    rootNode && typeof rootNode === 'object' ? (rootNode.channel as Record<string, unknown> | undefined) : undefined;
  if (channel && typeof channel === 'object' && ('wp:wxr_version' in channel || 'wp:base_site_url' in channel)) {
    throw new ImportError({
      file: path,
      message: 'this is a WordPress export (WXR), not a product feed: its items are posts, pages and attachments',
      expected: `${FEED_EXPECTED}; for WooCommerce, export products as CSV (Products > Export)`,
    });
  }
  const found = findItems(doc);
  if (!found || found.items.length === 0) {
    throw new ImportError({
      file: path,
      message: `not a product feed: no <item>, <entry> or <product> elements under <${root ?? '?'}>`,
      expected: FEED_EXPECTED,
    });
  }
  const flat = found.items.map((it, i): Item =>
    it && typeof it === 'object'
      ? { rowNo: i + 2, cells: itemCells(it as Record<string, unknown>) }
      : {
          unreadable: {
            rowNo: i + 2,
            raw: String(it),
            error: `item ${i + 1} has no fields (expected child elements such as <g:id> and <g:title>)`,
          },
        },
  );
  const header = unionOfKeys(flat.flatMap((x) => ('cells' in x ? [x.cells] : [])));
  return readerOf(path, 'xml', encoding, { bom, xmlRoot: root, itemPath: found.path }, header, () => flat, opts, []);
}
