import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { statSync, writeFileSync } from 'node:fs';
import { readAll } from './read-all.js';
import { openSource } from '../../../electron/core/import/index.js';
import { ImportError } from '../../../electron/core/import/errors.js';
import { useTmpDir } from '../../support/tmp.js';

const tmp = useTmpDir();

/** A JSON document that is one list is read as a stream, one element at a time, twice (json-items.ts). */
describe('JSON list read as a stream', () => {
  it('reads every element of a list larger than a read chunk, with a header that includes a field only the last one has', async () => {
    const n = 4000; // about 1.7 MB: elements cut by the 1 MB chunks
    const elements = Array.from({ length: n }, (_, i) =>
      JSON.stringify({
        id: `SKU-${i + 1}`,
        title: `Mug "${i + 1}", [blue] {large}, \\ done`,
        price: 10 + (i % 90),
        tags: ['a,b', 'c]'],
        dims: { w: 8, h: 10 },
        ...(i === n - 1 ? { energy_class: 'A++' } : {}),
        note: 'Stoneware mug, dishwasher safe. '.repeat(8),
      }).replace(`"price":${10 + (i % 90)}`, `"price":${10 + (i % 90)}.50`),
    );
    const path = join(tmp(), 'big.json');
    writeFileSync(path, `[\n  ${elements.join(',\n  ')}\n]\n`);
    const { reader, rows, rejected } = await readAll(path);
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(n);
    expect(reader.header).toEqual(['id', 'title', 'price', 'tags', 'dims.w', 'dims.h', 'note', 'energy_class']);
    // Numbers keep the digits as written (12.50, not 12.5).
    expect(rows[2]!.cells.slice(0, 6)).toEqual(['SKU-3', 'Mug "3", [blue] {large}, \\ done', '12.50', 'a,b, c]', '8', '10']);
    expect(rows[n - 1]!.cells[0]).toBe(`SKU-${n}`);
    expect(rows[n - 1]!.cells[7]).toBe('A++');
  });

  it('keeps an element that is not an object aside, with its row', async () => {
    const path = join(tmp(), 'mixed.json');
    writeFileSync(path, '[{"id": "A"}, 42, {"id": "C"}]');
    const { rows, rejected } = await readAll(path);
    expect(rows.map((r) => [r.rowNo, r.cells[0]])).toEqual([
      [2, 'A'],
      [4, 'C'],
    ]);
    expect(rejected).toEqual([{ rowNo: 3, raw: '"42"', error: 'item 2 of the list is a string, not a product object' }]);
  });

  it('names the place of text after the list, and says when the list is never closed', async () => {
    const after = join(tmp(), 'after.json');
    writeFileSync(after, '[\n  {"id": "A"}\n]\n{"id": "B"}\n');
    const e1 = await openSource(after).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ImportError);
    expect(e1).toMatchObject({ line: 4, column: '1' });
    expect((e1 as Error).message).toMatch(
      /after\.json, line 4, column 1: this is not valid JSON: text after the end of the list/,
    );

    const open = join(tmp(), 'open.json');
    writeFileSync(open, '[\n  {"id": "A"},\n  {"id": "B"}\n'); // the text ends on line 4
    const e2 = await openSource(open).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(ImportError);
    expect((e2 as Error).message).toMatch(/open\.json, line 4: this is not valid JSON: the text ends before the list is closed/);
  });
});

/** A document holding its product list inside an object streams the same way (json-items.ts walks down to the list). */
describe('JSON product list inside an object, read as a stream', () => {
  it('finds the longest list of objects at any of the first four names, across read chunks', async () => {
    const n = 3000; // about 1.3 MB: the list spans two 1 MB chunks
    const items = Array.from({ length: n }, (_, i) =>
      JSON.stringify({
        sku: `SKU-${i + 1}`,
        title: `Lamp ${i + 1}, "brass"`,
        price: `${20 + (i % 50)}.00`,
        note: 'x'.repeat(400),
      }),
    );
    const path = join(tmp(), 'nested.json');
    writeFileSync(
      path,
      JSON.stringify({ meta: { shop: 'Lumen', tags: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, related: [{ sku: 'R1' }] }).slice(
        0,
        -1,
      ) + `,\n"data": {"count": ${n}, "items": [\n${items.join(',\n')}\n]}}\n`,
    );
    // The first reading reports its progress as it goes: the file is read in chunks, not whole.
    const scans: number[] = [];
    const { reader, rows, rejected } = await readAll(path, { onScan: (done) => scans.push(done) });
    expect(new Set(scans).size).toBeGreaterThanOrEqual(2);
    expect(scans.at(-1)).toBe(statSync(path).size);
    expect(reader.dialect.jsonPath).toBe('data.items');
    expect(reader.header).toEqual(['sku', 'title', 'price', 'note']);
    expect(rejected).toEqual([]);
    expect(rows).toHaveLength(n);
    expect(rows[0]).toEqual({ rowNo: 2, cells: ['SKU-1', 'Lamp 1, "brass"', '20.00', 'x'.repeat(400)] });
    expect(rows[n - 1]!.cells[0]).toBe(`SKU-${n}`);
  });

  it('takes the first of two lists as long, and keeps its non-objects aside with their rows', async () => {
    const path = join(tmp(), 'two.json');
    writeFileSync(path, '{"a": {"products": [{"id": "P1"}, 7, {"id": "P3"}]}, "b": [{"id": "B1"}, {"id": "B2"}, {"id": "B3"}]}');
    const { reader, rows, rejected } = await readAll(path);
    expect(reader.dialect.jsonPath).toBe('a.products');
    expect(rows).toEqual([
      { rowNo: 2, cells: ['P1'] },
      { rowNo: 4, cells: ['P3'] },
    ]);
    expect(rejected).toEqual([{ rowNo: 3, raw: '"7"', error: 'item 2 of the list is a string, not a product object' }]);
  });

  it('reads a .json file that is really JSON Lines as JSON Lines', async () => {
    const path = join(tmp(), 'lines.json');
    writeFileSync(path, '{"id": "A", "tags": ["x"]}\n{"id": "B"}\n{"id": "C", "price": 1.50}\n');
    const { reader, rows } = await readAll(path);
    expect(reader.format).toBe('jsonl');
    expect(rows.map((r) => r.cells)).toEqual([
      ['A', 'x', ''],
      ['B', '', ''],
      ['C', '', '1.50'],
    ]);
  });

  it('names the line and column where the document stops being JSON, outside the list as inside it', async () => {
    const outside = join(tmp(), 'outside.json');
    writeFileSync(outside, '{\n  "shop": "Lumen"\n  "products": [{"id": "A"}]\n}\n');
    const e1 = await openSource(outside).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ImportError);
    expect((e1 as Error).message).toMatch(
      /outside\.json, line 3, column 3: this is not valid JSON: expected , or } after a value \(expected well-formed JSON/,
    );

    const inside = join(tmp(), 'inside.json');
    writeFileSync(inside, '{"products": [\n  {"id": "A"},\n  {"id": "B" "title": "Bee"}\n]}\n');
    const e2 = await openSource(inside).catch((e: unknown) => e);
    expect(e2).toMatchObject({ line: 3, column: '14' });
  });
});

describe('a JSON document with no products', () => {
  it('says what the document is instead', async () => {
    const cases: [string, RegExp][] = [
      [' \n', /the file is empty/],
      ['[]', /no list of products found \(the document is an empty list\)/],
      ['"just text"', /no list of products found \(the document is a string\)/],
      ['null', /no list of products found \(the document is null\)/],
      ['{"shop": {"name": "x", "tags": ["a", "b"]}}', /no list of products found \(the document is an object with keys shop\)/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const path = join(tmp(), `none-${i}.json`);
      writeFileSync(path, text);
      const e = await openSource(path).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(ImportError);
      expect((e as Error).message).toMatch(message);
    }
  });
});
