import { join } from 'node:path';
import type { LayoutName } from '../../../shared/layouts.js';
import { openSource } from '../../../electron/core/import/readers/index.js';
import { detectLayout, layoutByName } from '../../../electron/core/import/layouts/index.js';
import type { MappedProduct, RawRow, RowMapper } from '../../../electron/core/import/types.js';
import { ROOT } from '../../support/shared-data.js';

export const FIXTURES = join(ROOT, 'test/fixtures/layouts');
export const fixture = (name: string) => join(FIXTURES, name);

/** Reads a whole (small) file through the real reader and maps it with the detected or named layout. */
export async function mapFile(file: string, layout?: LayoutName) {
  const reader = await openSource(file);
  const rows: RawRow[] = [];
  for await (const r of reader.rows) if ('cells' in r) rows.push(r);
  const l = layout ? layoutByName(layout) : detectLayout(reader.header);
  const mapper: RowMapper = l.createMapper(reader.header, rows.slice(0, 200));
  const products: MappedProduct[] = [];
  for (const r of rows) products.push(...mapper.push(r).products);
  products.push(...mapper.finish().products);
  const byRow = new Map(products.map((p) => [p.rowNo, p]));
  const at = (row: number) => {
    const p = byRow.get(row);
    if (!p) throw new Error(`no product at row ${row} of ${file}`);
    return p.values;
  };
  return { header: reader.header, layout: l.name, mapper, rows, products, at, has: (row: number) => byRow.has(row) };
}
