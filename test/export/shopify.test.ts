import { describe, expect, it, afterEach } from 'vitest';
import { closeProject, type Db } from '../../electron/core/store/index.js';
import shopifyProfile from '../../shared/profiles/export/shopify.json' with { type: 'json' };
import { useTmpDir } from '../support/tmp.js';
import { exportText, parseRecords, parseRows, projectWith } from './export-project.js';

const tmp = useTmpDir();
let db: Db | undefined;
afterEach(() => {
  if (db) closeProject(db);
  db = undefined;
});

describe('shopify export', () => {
  it('writes the 2024+ header and one row per variant, product cells only on the first row of a handle', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'shopify-products.csv');
    const { text, result } = await exportText(db, dir, { profile: 'shopify' });
    expect(result.format).toBe('csv');
    const rows = parseRows(text);
    expect(rows[0]).toEqual(shopifyProfile.columns.map((c) => c.header));
    expect(rows[0]!.slice(0, 4)).toEqual(['Title', 'URL handle', 'Description', 'Vendor']);
    const records = parseRecords(text);

    const tee = records.filter((r) => r['URL handle'] === 'organic-cotton-tee');
    const teeVariants = tee.filter((r) => r.SKU !== '');
    expect(teeVariants.map((r) => r.SKU)).toEqual(['TEE-S', 'TEE-M', 'TEE-L']);
    expect(teeVariants[0]).toMatchObject({
      Title: 'Organic Cotton Tee',
      Vendor: 'Acme Apparel',
      'Option1 name': 'Size',
      'Option1 value': 'S',
    });
    expect(teeVariants[0]!.Description).toBe('<p>Soft, breathable tee in 180 g/m² organic cotton.</p>');
    for (const r of teeVariants.slice(1)) {
      expect(r).toMatchObject({ Title: '', Description: '', Vendor: '', Type: '', Tags: '', 'Option1 name': '' });
    }
    expect(teeVariants.map((r) => r['Option1 value'])).toEqual(['S', 'M', 'L']);
    expect(teeVariants.map((r) => [r['Option2 name'], r['Option2 value']])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(teeVariants.map((r) => r.Price)).toEqual(['19.99', '19.99', '21.00']);
    // The barcode keeps its leading zeros.
    expect(teeVariants[0]!.Barcode).toBe('0012345678905');
    expect(teeVariants.map((r) => r['Weight value (grams)'])).toEqual(['180', '190', '200']);
    expect(teeVariants.map((r) => r['Inventory quantity'])).toEqual(['12', '0', '-5']);
    expect(teeVariants.map((r) => r['Inventory tracker'])).toEqual(['shopify', 'shopify', 'shopify']);

    // Every image of the handle: the first on the first row, the others on image-only rows after the variants.
    expect(teeVariants[0]).toMatchObject({ 'Product image URL': 'https://cdn.example.com/tee-front.jpg', 'Image position': '1' });
    const teeImages = tee.filter((r) => r.SKU === '');
    expect(teeImages.map((r) => [r['Product image URL'], r['Image position']])).toEqual([
      ['https://cdn.example.com/tee-back.jpg', '2'],
      ['https://cdn.example.com/tee-detail.jpg', '3'],
    ]);
    for (const r of teeImages) {
      const filled = Object.entries(r)
        .filter(([, v]) => v !== '')
        .map(([k]) => k);
      expect(filled.sort()).toEqual(['Image position', 'Product image URL', 'URL handle']);
    }
    // Image rows come after all variants of their handle.
    const teeAt = records.map((r, i) => (r['URL handle'] === 'organic-cotton-tee' ? i : -1)).filter((i) => i >= 0);
    expect(teeAt).toEqual([0, 1, 2, 3, 4]);
    expect(records.slice(0, 5).map((r) => r.SKU)).toEqual(['TEE-S', 'TEE-M', 'TEE-L', '', '']);

    expect(result.rows).toBe(8);
    expect(result.warnings.missing).toEqual({});
  });

  it('names two options in the order the seller had them and keeps a single product as Title / Default Title', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'shopify-products.csv');
    const records = parseRecords((await exportText(db, dir, { profile: 'shopify' })).text);
    const linen = records.filter((r) => r['URL handle'] === 'linen-shirt' && r.SKU);
    expect(linen.map((r) => [r['Option1 value'], r['Option2 value']])).toEqual([
      ['White', 'M'],
      ['White', 'L'],
      ['Blue', 'M'],
      ['Blue', 'L'],
    ]);
    expect(linen[0]).toMatchObject({ 'Option1 name': 'Color', 'Option2 name': 'Size', 'Option3 name': '' });
    expect(linen.slice(1).every((r) => r['Option1 name'] === '' && r['Option2 name'] === '')).toBe(true);

    const tote = records.filter((r) => r['URL handle'] === 'canvas-tote');
    expect(tote).toHaveLength(1);
    expect(tote[0]).toMatchObject({
      Title: 'Canvas Tote',
      SKU: 'TOTE-1',
      'Option1 name': 'Title',
      'Option1 value': 'Default Title',
      'Option2 name': '',
      'Variant image URL': '',
      'Product image URL': 'https://cdn.example.com/tote.jpg',
      'Image position': '1',
      Tags: 'bags, canvas',
    });
  });

  it('groups a generic catalog by item_group_id, however scattered, and turns sale prices into Price / Compare-at price', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const { text, result } = await exportText(db, dir, { profile: 'shopify' });
    const records = parseRecords(text);
    const hood = records.filter((r) => r['URL handle'] === 'hood');
    expect(hood.filter((r) => r.SKU).map((r) => r.SKU)).toEqual(['HOOD-GRY-M', 'HOOD-NVY-M']);
    // The two hoodies are adjacent although the mug sat between them in the file.
    expect(records.findIndex((r) => r.SKU === 'HOOD-NVY-M') - records.findIndex((r) => r.SKU === 'HOOD-GRY-M')).toBe(1);
    expect(hood[0]).toMatchObject({
      'Option1 name': 'Color',
      'Option1 value': 'Grey',
      Price: '39.90',
      'Compare-at price': '49.90',
    });
    expect(hood[1]).toMatchObject({ 'Option1 value': 'Navy', Price: '49.90', 'Compare-at price': '' });
    // Variants with their own images name them; variants sharing one image do not repeat it.
    expect(hood.filter((r) => r.SKU).map((r) => r['Variant image URL'])).toEqual([
      'https://cdn.example.com/hood-grey.jpg',
      'https://cdn.example.com/hood-navy.jpg',
    ]);
    // weight (kg) 0.45 -> 450 g: the unit comes from the source column's header.
    expect(hood[0]!['Weight value (grams)']).toBe('450');
    // Products without a group get a handle from their title; handles never collide.
    const handles = new Set(records.filter((r) => r.SKU).map((r) => r['URL handle']));
    expect(handles).toEqual(new Set(['hood', 'stoneware-mug', 'hyperlink-http-evil-example-click-me', 'made-to-order-table']));
    expect(result.warnings.notes['price is not a number; written as it was']).toEqual({ products: 1, example: 'call us' });
  });
});
