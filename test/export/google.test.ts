import { describe, expect, it, afterEach } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { closeProject, type Db } from '../../electron/core/store/index.js';
import googleProfile from '../../shared/profiles/export/google.json' with { type: 'json' };
import { useTmpDir } from '../support/tmp.js';
import { exportText, parseRecords, parseRows, projectWith } from './export-project.js';

const tmp = useTmpDir();
let db: Db | undefined;
afterEach(() => {
  if (db) closeProject(db);
  db = undefined;
});

describe('google export', () => {
  it('writes TSV by default with GMC attribute names, normalised prices and availability', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const { text, result } = await exportText(db, dir, { profile: 'google' });
    expect(result.format).toBe('tsv');
    const rows = parseRows(text, '\t');
    expect(rows[0]).toEqual(googleProfile.columns.map((c) => c.header));
    expect(rows[0]!.slice(0, 8)).toEqual([
      'id',
      'title',
      'description',
      'link',
      'image_link',
      'additional_image_link',
      'availability',
      'price',
    ]);
    const byId = new Map(parseRecords(text, '\t').map((r) => [r.id, r]));
    // Variants of a group sit together, in their import order.
    expect([...byId.keys()]).toEqual(['HOOD-GRY-M', 'HOOD-NVY-M', 'MUG-01', 'LINK-1', 'ASK-1']);
    expect(byId.get('HOOD-GRY-M')).toMatchObject({
      price: '49.90 EUR',
      sale_price: '39.90 EUR',
      availability: 'in_stock',
      item_group_id: 'HOOD',
      color: 'Grey',
      gender: 'male',
      condition: 'new',
      shipping_weight: '0.45 kg',
      additional_image_link: 'https://cdn.example.com/hood-grey-2.jpg,https://cdn.example.com/hood-grey-3.jpg',
    });
    expect(byId.get('HOOD-NVY-M')).toMatchObject({ availability: 'out_of_stock', sale_price: '' });
    expect(byId.get('MUG-01')).toMatchObject({ price: '12.50 USD', availability: 'preorder', gtin: '0012345678905' });
    expect(byId.get('MUG-01')!.description).toBe('Holds 350 ml. <b>Dishwasher safe</b> & microwave safe');
    // No availability text: derived from the quantity (-5 -> out_of_stock); "$9" without a code -> USD.
    expect(byId.get('LINK-1')).toMatchObject({ price: '9.00 USD', availability: 'out_of_stock', brand: '' });
    expect(byId.get('ASK-1')).toMatchObject({ price: 'call us', availability: 'backorder' });
    // Written anyway, and counted.
    expect(result.rows).toBe(5);
    expect(result.warnings.missing).toEqual({ brand: 1, image_link: 1 });
  });

  it('uses the project currency for prices that name none', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('currency', 'CAD')`).run();
    const byId = new Map(parseRecords((await exportText(db, dir, { profile: 'google' })).text, '\t').map((r) => [r.id, r]));
    expect(byId.get('LINK-1')!.price).toBe('9.00 CAD');
    expect(byId.get('MUG-01')!.price).toBe('12.50 USD');
  });

  it('writes valid RSS 2.0 with the g: namespace, escaped text and GTINs kept as text', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const { text, result } = await exportText(db, dir, { profile: 'google', format: 'xml' });
    expect(result.format).toBe('xml');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('&amp; microwave safe');
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'item' || name === 'g:additional_image_link',
    }).parse(text);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
    expect(doc.rss.channel.link).toBe('https://shop.example.com');
    const items = doc.rss.channel.item as Record<string, unknown>[];
    expect(items.map((i) => i['g:id'])).toEqual(['HOOD-GRY-M', 'HOOD-NVY-M', 'MUG-01', 'LINK-1', 'ASK-1']);
    const mug = items[2]!;
    expect(mug['g:gtin']).toBe('0012345678905');
    expect(mug['g:description']).toBe('Holds 350 ml. <b>Dishwasher safe</b> & microwave safe');
    expect(mug['g:price']).toBe('12.50 USD');
    expect(items[0]!['g:additional_image_link']).toEqual([
      'https://cdn.example.com/hood-grey-2.jpg',
      'https://cdn.example.com/hood-grey-3.jpg',
    ]);
    // XML is escaped, not formula-guarded.
    expect(items[3]!['g:title']).toBe('=HYPERLINK("http://evil.example","Click me")');
    // Empty values are left out rather than written as empty elements.
    expect('g:brand' in items[3]!).toBe(false);
  });

  it('refuses a format the profile cannot write, naming what it can', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    await expect(exportText(db, dir, { profile: 'google', format: 'csv' })).rejects.toThrow(
      'profile "google" writes tsv or xml, not csv',
    );
    await expect(exportText(db, dir, { profile: 'shopify', format: 'xml' })).rejects.toThrow(
      'profile "shopify" writes csv, not xml',
    );
  });
});
