import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { cli } from '../support/cli.js';
import { useTmpDir } from '../support/tmp.js';
import { FIXTURES, parseRecords } from './export-project.js';

const tmp = useTmpDir();

/** Drives the built CLI (`npm run build` first) exactly as a seller's script would. */
describe('catalog-doctor export (CLI)', () => {
  it('exports a Shopify feed from a catalog file and reports missing required values on stderr', () => {
    const dir = tmp();
    const out = join(dir, 'shopify.csv');
    const r = cli(['export', join(FIXTURES, 'generic-catalog.csv'), '--profile', 'shopify', '--out', out]);
    expect(r.stderr).toContain('warning: 1 product: price is not a number; written as it was (e.g. "call us")');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote 5 rows to .*shopify\.csv \(shopify, csv, \d+ bytes\)\n$/);
    const records = parseRecords(readFileSync(out, 'utf8'));
    expect(records.find((x) => x.SKU === 'LINK-1')!.Title).toBe(`'=HYPERLINK("http://evil.example","Click me")`);
  });

  it('imports into a project once and exports several profiles from it, with --json, --bom and --no-formula-guard', () => {
    const dir = tmp();
    const project = join(dir, 'shop.cdoc');
    const source = join(dir, 'catalog.csv');
    copyFileSync(join(FIXTURES, 'generic-catalog.csv'), source);
    expect(cli(['import', source, '--project', project]).code).toBe(0);

    const tsv = join(dir, 'google.tsv');
    const r = cli(['export', project, '--profile', 'google', '--out', tsv, '--json', '--no-formula-guard', '--bom']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      profile: 'google',
      format: 'tsv',
      rows: 5,
      path: tsv,
      warnings: { missing: { brand: 1, image_link: 1 } },
    });
    expect(r.stderr).toContain('warning: 1 product has no "brand" (google requires it); written anyway');
    const text = readFileSync(tsv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseRecords(text, '\t').find((x) => x.id === 'LINK-1')!.title).toBe('=HYPERLINK("http://evil.example","Click me")');

    const xml = join(dir, 'google.xml');
    expect(cli(['export', project, '--profile', 'google', '--format', 'xml', '--out', xml]).code).toBe(0);
    const doc = new XMLParser({ parseTagValue: false }).parse(readFileSync(xml, 'utf8'));
    expect(doc.rss.channel.item.map((i: Record<string, string>) => i['g:gtin'] ?? '')).toEqual([
      '4006381333931',
      '4006381333948',
      '0012345678905',
      '',
      '',
    ]);

    const info = JSON.parse(cli(['info', project, '--json']).stdout);
    expect(info.products).toBe(5);
    // The seller's file is never touched.
    expect(readFileSync(source)).toEqual(readFileSync(join(FIXTURES, 'generic-catalog.csv')));
  });

  it('exits 2 for an unknown profile, a bad --format or a format the profile cannot write, and writes nothing', () => {
    const dir = tmp();
    const out = join(dir, 'x.csv');
    const file = join(FIXTURES, 'generic-catalog.csv');
    const unknown = cli(['export', file, '--profile', 'ebay', '--out', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown profile "ebay" (known: source, shopify, google, tiktok, amazon, woocommerce)');
    const bad = cli(['export', file, '--profile', 'google', '--format', 'json', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be csv, tsv or xml');
    const wrong = cli(['export', file, '--profile', 'amazon', '--format', 'xml', '--out', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('profile "amazon" writes tsv, not xml');
    expect(cli(['export', file, '--out', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
