import { openSource } from '/work/main/electron/core/import/readers/index.js';
import { detectLayout } from '/work/main/electron/core/import/layouts/index.js';
import type { RawRow, MappedProduct } from '/work/main/electron/core/import/types.js';
const [file, ...rowsWanted] = process.argv.slice(2);
const reader = await openSource(file!);
const all: RawRow[] = [];
for await (const r of reader.rows) if ('cells' in r) all.push(r);
const layout = detectLayout(reader.header);
const m = layout.createMapper(reader.header, all.slice(0, 200));
const ps: MappedProduct[] = [];
for (const r of all) ps.push(...m.push(r).products);
ps.push(...m.finish().products);
console.log(layout.name, 'rows', all.length, 'products', ps.length);
for (const p of ps) if (!rowsWanted.length || rowsWanted.includes(String(p.rowNo))) {
  const v = Object.fromEntries(Object.entries(p.values).map(([k, x]) => [k, String(x).slice(0, 60)]));
  console.log(p.rowNo, JSON.stringify(v), JSON.stringify(p.cellMap));
}
