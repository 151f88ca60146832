import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { HAS_SHARED_DATA, SHARED_DATA_MISSING, catalog } from '../support/shared-data.js';
import { useTmpDir } from '../support/tmp.js';
import { openProject, closeProject } from '../../electron/core/store/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { runAudit, iterateFindings, type FindingRow } from '../../electron/core/audit/index.js';

const tmp = useTmpDir();

/** Seeded PRNG (mulberry32) so the planted rows are the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Audited {
  findings: FindingRow[];
  mapping: Record<string, string | null>;
}

async function auditFile(file: string): Promise<Audited> {
  const dir = tmp();
  const db = openProject(join(dir, 'p.cdoc'));
  try {
    const r = await importCatalog(db, file);
    runAudit(db);
    return { findings: [...iterateFindings(db)], mapping: r.mapping };
  } finally {
    closeProject(db);
  }
}

interface Plant {
  row: number;
  rule: string;
  field: string;
  /** Other rows the plant legitimately changes findings on (the duplicate's partner). */
  partners: number[];
}
type Rec = Record<string, string>;
type Planter = (ctx: {
  recs: Rec[];
  col: (f: string) => string | undefined;
  r: number;
  pick: (ok: (i: number) => boolean) => number | undefined;
}) => Omit<Plant, 'row'> | undefined;

const has = (rec: Rec, c: string | undefined) => !!c && !!rec[c]?.trim();

/** One planter per defect kind of issue 3; each changes the cells of row r (and returns undefined when the catalog cannot carry it). */
const PLANTERS: Record<string, Planter> = {
  'duplicate-id': ({ recs, col, r, pick }) => {
    const c = col('id');
    const s = c ? pick((i) => has(recs[i]!, c)) : undefined;
    if (!c || s === undefined) return;
    recs[r]![c] = recs[s]![c]!;
    return { rule: 'duplicate-id', field: 'id', partners: [s + 2] };
  },
  'duplicate-gtin': ({ recs, col, r, pick }) => {
    const c = col('gtin');
    const s = c ? pick((i) => has(recs[i]!, c)) : undefined;
    if (!c || s === undefined) return;
    recs[r]![c] = recs[s]![c]!;
    return { rule: 'duplicate-gtin', field: 'gtin', partners: [s + 2] };
  },
  'gtin-check-digit': ({ recs, col, r }) => {
    const c = col('gtin');
    const g = c && recs[r]![c];
    if (!c || !g || !/^\d{8,14}$/.test(g)) return;
    recs[r]![c] = g.slice(0, -1) + String((Number(g.at(-1)) + 1) % 10);
    return { rule: 'gtin-invalid', field: 'gtin', partners: [] };
  },
  whitespace: ({ recs, col, r }) => {
    const c = col('title')!;
    recs[r]![c] = ` ${recs[r]![c]}  `;
    return { rule: 'whitespace', field: 'title', partners: [] };
  },
  mojibake: ({ recs, col, r }) => {
    const c = col('title')!;
    recs[r]![c] = Buffer.from(`${recs[r]![c]} Crème`, 'utf8').toString('latin1');
    return { rule: 'text-encoding', field: 'title', partners: [] };
  },
  'control-characters': ({ recs, col, r }) => {
    const c = col('title')!;
    recs[r]![c] = recs[r]![c]!.replace(' ', ' \u0007');
    return { rule: 'control-characters', field: 'title', partners: [] };
  },
  'broken-html': ({ recs, col, r }) => {
    const c = col('description');
    if (!c || !has(recs[r]!, c)) return;
    recs[r]![c] = `<div><p>${recs[r]![c]}</p>`;
    return { rule: 'broken-html', field: 'description', partners: [] };
  },
  'price-zero': ({ recs, col, r }) => {
    const c = col('price');
    if (!c || !has(recs[r]!, c)) return;
    recs[r]![c] = '0';
    return { rule: 'price-zero', field: 'price', partners: [] };
  },
  'price-missing': ({ recs, col, r }) => {
    const c = col('price');
    if (!c || !has(recs[r]!, c)) return;
    recs[r]![c] = '';
    return { rule: 'price-missing', field: 'price', partners: [] };
  },
  'sale-above-price': ({ recs, col, r }) => {
    const p = col('price');
    const s = col('sale_price');
    const price = p && Number(recs[r]![p]!.replace(/[^\d.]/g, ''));
    if (!p || !s || !price) return;
    recs[r]![s] = String(price * 2);
    return { rule: 'sale-above-price', field: 'sale_price', partners: [] };
  },
  'title-contradicts-color': ({ recs, col, r }) => {
    const t = col('title')!;
    const c = col('color');
    if (!c || !has(recs[r]!, c) || /green|red/i.test(recs[r]![t]!)) return;
    recs[r]![t] = `${recs[r]![t]} Red`;
    recs[r]![c] = 'Green';
    return { rule: 'title-contradicts-attribute', field: 'color', partners: [] };
  },
  'title-contradicts-size': ({ recs, col, r }) => {
    const t = col('title')!;
    const c = col('size');
    if (!c || !has(recs[r]!, c)) return;
    recs[r]![t] = `${recs[r]![t]!.replace(/\b(size\s+\w+|x+[sl]|\d?xl)\b/gi, '')} Size XXL`;
    recs[r]![c] = 'S';
    return { rule: 'title-contradicts-attribute', field: 'size', partners: [] };
  },
  'value-spelling': ({ recs, col, r }) => {
    const c = col('color');
    if (!c) return;
    const counts = new Map<string, number>();
    for (const x of recs) if (x[c]) counts.set(x[c]!, (counts.get(x[c]!) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!top || n! < 3 || recs[r]![c] === top) return;
    recs[r]![c] = top.toUpperCase() === top ? top.toLowerCase() : top.toUpperCase();
    return { rule: 'value-spelling', field: 'color', partners: [] };
  },
  'brand-spelling': ({ recs, col, r }) => {
    const c = col('brand');
    if (!c) return;
    const counts = new Map<string, number>();
    for (const x of recs) if (x[c]) counts.set(x[c]!, (counts.get(x[c]!) ?? 0) + 1);
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!top || n! < 3) return;
    recs[r]![c] = top.toUpperCase() === top ? top.toLowerCase() : top.toUpperCase();
    return { rule: 'brand-spelling', field: 'brand', partners: [] };
  },
  'image-missing': ({ recs, col, r }) => {
    const c = col('image_link');
    if (!c || !has(recs[r]!, c)) return;
    recs[r]![c] = '';
    return { rule: 'image-missing', field: 'image_link', partners: [] };
  },
  'shared-image': ({ recs, col, r, pick }) => {
    const c = col('image_link');
    const t = col('title')!;
    const g = col('item_group_id');
    const words = (s: string) =>
      new Set(
        s
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean),
      );
    const mine = words(recs[r]![t]!);
    const s = !c
      ? undefined
      : pick((i) => {
          if (!has(recs[i]!, c) || (g && recs[i]![g] && recs[i]![g] === recs[r]![g])) return false;
          const other = words(recs[i]![t]!);
          return [...mine].filter((w) => other.has(w)).length === 0;
        });
    if (!c || s === undefined) return;
    recs[r]![c] = recs[s]![c]!;
    return { rule: 'shared-image', field: 'image_link', partners: [s + 2] };
  },
  'near-duplicate': ({ recs, col, r, pick }) => {
    const g = col('item_group_id');
    const s = pick((i) => !g || !recs[i]![g] || recs[i]![g] !== recs[r]![g]);
    if (s === undefined) return;
    // A duplicate listing: the same title, attributes, price, photos and description under another id.
    const fields = ['title', 'brand', 'color', 'size', 'material', 'pattern', 'gender', 'age_group', 'price', 'sale_price'];
    fields.push('image_link', 'additional_image_link', 'description', 'product_type', 'google_product_category');
    for (const f of fields) {
      const c = col(f);
      if (c) recs[r]![c] = recs[s]![c]!;
    }
    // Photo, colour/size-like and content columns the layout keeps as custom attributes ("images", "NumImages").
    const look =
      /image|photo|picture|img|colou?r|size|style|flavou?r|scent|variant|pattern|material|finish|fit\b|ingredient|quantity|weight|volume|capacity|pack|model/i;
    for (const c of Object.keys(recs[r]!)) if (look.test(c)) recs[r]![c] = recs[s]![c]!;
    return { rule: 'near-duplicate', field: 'title', partners: [s + 2] };
  },
  'variant-duplicate-options': ({ recs, col, r, pick }) => {
    const g = col('item_group_id');
    if (!g || !recs[r]![g]) return;
    const s = pick((i) => recs[i]![g] === recs[r]![g]);
    if (s === undefined) return;
    for (const f of ['color', 'size', 'material', 'pattern', 'gender', 'age_group']) {
      const c = col(f);
      if (c) recs[r]![c] = recs[s]![c]!;
    }
    return { rule: 'variant-duplicate-options', field: 'color', partners: [s + 2] };
  },
  'variant-group-conflict': ({ recs, col, r }) => {
    const g = col('item_group_id');
    const b = col('brand');
    if (!g || !b || !recs[r]![g] || recs.filter((x) => x[g] === recs[r]![g]).length < 3) return;
    recs[r]![b] = 'Zzyzx Outfitters';
    return { rule: 'variant-group-conflict', field: 'brand', partners: [] };
  },
  'price-outlier': ({ recs, col, r }) => {
    const p = col('price');
    const cat = col('product_type');
    if (!p || !cat || !has(recs[r]!, p) || recs.filter((x) => x[cat] === recs[r]![cat] && x[p]).length < 30) return;
    const n = Number(recs[r]![p]!.replace(/[^\d.]/g, ''));
    if (!n) return;
    recs[r]![p] = String(n * 1000);
    return { rule: 'price-outlier', field: 'price', partners: [] };
  },
};

async function inject(file: string, delimiter: string, seed: number) {
  const base = await auditFile(file);
  const col = (f: string) => Object.entries(base.mapping).find(([, v]) => v === f)?.[0];
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const recs = parse(text, { columns: true, delimiter, relax_quotes: true }) as Rec[];
  const header = Object.keys(recs[0]!);
  const rand = rng(seed);
  const used = new Set<number>();
  const plants: Plant[] = [];
  const free = (ok: (i: number) => boolean) => {
    const pool = recs.map((_, i) => i).filter((i) => !used.has(i) && ok(i));
    if (!pool.length) return undefined;
    const i = pool[Math.floor(rand() * pool.length)]!;
    used.add(i);
    return i;
  };
  for (const [kind, planter] of Object.entries(PLANTERS)) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const r = free(() => true);
      if (r === undefined) break;
      const p = planter({ recs, col, r, pick: free });
      if (p) {
        plants.push({ ...p, row: r + 2 });
        expect(kind).toBeTruthy();
        break;
      }
    }
  }
  const dir = tmp();
  const planted = join(dir, 'planted' + file.slice(file.lastIndexOf('.')));
  writeFileSync(planted, stringify(recs, { header: true, columns: header, delimiter }));
  const after = await auditFile(planted);
  return { base, after, plants };
}

const key = (f: FindingRow) => `${f.row}|${f.rule}|${f.field}`;

describe.skipIf(!HAS_SHARED_DATA)(
  `defect injection on real catalogs${HAS_SHARED_DATA ? '' : ` (${SHARED_DATA_MISSING})`}`,
  () => {
    for (const [name, path, delimiter, seed] of [
      ['gmc-tsv-learning-lab', catalog('gmc-tsv-learning-lab', 'feed.tsv'), '\t', 7],
      ['adidas-us-products', catalog('adidas-us-products', 'adidas_usa.csv'), ',', 11],
      ['myntra-fashion-in', catalog('myntra-fashion-in', 'myntra_products_catalog.csv'), ',', 5],
    ] as const) {
      it(`${name}: finds >= 95% of planted defects at the right row and field, and nothing new elsewhere`, async () => {
        const { base, after, plants } = await inject(path, delimiter, seed);
        expect(plants.length).toBeGreaterThanOrEqual(8);
        const found = new Set(after.findings.map(key));
        const missed = plants.filter((p) => !found.has(`${p.row}|${p.rule}|${p.field}`));
        expect(missed.length / plants.length, `missed: ${JSON.stringify(missed)}`).toBeLessThanOrEqual(0.05);
        // Rows with no plant (and no partner of one) keep exactly the findings they had.
        const touched = new Set(plants.flatMap((p) => [p.row, ...p.partners]));
        const untouched = (fs: FindingRow[]) =>
          fs
            .filter((f) => !touched.has(f.row))
            .map(key)
            .sort();
        const before = untouched(base.findings);
        const now = untouched(after.findings);
        const added = now.filter((x) => !before.includes(x));
        expect(added, 'findings that appeared on rows without a plant').toEqual([]);
      });
    }

    it('the same catalog audited twice, untouched, gives the same findings', async () => {
      const a = await auditFile(catalog('gmc-tsv-learning-lab', 'feed.tsv'));
      const b = await auditFile(catalog('gmc-tsv-learning-lab', 'feed.tsv'));
      expect(b.findings.map(key)).toEqual(a.findings.map(key));
    });
  },
);
