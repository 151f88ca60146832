import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseItem } from '../../../electron/core/import/readers/xml-item.js';
import { FXP_OPTIONS, itemCells } from '../../../electron/core/import/readers/xml.js';
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
