import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, closeProject } from '../../../electron/core/store/index.js';
import {
  importCatalog,
  previewMapping,
  parseMappingFile,
  ImportError,
  findSavedMapping,
} from '../../../electron/core/import/index.js';
import {
  LayoutTableSchema,
  ShopifySpecSchema,
  SynonymsSchema,
  VocabulariesSchema,
} from '../../../electron/core/import/layouts/data-schemas.js';
import synonyms from '../../../shared/data/header-synonyms.json' with { type: 'json' };
import vocab from '../../../shared/data/value-vocabularies.json' with { type: 'json' };
import shopify from '../../../shared/data/shopify-columns.json' with { type: 'json' };
import woo from '../../../shared/data/woocommerce-columns.json' with { type: 'json' };
import amazon from '../../../shared/data/amazon-columns.json' with { type: 'json' };
import tiktok from '../../../shared/data/tiktok-columns.json' with { type: 'json' };
import google from '../../../shared/data/google-columns.json' with { type: 'json' };
import { cli } from '../../support/cli.js';
import { ROOT } from '../../support/shared-data.js';
import { useTmpDir } from '../../support/tmp.js';
import { fixture } from './map-file.js';

const tmp = useTmpDir();
const HAS_BUILD = existsSync(join(ROOT, 'out/node/cli.js'));

describe('layout data files', () => {
  it('validate against their schemas and cite the marketplace source', () => {
    expect(SynonymsSchema.safeParse(synonyms).success).toBe(true);
    expect(VocabulariesSchema.safeParse(vocab).success).toBe(true);
    expect(ShopifySpecSchema.parse(shopify).source).toMatch(/help\.shopify\.com/);
    expect(LayoutTableSchema.parse(woo).source).toMatch(/woocommerce/);
    expect(LayoutTableSchema.parse(amazon).source).toMatch(/sellercentral\.amazon/);
    expect(LayoutTableSchema.parse(tiktok).source).toMatch(/tiktok\.com/);
    expect(LayoutTableSchema.parse(google).source).toMatch(/support\.google\.com\/merchants/);
    // A table entry naming a field that is not canonical is refused.
    expect(LayoutTableSchema.safeParse({ ...woo, columns: [{ names: ['X'], field: 'colour' }] }).success).toBe(false);
  });
});

describe('previewMapping', () => {
  it('shows header, detected layout, sample rows and the proposed mapping with reasons, without importing', async () => {
    const pv = await previewMapping(fixture('generic-de.csv'), { show: 2 });
    expect(pv.layout).toBe('generic');
    expect(pv.layouts[0]).toEqual({ layout: 'generic', score: 0.1 });
    expect(pv.header[0]).toBe('Artikelnummer');
    expect(pv.mappingFrom).toBe('auto');
    expect(pv.sampleRows).toEqual([
      { row: 2, cells: expect.arrayContaining(['A-1001', 'Trekkingrucksack 30 Liter']) },
      { row: 3, cells: expect.arrayContaining(['A-1002']) },
    ]);
    const gtin = pv.columns.find((c) => c.column === 'Nummer 2')!;
    expect(gtin).toMatchObject({ field: 'gtin', from: 'values', samples: ['4006381333931', '5012345678900', '8712345678906'] });
    expect(pv.sampleProducts[0]!.values).toMatchObject({ id: 'A-1001', gtin: '4006381333931', price: '89,90 €' });
  });
});

describe('an edited mapping', () => {
  it('applies to the import, is stored in sources.mapping, saved for the header and reused next time', async () => {
    const path = join(tmp(), 'p.cdoc');
    const db = openProject(path);
    try {
      const first = await importCatalog(db, fixture('generic-de.csv'), {
        worker: false,
        mapping: { Notiz: 'custom_label_0', Kosten: 'sale_price', Variante: null },
      });
      expect(first.mappingFrom).toBe('seller');
      expect(first.mapping).toMatchObject({ Notiz: 'custom_label_0', Kosten: 'sale_price', Variante: null, Artikelnummer: 'id' });
      const stored = db.prepare(`SELECT mapping FROM sources WHERE source_id = ?`).get(first.sourceId) as { mapping: string };
      expect(JSON.parse(stored.mapping)).toMatchObject({ Kosten: 'sale_price', Variante: null });
      const p = db
        .prepare(`SELECT sale_price, price, color, attrs FROM products WHERE "id" = 'A-1001' AND source_id = ?`)
        .get(first.sourceId) as Record<string, string | null>;
      expect(p).toMatchObject({ sale_price: '89,90 €', price: null, color: null });
      expect(JSON.parse(p.attrs!)).toMatchObject({ custom_label_0: 'Neu im Sortiment' });
      const header = JSON.parse(
        (db.prepare(`SELECT header FROM sources WHERE source_id = ?`).get(first.sourceId) as { header: string }).header,
      ) as string[];
      expect(findSavedMapping(db, header)).toMatchObject({
        layout: 'generic',
        mapping: { Kosten: 'sale_price', Variante: null },
      });

      // The next file with the same header maps the way the seller said, without being told again.
      const second = await importCatalog(db, fixture('generic-de.csv'), { worker: false });
      expect(second.mappingFrom).toBe('saved');
      expect(second.mapping).toEqual(first.mapping);
      const pv = await previewMapping(fixture('generic-de.csv'), { db });
      expect(pv.mappingFrom).toBe('saved');
      expect(pv.columns.find((c) => c.column === 'Kosten')).toMatchObject({ field: 'sale_price', from: 'saved' });
    } finally {
      closeProject(db);
    }
  });

  it('naming a column the file does not have is a clear error, and the project is left as it was', async () => {
    const db = openProject(join(tmp(), 'p.cdoc'));
    try {
      const err = await importCatalog(db, fixture('generic-de.csv'), { worker: false, mapping: { Preis: 'price' } }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).column).toBe('Preis');
      expect((err as Error).message).toMatch(
        /generic-de\.csv, column "Preis": the mapping names a column the file does not have \(expected one of "Artikelnummer"/,
      );
      expect((db.prepare(`SELECT count(*) AS n FROM sources`).get() as { n: number }).n).toBe(0);
    } finally {
      closeProject(db);
    }
  });

  it('mapping files: a bare mapping, or any JSON with a mapping member; anything else is refused clearly', () => {
    expect(parseMappingFile('{"EAN":"gtin","Notes":null}', 'm.json').mapping).toEqual({ EAN: 'gtin', Notes: null });
    expect(parseMappingFile('{"products":3,"layout":"generic","mapping":{"EAN":"gtin"}}', 'm.json')).toEqual({
      mapping: { EAN: 'gtin' },
      layout: 'generic',
    });
    expect(() => parseMappingFile('{"EAN": 13}', 'm.json')).toThrow(/m\.json, column "EAN": not a column mapping/);
    expect(() => parseMappingFile('{oops', 'm.json')).toThrow(/m\.json: not valid JSON/);
  });
});

describe.skipIf(!HAS_BUILD)(`import --mapping (CLI${HAS_BUILD ? '' : ': run npm run build first'})`, () => {
  it('takes the mapping from a file and prints where each column went', () => {
    const dir = tmp();
    const m = join(dir, 'mapping.json');
    writeFileSync(m, JSON.stringify({ mapping: { Kosten: 'sale_price' } }));
    const r = cli(['import', fixture('generic-de.csv'), '--project', join(dir, 'p.cdoc'), '--mapping', m, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.mapping.Kosten).toBe('sale_price');
    expect(out.files[0].mappingFrom).toBe('seller');
    expect(out.files[0].columns.find((c: { column: string }) => c.column === 'Nummer 2')).toMatchObject({
      field: 'gtin',
      from: 'values',
    });
    const bad = cli([
      'import',
      fixture('generic-de.csv'),
      '--project',
      join(dir, 'q.cdoc'),
      '--mapping',
      join(dir, 'missing.json'),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/missing\.json: cannot read the mapping file \(ENOENT\)/);
  });
});
