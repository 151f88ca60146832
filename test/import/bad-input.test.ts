import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../electron/core/store/index.js';
import { importCatalog, ImportError } from '../../electron/core/import/index.js';
import { useTmpDir } from '../support/tmp.js';
import { fixture } from './readers/read-all.js';

const tmp = useTmpDir();

/** Imports into a fresh project and returns the ImportError (and that the project stayed empty). */
async function failure(
  file: string,
  opts: { encoding?: string; sheet?: string } = {},
): Promise<{ error: ImportError; products: number }> {
  const db = openProject(join(tmp(), 'p.cdoc'));
  try {
    const error = await importCatalog(db, file, { ...opts, worker: false }).then(
      () => {
        throw new Error(`${file} imported, but should have failed`);
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    const products = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
    return { error: error as ImportError, products };
  } finally {
    closeProject(db);
  }
}

function write(name: string, bytes: Buffer | string): string {
  const p = join(tmp(), name);
  writeFileSync(p, bytes);
  return p;
}

describe('bad input gives a clear error naming file, place and what was expected', () => {
  it('empty CSV', async () => {
    const p = write('empty.csv', '');
    const { error, products } = await failure(p);
    expect(error.message).toBe(`${p}: the file is empty (0 bytes) (expected a header row and at least one product)`);
    expect(products).toBe(0);
  });

  it('binary junk named .csv', async () => {
    const junk = randomBytes(4096);
    junk[0] = 0x00; // no accidental BOM or known magic number
    const { error } = await failure(write('junk.csv', junk));
    expect(error.message).toMatch(/junk\.csv: this is not a text file: \d+ control or undecodable characters/);
    expect(error.expected).toMatch(/a CSV or TSV file saved as text/);
  });

  it('an image named .csv', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(100)]);
    const { error } = await failure(write('photo.csv', png));
    expect(error.message).toMatch(/photo\.csv: this is a PNG image, not a catalog the importer reads/);
  });

  it('unterminated quote names the row and column where the quote opened', async () => {
    const p = write('open-quote.csv', 'sku,title,price\nA1,Mug,4.00\nA2,"Plate, blue,5.00\nA3,Bowl,3.00\n');
    const { error, products } = await failure(p);
    expect(error.row).toBe(3);
    expect(error.column).toBe('title');
    expect(error.message).toBe(
      `${p}, row 3, column "title": a quoted cell starts here and is never closed, so the rest of the file is one cell (expected a closing " (a quote inside a quoted cell is written ""))`,
    );
    expect(products).toBe(0);
  });

  it('unknown encoding name', async () => {
    const { error } = await failure(fixture('feed.tsv'), { encoding: 'utf-9' });
    expect(error.message).toMatch(/feed\.tsv: unknown encoding "utf-9" given with --encoding/);
  });

  it('truncated XLSX', async () => {
    const { error } = await failure(write('cut.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(600)])));
    expect(error.message).toMatch(/cut\.xlsx: the workbook cannot be read .* it looks damaged or cut short/);
  });

  it('missing sheet lists the sheets', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Products').addRow(['sku', 'title']);
    const p = join(tmp(), 'book.xlsx');
    await wb.xlsx.writeFile(p);
    const { error } = await failure(p, { sheet: 'Variants' });
    expect(error.message).toMatch(/book\.xlsx: there is no sheet named "Variants"; the sheets are "Products"/);
  });

  it('invalid JSON names line and column', async () => {
    const p = write('broken.json', '[\n  {"sku": "A1", "title": "Mug"},\n  {"sku": "A2" "title": "Plate"}\n]\n');
    const { error } = await failure(p);
    expect(error.line).toBe(3);
    expect(error.column).toBe('16');
    expect(error.message).toMatch(/broken\.json, line 3, column 16: this is not valid JSON: .+ \(expected well-formed JSON/);
  });

  it('JSON with no list of products', async () => {
    const { error } = await failure(write('settings.json', '{"currency": "EUR", "shop": {"name": "x"}}'));
    expect(error.message).toMatch(
      /settings\.json: no list of products found \(the document is an object with keys currency, shop\)/,
    );
  });

  it('XML that is not well-formed names line and column', async () => {
    const p = write('feed.xml', '<?xml version="1.0"?>\n<rss><channel>\n<item><g:id>1</g:id></itm>\n</channel></rss>\n');
    const { error } = await failure(p);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/feed\.xml, line 3, column \d+: the XML is not well-formed: .*\(expected well-formed XML/);
  });

  it('XML that is not a product feed, and a WordPress WXR export', async () => {
    const sitemap = write('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>');
    expect((await failure(sitemap)).error.message).toMatch(
      /sitemap\.xml: not a product feed: no <item>, <entry> or <product> elements under <urlset>/,
    );
    const wxr = await failure(fixture('wordpress-wxr.xml'));
    expect(wxr.error.message).toMatch(/wordpress-wxr\.xml: this is a WordPress export \(WXR\), not a product feed/);
    expect(wxr.error.expected).toMatch(/export products as CSV/);
  });
});
