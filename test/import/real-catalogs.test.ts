import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../electron/core/store/index.js';
import { importCatalog, type ImportResult } from '../../electron/core/import/index.js';
import { exportFeed } from '../../electron/core/export/index.js';
import { catalog, HAS_SHARED_DATA, ROOT, SHARED_DATA, SHARED_DATA_MISSING } from '../support/shared-data.js';
import { cli } from '../support/cli.js';
import { useTmpDir } from '../support/tmp.js';
import { csvdiff, HAS_CSVDIFF, pythonEncoding } from './readers/read-all.js';

const tmp = useTmpDir();

function catalogFiles(): string[] {
  if (!HAS_SHARED_DATA) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== 'SOURCE.md') out.push(p);
    }
  };
  walk(join(SHARED_DATA, 'catalogs'));
  return out;
}

/** Files that must not import, and why (the brief allows WXR to be a clear "not a product feed" error). */
const NOT_CATALOGS: Record<string, RegExp> = {
  'woocommerce-sample-data/sample_products.xml': /this is a WordPress export \(WXR\), not a product feed/,
};
/** Bytes that are not valid UTF-8 cannot be written back as such: compared as the U+FFFD they read as. */
const MIXED_ENCODING = new Set(['flipkart-20k-in/amz_com-ecommerce_sample.csv']);

const files = catalogFiles();
const name = (p: string) => relative(join(SHARED_DATA, 'catalogs'), p);

async function importAndExport(file: string): Promise<{ result: ImportResult; out: string; bom: boolean }> {
  const dir = tmp();
  const db = openProject(join(dir, 'p.cdoc'));
  try {
    const result = await importCatalog(db, file, { worker: false });
    const out = join(dir, 'source.csv');
    await exportFeed(db, { profile: 'source', out, formulaGuard: false });
    const dialect = JSON.parse((db.prepare('SELECT dialect FROM sources').get() as { dialect: string }).dialect) as {
      bom?: boolean;
    };
    return { result, out, bom: !!dialect.bom };
  } finally {
    closeProject(db);
  }
}

describe.skipIf(!HAS_SHARED_DATA)(`every real catalog imports (${HAS_SHARED_DATA ? '' : SHARED_DATA_MISSING})`, () => {
  it('finds the catalogs', () => expect(files.length).toBeGreaterThan(40));

  for (const file of files) {
    const n = name(file);
    if (NOT_CATALOGS[n]) {
      it(`${n}: refused with a clear error`, async () => {
        const db = openProject(join(tmp(), 'p.cdoc'));
        try {
          await expect(importCatalog(db, file, { worker: false })).rejects.toThrow(NOT_CATALOGS[n]);
        } finally {
          closeProject(db);
        }
      });
      continue;
    }
    it(`${n}: imports products; a delimited file round-trips through source export cell for cell`, async () => {
      const { result, out, bom } = await importAndExport(file);
      expect(result.products).toBeGreaterThan(0);
      if (!['csv', 'tsv'].includes(result.format) || !HAS_CSVDIFF) return;
      const mixed = MIXED_ENCODING.has(n);
      expect(csvdiff(file, out, pythonEncoding(result.encoding, bom), mixed)).toBe('identical');
      if (mixed)
        expect(result.warnings.find((w) => w.row === undefined)?.message).toMatch(
          /^7 byte sequences in 2 rows are not valid UTF-8/,
        );
      else expect(result.warnings).toEqual([]);
    });
  }
});

describe.skipIf(!HAS_SHARED_DATA)('real catalogs: what the readers must get right', () => {
  it('headerless Windows-1252 offers: every line is a product, rows from 1', async () => {
    const { result } = await importAndExport(catalog('leipzig-amazon-google-cp1252/Amazon.csv'));
    expect(result).toMatchObject({ encoding: 'windows-1252', products: 1363, rows: 1363 });
  });

  it('the hand-made pantry sheet: header on row 2 under the title, in the CSV and in the XLSX', async () => {
    for (const f of ['xlsx-18steps-pantry/products.csv', 'xlsx-18steps-pantry/products.xlsx']) {
      const dir = tmp();
      const db = openProject(join(dir, 'p.cdoc'));
      try {
        await importCatalog(db, catalog(f), { worker: false });
        const s = db.prepare('SELECT header, dialect FROM sources').get() as { header: string; dialect: string };
        expect(JSON.parse(s.header)[0]).toBe('Product name');
        expect((JSON.parse(s.dialect) as { preamble: string[][] }).preamble[0]![0]).toMatch(
          /18 STEPS PANTRY & SPICES — PRODUCT CATALOGUE/,
        );
      } finally {
        closeProject(db);
      }
    }
  });

  it.skipIf(!HAS_CSVDIFF)('an XLSX exported through source equals the seller’s own CSV of the same sheet', async () => {
    const { out } = await importAndExport(catalog('xlsx-hm-us-5k/products.xlsx'));
    expect(csvdiff(catalog('xlsx-hm-us-5k/products.csv'), out, 'utf-8')).toBe('identical');
  });
});

/** Through the real CLI, as a seller runs it (needs `npm run build`). */
const CLI_FILES = [
  'leipzig-amazon-google-cp1252/GoogleProducts.csv',
  'eccube-jp-sjis/product_upload_sjis.csv',
  'woocommerce-export-ptbr/sample_products.txt',
  'gmc-tsv-learning-lab/feed.tsv',
  'xlsx-18steps-pantry/products.csv',
  'flipkart-20k-in/flipkart_category_tree_noheader.csv',
];
const BUILT = existsSync(join(ROOT, 'out/node/cli.js'));
describe.skipIf(!HAS_SHARED_DATA || !HAS_CSVDIFF || !BUILT)(
  'round trip through the CLI (import, export --profile source --no-formula-guard)',
  () => {
    beforeAll(() => expect(BUILT).toBe(true));
    for (const f of CLI_FILES) {
      it(f, () => {
        const dir = tmp();
        const project = join(dir, 'p.cdoc');
        const imp = cli(['import', catalog(f), '--project', project, '--json']);
        expect(imp.stderr.replace(/^import .*\n?/gm, '')).toBe('');
        expect(imp.code).toBe(0);
        const summary = JSON.parse(imp.stdout) as { products: number; encoding: string };
        expect(summary.products).toBeGreaterThan(0);
        const out = join(dir, 'source.csv');
        const exp = cli(['export', project, '--profile', 'source', '--no-formula-guard', '--out', out]);
        expect(exp.code).toBe(0);
        const bom = f.includes('ptbr') || f.includes('18steps');
        expect(csvdiff(catalog(f), out, pythonEncoding(summary.encoding, bom))).toBe('identical');
      });
    }
  },
);
