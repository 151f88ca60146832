import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseItem, tagWithBreak } from '../../../electron/core/import/readers/xml-item.js';
import { FXP_OPTIONS, itemCells, textOf } from '../../../electron/core/import/readers/xml.js';
import { fixture } from './read-all.js';

const fxp = new XMLParser(FXP_OPTIONS);

/** An item's cells as the reader makes them, in order: through saxes (null where it declines), and through fast-xml-parser. */
function bothWays(xml: string): { saxes: [string, string][] | null; fxp: [string, string][] } {
  const tree = parseItem(SaxesParser, xml);
  const cells = (t: Record<string, unknown>) => [...itemCells(t['item'] as Record<string, unknown>)];
  return { saxes: tree ? cells(tree) : null, fxp: cells(fxp.parse(xml)) };
}

describe('an item read with saxes (xml-item.ts) gives the cells fast-xml-parser gives', () => {
  it('for every item of the XML fixtures', () => {
    let read = 0;
    for (const name of ['rss-gmc.xml', 'atom-gmc.xml', 'plain-channel.xml']) {
      const text = readFileSync(fixture(name), 'utf8');
      for (const m of text.matchAll(/<(item|entry)\b[\s\S]*?<\/\1>/g)) {
        const xml = m[0].replace(/^<entry\b/, '<item').replace(/<\/entry>$/, '</item>');
        const { saxes, fxp: expected } = bothWays(xml);
        if (saxes) read++;
        if (saxes) expect(saxes).toEqual(expected);
      }
    }
    expect(read).toBeGreaterThanOrEqual(5);
  });

  it('for generated items: text with entities and spaces, CDATA, comments, attributes, namespaces, repeats, nesting', () => {
    const name = fc.constantFrom('id', 'g:id', 'title', 'g:price', 'price', 'link', 'g:shipping', 'country');
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'B',
          ' ',
          '  ',
          '\n',
          '\t',
          '&amp;',
          '&lt;',
          '&gt;',
          '&quot;',
          '&apos;',
          '&#233;',
          '&#x20AC;',
          'é',
          '0',
          '1',
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join(''));
    const cdata = fc.string({ maxLength: 6 }).map((s) => `<![CDATA[${s.replaceAll(']]>', '')}]]>`);
    const content = fc
      .array(fc.oneof({ weight: 4, arbitrary: text }, cdata, fc.constant('<!-- note -->')), { maxLength: 4 })
      .map((p) => p.join(''));
    // Line breaks and tabs inside a tag make parseItem decline (tested below); spaces are kept.
    const attrValue = text.map((v) => v.replace(/[\n\t]/g, ' '));
    const attrs = fc
      .array(fc.tuple(fc.constantFrom('href', 'type', 'unit', 'g:x'), attrValue), { maxLength: 2 })
      .map((pairs) => [...new Map(pairs)].map(([k, v]) => ` ${k}="${v.replaceAll('"', '&quot;')}"`).join(''));
    const leaf = fc
      .tuple(name, attrs, content, fc.boolean())
      .map(([n, a, c, empty]) => (empty && c === '' ? `<${n}${a}/>` : `<${n}${a}>${c}</${n}>`));
    const element = fc.oneof(
      { weight: 3, arbitrary: leaf },
      fc.tuple(name, fc.array(leaf, { minLength: 1, maxLength: 3 })).map(([n, kids]) => `<${n}>${kids.join('')}</${n}>`),
    );
    const item = fc.array(element, { minLength: 1, maxLength: 6 }).map((els) => `<item>${els.join('\n')}</item>`);
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(item, (xml) => {
        runs++;
        const { saxes, fxp: expected } = bothWays(xml);
        if (saxes) {
          read++;
          expect(saxes).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
    // The comparison is not empty: saxes reads most generated items itself.
    expect(read / runs).toBeGreaterThan(0.5);
  });

  it('declines what fast-xml-parser reads its own way: HTML entities, line breaks in tags, mixed content, broken XML', () => {
    expect(parseItem(SaxesParser, '<item><t>Caf&#233; &#x20AC;</t></item>')).toEqual({ item: { t: 'Café €' } });
    expect(parseItem(SaxesParser, '<item><t>a&nbsp;b</t></item>')).toBeNull();
    expect(parseItem(SaxesParser, '<item><t>a<b>x</b>c</t></item>')).toBeNull();
    expect(parseItem(SaxesParser, '<item><t>a</item>')).toBeNull();
    expect(parseItem(SaxesParser, '<item><t u="a\nb">x</t></item>')).toBeNull();
    expect(parseItem(SaxesParser, '<item><t>a</t></item>')).toEqual({ item: { t: 'a' } });
  });
});

describe('tagWithBreak', () => {
  it('agrees with the regular expression it replaced, /<[^>]*[\\t\\n\\r][^>]*>/', () => {
    const old = /<[^>]*[\t\n\r][^>]*>/;
    fc.assert(
      fc.property(fc.stringMatching(/^[<>a \t\n\r"=/]{0,30}$/), (xml) => {
        expect(tagWithBreak(xml)).toBe(old.test(xml));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('itemCells', () => {
  /** The first itemCells, before its short way for text-only elements (textOf is unchanged): the reference it must agree with. */
  function itemCellsBefore(item: Record<string, unknown>, out = new Map<string, string>(), prefix = ''): Map<string, string> {
    const local = (n: string) => (n.includes(':') ? n.slice(n.indexOf(':') + 1) : n);
    for (const [rawKey, v] of Object.entries(item)) {
      if (rawKey.startsWith('@_') || rawKey === '#text') continue;
      let key = prefix + local(rawKey);
      if (out.has(key) && !prefix && local(rawKey) !== rawKey) key = rawKey;
      const values = Array.isArray(v) ? v : [v];
      const texts = values.map(textOf);
      if (texts.every((t) => t !== undefined)) {
        const joined = (texts as string[]).filter((t) => t !== '').join(',');
        out.set(key, out.has(key) && out.get(key) ? `${out.get(key)},${joined}` : joined);
      } else {
        for (const x of values) if (x && typeof x === 'object') itemCellsBefore(x as Record<string, unknown>, out, `${key}.`);
      }
    }
    return out;
  }

  it('agrees with the implementation it replaced on any item tree (prefixed and plain names, repeats, nesting, attributes)', () => {
    const name = fc.constantFrom('g:color', 'color', 'g:id', 'id', 'shipping', 'g:shipping', 'price');
    const text = fc.constantFrom('', 'Red', 'a,b', '12.50');
    // Attributes and an element's own text beside children are always text in both parsers' trees.
    const own = fc.dictionary(fc.constantFrom('@_href', '@_x', '#text'), text, { maxKeys: 2, noNullPrototype: true });
    const tree = fc.letrec((tie) => ({
      node: fc
        .tuple(fc.dictionary(name, tie('value'), { maxKeys: 6, noNullPrototype: true }), own)
        .map(([children, attributes]) => ({ ...children, ...attributes })),
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constant(null),
        fc.array(fc.oneof(text, tie('node')), { minLength: 2, maxLength: 3 }),
        tie('node'),
      ),
    }));
    fc.assert(
      fc.property(tree.node, (item) => {
        expect([...itemCells(item)]).toEqual([...itemCellsBefore(item)]);
      }),
      { numRuns: 3000 },
    );
  });
});
