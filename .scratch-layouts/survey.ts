import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { previewMapping } from '/work/main/electron/core/import/index.js';
const root = '/work/shared/data/catalogs';
const only = process.argv[2];
for (const d of readdirSync(root).sort()) {
  for (const f of readdirSync(join(root, d)).sort()) {
    if (f === 'SOURCE.md') continue;
    const p = join(root, d, f);
    if (only && !p.includes(only)) continue;
    try {
      const pv = await previewMapping(p, { show: 3 });
      const key = pv.columns.filter((c) => c.field && /^[a-z_]+$/.test(c.field) && c.from !== 'custom').map((c) => `${c.column}→${c.field}(${c.confidence},${c.from[0]})`);
      console.log(`${d}/${f}: ${pv.layout} [${pv.layouts.slice(0, 2).map((l) => `${l.layout}:${l.score}`).join(' ')}] ${key.join('; ')}`);
      if (only) console.log(JSON.stringify(pv.columns.map(c=>[c.column,c.field,c.confidence,c.reason]),null,0), JSON.stringify(pv.sampleProducts,null,0).slice(0,3000));
    } catch (e) {
      console.log(`${d}/${f}: ERROR ${(e as Error).message.slice(0, 150)}`);
    }
  }
}
