import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { readAll } from './read-all.js';
import { openSource } from '../../../electron/core/import/index.js';
import { ImportError } from '../../../electron/core/import/errors.js';
import { useTmpDir } from '../../support/tmp.js';

const tmp = useTmpDir();

function feed(items: string[], tail = '</channel></rss>\n'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<title>Shop</title>\n${items.join('\n')}\n${tail}`;
}

/** Feeds are read one item at a time, twice (xml-items.ts): a feed larger than one read chunk, with everything a scanner can trip on. */
describe('Google Merchant XML read as a stream', () => {
  it('reads every item of a feed larger than a read chunk, with a header that includes a field only the last item has', async () => {
    const n = 3000; // about 2.3 MB: items cut by the 1 MB chunks
    const items = Array.from(
      { length: n },
      (_, i) =>
        `<item>\n  <g:id>SKU-${i + 1}</g:id>\n  <g:title><![CDATA[Tent ${i + 1} </item> & <b>more</b>]]></g:title>\n` +
        `  <!-- not the end: </item> -->\n  <g:description>${'Lightweight tent for two. '.repeat(20)}</g:description>\n` +
        `  <g:link href="https://x.example/p?a=1&amp;b=>${i}"/>\n  <g:price>${(i % 90) + 10}.00 USD</g:price>` +
        (i === n - 1 ? '\n  <g:energy_class>A++</g:energy_class>' : '') +
        `\n</item>`,
    );
    const path = join(tmp(), 'big.xml');
    writeFileSync(path, feed(items));
    const { reader, rows, rejected } = await readAll(path);
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(n);
    expect(reader.header).toEqual(['id', 'title', 'description', 'link', 'price', 'energy_class']);
    expect(rows[0]).toMatchObject({
      rowNo: 2,
      cells: ['SKU-1', 'Tent 1 </item> & <b>more</b>', expect.any(String), expect.any(String), '10.00 USD', ''],
    });
    expect(rows[1499]!.cells[0]).toBe('SKU-1500');
    expect(rows[n - 1]!.cells[0]).toBe(`SKU-${n}`);
    expect(rows[n - 1]!.cells[5]).toBe('A++');
    expect(reader.dialect).toMatchObject({ xmlRoot: 'rss', itemPath: '/rss/channel/item' });
  });

  it('keeps an item with no fields aside, with its row', async () => {
    const path = join(tmp(), 'empty-item.xml');
    writeFileSync(path, feed(['<item><g:id>A</g:id></item>', '<item/>', '<item><g:id>C</g:id></item>']));
    const { rows, rejected } = await readAll(path);
    expect(rows.map((r) => [r.rowNo, r.cells[0]])).toEqual([
      [2, 'A'],
      [4, 'C'],
    ]);
    expect(rejected).toMatchObject([{ rowNo: 3, error: expect.stringMatching(/item 2 has no fields/) }]);
  });

  it('names the line of a broken tag inside an item, and of one outside the items', async () => {
    const inside = join(tmp(), 'inside.xml');
    writeFileSync(inside, feed(['<item><g:id>A</g:id></item>', '<item>\n<g:id>B</g:id>\n<g:title>x</g:titel>\n</item>']));
    const e1 = await openSource(inside).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ImportError);
    expect(e1).toMatchObject({ line: 8 });
    expect((e1 as Error).message).toMatch(/inside\.xml, line 8, column \d+: the XML is not well-formed/);

    const outside = join(tmp(), 'outside.xml');
    writeFileSync(outside, feed(['<item><g:id>A</g:id></item>', '<item><g:id>B</g:id></item>'], '</chanel></rss>\n'));
    const e2 = await openSource(outside).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ImportError);
    expect(e2).toMatchObject({ line: 7 });
  });
});
