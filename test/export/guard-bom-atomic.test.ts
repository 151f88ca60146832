import { describe, expect, it, afterEach } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { exportFeed, formatRow, guardFormula, writeAtomically } from '../../electron/core/export/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { closeProject, openProject, type Db } from '../../electron/core/store/index.js';
import { useTmpDir } from '../support/tmp.js';
import { exportText, parseRecords, projectWith } from './export-project.js';

const tmp = useTmpDir();
let db: Db | undefined;
afterEach(() => {
  if (db) closeProject(db);
  db = undefined;
});

describe('formula guard', () => {
  it('is on by default for every delimited profile: formulas get an apostrophe, plain numbers do not', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    for (const [profile, sep, title, qty] of [
      ['shopify', ',', 'Title', 'Inventory quantity'],
      ['tiktok', ',', 'Product Name', 'Quantity'],
      ['woocommerce', ',', 'Name', 'Stock'],
    ] as const) {
      const records = parseRecords((await exportText(db, dir, { profile })).text, sep);
      const row = records.find((r) => r[title]!.includes('HYPERLINK'))!;
      expect(row[title], profile).toBe(`'=HYPERLINK("http://evil.example","Click me")`);
      expect(row[qty], profile).toBe('-5');
    }
    const google = parseRecords((await exportText(db, dir, { profile: 'google' })).text, '\t');
    expect(google.find((r) => r.id === 'LINK-1')!.title).toBe(`'=HYPERLINK("http://evil.example","Click me")`);
  });

  it('is off with formulaGuard: false', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const records = parseRecords((await exportText(db, dir, { profile: 'shopify', formulaGuard: false })).text);
    expect(records.find((r) => r.SKU === 'LINK-1')!.Title).toBe('=HYPERLINK("http://evil.example","Click me")');
  });

  it('guards = + - @ tab and CR, but not plain numbers', () => {
    expect(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(guardFormula)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['-5', '+3.2', '-0,5', '1e3', 'plain', ''].map(guardFormula)).toEqual(['-5', '+3.2', '-0,5', '1e3', 'plain', '']);
  });
});

describe('--bom', () => {
  it('starts the file with a UTF-8 byte order mark only when asked', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    await exportFeed(db, { profile: 'shopify', out: join(dir, 'bom.csv'), bom: true });
    await exportFeed(db, { profile: 'shopify', out: join(dir, 'plain.csv') });
    const bom = readFileSync(join(dir, 'bom.csv'));
    const plain = readFileSync(join(dir, 'plain.csv'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plain.subarray(0, 5).toString()).toBe('Title');
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });

  it('writes one BOM, not two, when the source had one and --bom asks for one', async () => {
    const dir = tmp();
    const src = join(dir, 'excel.csv');
    writeFileSync(src, '\ufeffsku,name\nA-1,Mug\n');
    db = openProject(join(dir, 'p.cdoc'));
    await importCatalog(db, src);
    await exportFeed(db, { profile: 'source', out: join(dir, 'again.csv'), bom: true });
    await exportFeed(db, { profile: 'source', out: join(dir, 'kept.csv') });
    expect(readFileSync(join(dir, 'again.csv'), 'utf8')).toBe('\ufeffsku,name\nA-1,Mug\n');
    expect(readFileSync(join(dir, 'kept.csv'), 'utf8')).toBe('\ufeffsku,name\nA-1,Mug\n');
  });
});

describe('atomic writes', () => {
  it('a failure mid-export leaves the existing target untouched and no temporary file', async () => {
    const dir = tmp();
    // Enough products that several megabytes reach the temporary file before the failure.
    const lines = ['sku,name,description,price'];
    for (let i = 0; i < 6000; i++) lines.push(`SKU-${i},Product ${i},${'Long description text. '.repeat(20)},${i}.99`);
    writeFileSync(join(dir, 'big.csv'), lines.join('\n') + '\n');
    db = openProject(join(dir, 'p.cdoc'));
    await importCatalog(db, join(dir, 'big.csv'));
    // A product whose stored attributes are corrupt makes the writer throw when it reaches it, near the end.
    db.prepare(`UPDATE products SET attrs = '{not json' WHERE pid = (SELECT max(pid) FROM products)`).run();
    const out = join(dir, 'feed.csv');
    writeFileSync(out, 'the previous export\n');
    await expect(exportFeed(db, { profile: 'woocommerce', out })).rejects.toThrow();
    expect(readFileSync(out, 'utf8')).toBe('the previous export\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM exports').get() as { n: number }).n).toBe(0);
  });

  it('records what each export wrote in the project', async () => {
    const dir = tmp();
    db = await projectWith(dir, 'generic-catalog.csv');
    const { result } = await exportText(db, dir, { profile: 'google', format: 'xml' });
    const row = db.prepare('SELECT profile, format, path, rows, bytes, sha256 FROM exports').get();
    expect(row).toEqual({
      profile: 'google',
      format: 'xml',
      path: result.path,
      rows: 5,
      bytes: result.bytes,
      sha256: result.sha256,
    });
    expect(result.bytes).toBe(readFileSync(result.path).length);
  });

  it('writeAtomically cleans up when its source fails before anything is written', async () => {
    const dir = tmp();
    const out = join(dir, 'x.csv');
    // eslint-disable-next-line require-yield
    async function* failing(): AsyncGenerator<string> {
      throw new Error('boom');
    }
    await expect(writeAtomically(out, failing())).rejects.toThrow('boom');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('formatRow', () => {
  it('parses back to the same cells for arbitrary strings (csv and tsv)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', '\t'),
        (cells, delimiter) => {
          // A single empty cell is an empty line, which every CSV reader skips: pad it to a real row.
          const row = cells.length === 1 && cells[0] === '' ? ['', ''] : cells;
          const text = formatRow(row, delimiter) + '\n';
          const parsed = parse(text, { delimiter, relax_quotes: false }) as string[][];
          expect(parsed).toEqual([row]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
