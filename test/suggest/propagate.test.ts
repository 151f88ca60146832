import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../electron/core/import/index.js';
import { closeProject, openProject, type Db } from '../../electron/core/store/index.js';
import { buildVocabulary, fieldSql, propagate, type Vocabulary } from '../../electron/core/graph/index.js';
import { canonicalKeys, plainKey } from '../../electron/core/suggest/values.js';
import type { Candidate } from '../../electron/core/suggest/types.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();

/**
 * The definition propagation is counted against: for every member of a set, the values of every other
 * member (outside its own item group, for duplicates and models) grouped by key, the most supported
 * first and the first met winning a tie. Propagation counts this once per set instead of per pair;
 * it must give exactly the same candidates, in the same order.
 */
function byDefinition(db: Db, fields: string[], vocab: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const field of fields)
    for (const relation of ['variant-of', 'duplicate-of', 'same-model'] as const) {
      const linkSql =
        relation === 'variant-of' ? `item_group_id` : relation === 'duplicate-of' ? `lower(trim(title))` : `lower(trim(mpn))`;
      const extra = relation === 'duplicate-of' ? `AND length(trim(title)) >= 12` : '';
      type M = { pid: number; row: number; id: string | null; link: string; value: string | null; g: string | null };
      const rows = db
        .prepare(
          `SELECT pid, row_no AS row, "id" AS id, ${linkSql} AS link, ${fieldSql(field)} AS value, item_group_id AS g FROM products
           WHERE ${linkSql} IS NOT NULL AND ${linkSql} <> '' ${extra} ORDER BY link, pid`,
        )
        .all() as M[];
      const sets = new Map<string, M[]>();
      for (const r of rows) sets.set(r.link, [...(sets.get(r.link) ?? []), r]);
      for (const members of sets.values()) {
        if (members.length < 2) continue;
        for (const m of members) {
          const others = members.filter(
            (o) => o !== m && (relation === 'variant-of' || o.g === null || o.g !== m.g) && o.value && o.value.trim(),
          );
          if (others.length === 0) continue;
          const byKey = new Map<string, M[]>();
          for (const o of others) {
            const k = canonicalKeys(field, o.value)[0] ?? plainKey(o.value!);
            byKey.set(k, [...(byKey.get(k) ?? []), o]);
          }
          const [key, support] = [...byKey].sort((a, b) => b[1].length - a[1].length)[0]!;
          const share = support.length / others.length;
          if (share < 0.5) continue;
          const value = vocab.spelling(field, key, support[0]!.value!.trim());
          const strength = share === 1 ? (support.length >= 2 ? '' : '-one') : '-mixed';
          out.push({
            pid: m.pid,
            field,
            key,
            value,
            source: 'graph',
            signal: `${relation === 'variant-of' ? 'group' : relation === 'duplicate-of' ? 'duplicate' : 'model'}${strength}`,
            evidence: {
              source: 'graph',
              relation,
              group: relation === 'variant-of' ? m.link : undefined,
              products: support.slice(0, 3).map((s) => ({ row: s.row, id: s.id })),
              value,
            },
          });
        }
      }
    }
  return out;
}

describe('graph propagation', () => {
  it('gives what the pairwise definition gives on catalogs full of duplicates, ties and item groups', async () => {
    const brands = ['Contoso', 'CONTOSO', 'Fabrikam', 'fabrikam ', 'Northwind', '', '', 'Black'];
    const materials = ['Cotton', 'cotton', 'Wool', 'Leather and Polyester', 'Nylon/Polyester', '', ''];
    const titles = ['Organic Cotton T-Shirt', 'Fleece Hoodie Navy', 'Short', 'Leather Belt Brown'];
    for (const seed of [1, 2, 3, 4, 5]) {
      let s = seed;
      const r = (k: number) => (s = (s * 1103515245 + 12345) % 2147483648) % k;
      const rows = [['id', 'item_group_id', 'title', 'mpn', 'brand', 'material']];
      for (let i = 0; i < 120; i++)
        rows.push([
          `SKU-${i}`,
          r(4) === 0 ? '' : `G-${r(12)}`,
          titles[r(titles.length)]!,
          r(3) === 0 ? `MPN-${r(5)}` : '',
          brands[r(brands.length)]!,
          materials[r(materials.length)]!,
        ]);
      const dir = tmp();
      const file = join(dir, 'catalog.csv');
      writeFileSync(file, stringify(rows));
      const db = openProject(join(dir, 'p.cdoc'));
      try {
        await importCatalog(db, file);
        const fields = ['brand', 'material'];
        const vocab = buildVocabulary(db, fields);
        const expected = byDefinition(db, fields, vocab);
        expect(expected.length).toBeGreaterThan(50);
        expect(expected.some((c) => c.signal.endsWith('-mixed'))).toBe(true);
        expect(propagate(db, fields, vocab)).toEqual(expected);
      } finally {
        closeProject(db);
      }
    }
  });
});
