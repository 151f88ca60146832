import { describe, expect, it, afterEach } from 'vitest';
import { closeProject, type Db } from '../../electron/core/store/index.js';
import amazonProfile from '../../shared/profiles/export/amazon.json' with { type: 'json' };
import tiktokProfile from '../../shared/profiles/export/tiktok.json' with { type: 'json' };
import wooProfile from '../../shared/profiles/export/woocommerce.json' with { type: 'json' };
import { useTmpDir } from '../support/tmp.js';
import { exportText, parseRecords, parseRows, projectWith } from './export-project.js';

const tmp = useTmpDir();
let db: Db | undefined;
afterEach(() => {
  if (db) closeProject(db);
  db = undefined;
});

describe('tiktok export', () => {
  it('writes one row per SKU with the template headers, variation values and converted numbers', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const { text, result } = await exportText(db, dir, { profile: 'tiktok' });
    expect(result.format).toBe('csv');
    const rows = parseRows(text);
    expect(rows[0]).toEqual(tiktokProfile.columns.map((c) => c.header));
    expect(rows[0]!.slice(0, 5)).toEqual(['Category', 'Brand', 'Product Name', 'Product Description', 'Main Product Image']);
    const bySku = new Map(parseRecords(text).map((r) => [r['Seller SKU'], r]));
    expect([...bySku.keys()]).toEqual(['HOOD-GRY-M', 'HOOD-NVY-M', 'MUG-01', 'LINK-1', 'ASK-1']);
    expect(bySku.get('HOOD-GRY-M')).toMatchObject({
      'Product Name': 'Fleece Hoodie',
      Category: 'Apparel > Hoodies',
      Variation: 'Grey',
      'Variation 2': '',
      'Variant Image': 'https://cdn.example.com/hood-grey.jpg',
      'Product Image 2': 'https://cdn.example.com/hood-grey-2.jpg',
      'Product Image 3': 'https://cdn.example.com/hood-grey-3.jpg',
      'Product Image 4': '',
      'Identifier Code Type': 'EAN',
      'Identifier Code': '4006381333931',
      'Package Weight(lb)': '0.99',
      'Retail Price (Local Currency)': '49.90',
      Quantity: '8',
    });
    // Product-level cells repeat on every SKU of a product.
    expect(bySku.get('HOOD-NVY-M')).toMatchObject({ 'Product Name': 'Fleece Hoodie', Brand: 'Northwind', Variation: 'Navy' });
    expect(bySku.get('MUG-01')).toMatchObject({ Variation: '', 'Variant Image': '', 'Retail Price (Local Currency)': '12.50' });
    expect(result.warnings.missing).toMatchObject({ 'Main Product Image': 1, Quantity: 1 });
  });
});

describe('amazon export', () => {
  it('writes the three header rows, a parent row per variant group and child rows naming it', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'shopify-products.csv');
    const { text, result } = await exportText(db, dir, { profile: 'amazon' });
    expect(result.format).toBe('tsv');
    const rows = parseRows(text, '\t');
    expect(rows[0]![0]).toBe('TemplateType=fptcustom');
    expect(rows[1]).toEqual(amazonProfile.columns.map((c) => c.label));
    expect(rows[2]).toEqual(amazonProfile.columns.map((c) => c.header));
    expect(rows[1]!.slice(0, 4)).toEqual(['Product Type', 'Seller SKU', 'Brand Name', 'Product Name']);
    const records = parseRecords(text, '\t', 2);
    expect(records.map((r) => [r.item_sku, r.parent_child, r.parent_sku])).toEqual([
      ['organic-cotton-tee', 'parent', ''],
      ['TEE-S', 'child', 'organic-cotton-tee'],
      ['TEE-M', 'child', 'organic-cotton-tee'],
      ['TEE-L', 'child', 'organic-cotton-tee'],
      ['linen-shirt', 'parent', ''],
      ['LIN-WHT-M', 'child', 'linen-shirt'],
      ['LIN-WHT-L', 'child', 'linen-shirt'],
      ['LIN-BLU-M', 'child', 'linen-shirt'],
      ['LIN-BLU-L', 'child', 'linen-shirt'],
      ['TOTE-1', '', ''],
    ]);
    const [teeParent, teeS] = records;
    expect(teeParent).toMatchObject({
      item_name: 'Organic Cotton Tee',
      brand_name: 'Acme Apparel',
      variation_theme: 'Size',
      standard_price: '',
      quantity: '',
      external_product_id: '',
      size_name: '',
    });
    expect(teeS).toMatchObject({
      relationship_type: 'Variation',
      variation_theme: 'Size',
      size_name: 'S',
      standard_price: '19.99',
      quantity: '12',
      external_product_id: '0012345678905',
      external_product_id_type: 'EAN',
      main_image_url: 'https://cdn.example.com/tee-front.jpg',
    });
    expect(records[4]!.variation_theme).toBe('SizeColor');
    expect(records[5]).toMatchObject({ color_name: 'White', size_name: 'M' });
    // 8 sellable products; parent rows are not counted.
    expect(result.rows).toBe(8);
    expect(result.warnings.missing).toEqual({ feed_product_type: 8, external_product_id: 1 });
  });

  it('writes tab-delimited text only', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'shopify-products.csv');
    await expect(exportText(db, dir, { profile: 'amazon', format: 'csv' })).rejects.toThrow(
      'profile "amazon" writes tsv, not csv',
    );
  });
});

describe('woocommerce export', () => {
  it('writes a variable parent with every attribute value, then variations pointing to it', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'shopify-products.csv');
    const { text } = await exportText(db, dir, { profile: 'woocommerce' });
    const rows = parseRows(text);
    expect(rows[0]).toEqual(wooProfile.columns.map((c) => c.header));
    expect(rows[0]!.slice(0, 5)).toEqual(['ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name']);
    const records = parseRecords(text);
    const tee = records.slice(0, 4);
    expect(tee.map((r) => [r.Type, r.SKU, r.Parent])).toEqual([
      ['variable', 'organic-cotton-tee', ''],
      ['variation', 'TEE-S', 'organic-cotton-tee'],
      ['variation', 'TEE-M', 'organic-cotton-tee'],
      ['variation', 'TEE-L', 'organic-cotton-tee'],
    ]);
    expect(tee[0]).toMatchObject({
      Name: 'Organic Cotton Tee',
      'Attribute 1 name': 'Size',
      'Attribute 1 value(s)': 'S, M, L',
      'Attribute 1 visible': '1',
      'Attribute 1 global': '1',
      'Regular price': '',
      Images:
        'https://cdn.example.com/tee-front.jpg, https://cdn.example.com/tee-back.jpg, https://cdn.example.com/tee-detail.jpg',
      Categories: 'T-Shirts',
    });
    expect(tee[1]).toMatchObject({
      Name: 'Organic Cotton Tee - S',
      'Attribute 1 name': 'Size',
      'Attribute 1 value(s)': 'S',
      'Attribute 1 visible': '',
      'Regular price': '19.99',
      Stock: '12',
      'In stock?': '1',
      'Weight (kg)': '0.18',
      'GTIN, UPC, EAN, or ISBN': '0012345678905',
      Description: '',
    });
    expect(tee[2]!['In stock?']).toBe('0');
    const linenParent = records.find((r) => r.SKU === 'linen-shirt')!;
    expect(linenParent).toMatchObject({
      'Attribute 1 name': 'Color',
      'Attribute 1 value(s)': 'White, Blue',
      'Attribute 2 name': 'Size',
      'Attribute 2 value(s)': 'M, L',
    });
    expect(records.at(-1)).toMatchObject({ Type: 'simple', SKU: 'TOTE-1', Parent: '', 'Regular price': '15.00' });
  });

  it('lists a simple product its own attributes and maps stock status and sale prices', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const records = parseRecords((await exportText(db, dir, { profile: 'woocommerce' })).text);
    const bySku = new Map(records.map((r) => [r.SKU, r]));
    expect(bySku.get('HOOD')).toMatchObject({
      Type: 'variable',
      'Attribute 1 name': 'Color',
      'Attribute 1 value(s)': 'Grey, Navy',
    });
    expect(bySku.get('HOOD-GRY-M')).toMatchObject({
      Parent: 'HOOD',
      'Sale price': '39.90',
      'Regular price': '49.90',
      'In stock?': '1',
    });
    expect(bySku.get('MUG-01')).toMatchObject({
      Type: 'simple',
      'Attribute 1 name': 'Color',
      'Attribute 1 value(s)': 'White',
      'Attribute 1 visible': '1',
      'In stock?': 'backorder',
    });
    expect(bySku.get('ASK-1')).toMatchObject({ 'In stock?': 'backorder', 'Weight (kg)': '25' });
  });
});
