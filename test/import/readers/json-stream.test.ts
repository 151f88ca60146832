import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
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
