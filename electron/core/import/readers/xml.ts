import type { ReadOptions, SourceReader } from '../types.js';
import { CancelledError, ImportError } from '../errors.js';
import { bomOf, decodedText, normaliseEncodingName, readHead } from './encoding.js';
import { iconvLite } from './codecs.js';
import { readerOf, TwoReadings, type Item } from './named-records.js';
import { feedItems, localName, type FeedItem, type FeedShape } from './xml-items.js';
import { parseItem } from './xml-item.js';
import { loadEntityTable, withHtmlEntities, type EntityTable } from './html-entities.js';
import type { SaxesParser } from 'saxes';

const FEED_EXPECTED =
  'a Google Merchant feed: RSS 2.0 (<rss><channel><item>) or Atom (<feed><entry>), with or without the g: namespace';

/** The encoding an XML file declares (`<?xml ... encoding="windows-1251"?>`), else its BOM's, else UTF-8. */
function xmlEncoding(path: string, opts: ReadOptions): { encoding: string; bom: boolean } {
  const head = readHead(path, 512);
  const bom = bomOf(head);
  let encoding = bom?.encoding ?? 'utf-8';
  if (opts.encoding) encoding = normaliseEncodingName(opts.encoding, path);
  else if (!bom) {
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.subarray(0, 200).toString('latin1'))?.[1];
    if (declared && iconvLite().encodingExists(declared)) encoding = declared.toLowerCase();
  }
  return { encoding, bom: !!bom };
}

/** One element's text: its text node, a link's href (Atom `<link href=".."/>`), or nothing. */
export function textOf(v: unknown): string | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if ('#text' in o) return String(o['#text']);
  const children = Object.keys(o).filter((k) => !k.startsWith('@_'));
  if (children.length === 0) return typeof o['@_href'] === 'string' ? o['@_href'] : '';
  return undefined;
}

/** Local names by element name: a feed repeats a few dozen names in every item. */
const localNames = new Map<string, string>();

/**
 * An item's cells: child elements by local name, nested ones dotted (`shipping.price`), repeats joined
 * by commas. An element with only text (nearly every one in a feed) takes the short way: no arrays.
 */
export function itemCells(item: Record<string, unknown>, out = new Map<string, string>(), prefix = ''): Map<string, string> {
  for (const rawKey of Object.keys(item)) {
    if (rawKey.charCodeAt(0) === 64 /* @ */ ? rawKey.startsWith('@_') : rawKey === '#text') continue;
    let local = localNames.get(rawKey);
    if (local === undefined) {
      local = localName(rawKey);
      if (localNames.size < 4096) localNames.set(rawKey, local);
    }
    let key = prefix ? prefix + local : local;
    let prev = out.get(key);
    // `g:color` and `color` in one item: the second keeps its prefix.
    if (prev !== undefined && !prefix && local !== rawKey) prev = out.get((key = rawKey));
    const v = item[rawKey];
    let joined: string;
    if (typeof v === 'string') joined = v;
    else {
      const values = Array.isArray(v) ? v : [v];
      const texts = values.map(textOf);
      if (!texts.every((t) => t !== undefined)) {
        for (const x of values) if (x && typeof x === 'object') itemCells(x as Record<string, unknown>, out, `${key}.`);
        continue;
      }
      joined = (texts as string[]).filter((t) => t !== '').join(',');
    }
    out.set(key, prev ? `${prev},${joined}` : joined);
  }
  return out;
}

type Parser = { parse(text: string): Record<string, unknown> };

/** fast-xml-parser's options for an item (xml-item.ts makes the same tree). */
export const FXP_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // parseTagValue:false keeps every value as written: a GTIN's leading zeros survive.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Character references (`Caf&#233;`) and the HTML entities fast-xml-parser knows (`&nbsp;`,
  // `&copy;`, `&euro;`, ...), which feeds written from HTML often carry, are read as the characters
  // they stand for, not kept as written.
  htmlEntities: true,
};
type Validator = { validate(text: string): true | { err: { msg: string; line: number; col: number } } };

/** An ImportError for text that is not well-formed, at `line`/`col` of the file. */
function notWellFormed(path: string, err: { msg: string }, line: number, col: number): ImportError {
  return new ImportError({
    file: path,
    line,
    column: String(col),
    message: `the XML is not well-formed: ${err.msg}`,
    expected: 'well-formed XML (every tag closed, & written as &amp;)',
  });
}

/**
 * One item's cells, or why it has none; with a validator, a malformed item is an error naming its
 * place in the file (the second reading skips that: the first one checked every item). saxes makes
 * the tree where it can (xml-item.ts: an item it reads is well-formed); fast-xml-parser otherwise.
 */
function readItem(
  path: string,
  item: FeedItem,
  name: string,
  xml: { Saxes: typeof SaxesParser; parser: Parser; entities: EntityTable; validator?: Validator },
): Map<string, string> | string {
  const text = withHtmlEntities(item.text, xml.entities);
  let tree = parseItem(xml.Saxes, text);
  if (!tree) {
    // The item as written is checked, so an error's column is the file's.
    const valid = xml.validator ? xml.validator.validate(item.text) : true;
    if (valid !== true) {
      const { line, col } = valid.err;
      throw notWellFormed(path, valid.err, item.line + line - 1, line === 1 ? item.column + col - 1 : col);
    }
    tree = xml.parser.parse(text);
  }
  const it = tree[name];
  if (it && typeof it === 'object') return itemCells(it as Record<string, unknown>);
  return String(it ?? '');
}

/**
 * A Google Merchant XML feed (RSS 2.0 or Atom, `g:` namespace or none) as rows of fields. Read twice,
 * one item at a time (xml-items.ts): first to check it and learn every field any item has (the
 * header), then to hand over the rows, so a feed of any size is read in bounded memory.
 */
export async function openXml(path: string, opts: ReadOptions): Promise<SourceReader> {
  const { encoding, bom } = xmlEncoding(path, opts);
  // The parsers take a noticeable share of a worker's start-up: only XML imports load them.
  const [{ XMLParser, XMLValidator }, { SaxesParser: Saxes }, entities] = await Promise.all([
    import('fast-xml-parser'),
    import('saxes'),
    loadEntityTable(),
  ]);
  const parser = new XMLParser(FXP_OPTIONS) as Parser;
  const validator = XMLValidator as Validator;

  const shape: FeedShape = { channelChildren: new Set(), skeleton: '', nonBlank: false };
  const seen = new Set<string>();
  let items = 0;
  const readings = new TwoReadings(path, opts);
  for await (const item of feedItems(decodedText(path, encoding, readings.first), shape)) {
    if (shape.channelChildren.has('wp:wxr_version') || shape.channelChildren.has('wp:base_site_url')) break;
    const cells = readItem(path, item, shape.itemName!, { Saxes, parser, entities, validator });
    if (typeof cells !== 'string') for (const k of cells.keys()) seen.add(k);
    items++;
    readings.scanned();
    if (opts.signal?.aborted) throw new CancelledError();
  }
  if (!shape.nonBlank) throw new ImportError({ file: path, message: 'the file is empty', expected: FEED_EXPECTED });
  if (shape.unclosed) {
    // The item runs to the end of the file: the validator says where it went wrong.
    const valid = validator.validate(shape.unclosed.text);
    const err = valid === true ? { msg: `<${shape.itemName}> is never closed`, line: 1, col: 1 } : valid.err;
    throw notWellFormed(
      path,
      err,
      shape.unclosed.line + err.line - 1,
      err.line === 1 ? shape.unclosed.column + err.col - 1 : err.col,
    );
  }
  if (shape.channelChildren.has('wp:wxr_version') || shape.channelChildren.has('wp:base_site_url')) {
    throw new ImportError({
      file: path,
      message: 'this is a WordPress export (WXR), not a product feed: its items are posts, pages and attachments',
      expected: `${FEED_EXPECTED}; for WooCommerce, export products as CSV (Products > Export)`,
    });
  }
  const skeleton = validator.validate(shape.skeleton);
  if (skeleton !== true) throw notWellFormed(path, skeleton.err, skeleton.err.line, skeleton.err.col);
  if (items === 0) {
    throw new ImportError({
      file: path,
      message: `not a product feed: no <item>, <entry> or <product> elements under <${shape.root ?? '?'}>`,
      expected: FEED_EXPECTED,
    });
  }
  const header = [...seen];
  async function* rows(): AsyncGenerator<Item> {
    let rowNo = 1;
    const again: FeedShape = { channelChildren: new Set(), skeleton: '', nonBlank: false };
    for await (const item of feedItems(decodedText(path, encoding, readings.second), again)) {
      rowNo++;
      const cells = readItem(path, item, shape.itemName!, { Saxes, parser, entities });
      yield typeof cells === 'string'
        ? {
            unreadable: {
              rowNo,
              raw: cells,
              error: `item ${rowNo - 1} has no fields (expected child elements such as <g:id> and <g:title>)`,
            },
          }
        : { rowNo, cells };
    }
  }
  const reader = readerOf(path, 'xml', encoding, { bom, xmlRoot: shape.root, itemPath: shape.itemPath }, header, rows, opts, []);
  return { ...reader, progress: () => readings.progress() };
}
