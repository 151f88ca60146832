import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../electron/core/store/index.js';
import { importCatalog } from '../../../electron/core/import/index.js';
import { exportFeed, warningLines } from '../../../electron/core/export/index.js';
import { useTmpDir } from '../../support/tmp.js';
import { fixture, readAll } from './read-all.js';

const tmp = useTmpDir();

async function sourceExport(file: string, opts: { encoding?: string } = {}): Promise<string> {
  const dir = tmp();
  const db = openProject(join(dir, 'p.cdoc'));
  try {
    await importCatalog(db, file, { ...opts, worker: false });
    const out = join(dir, 'source-export.csv');
    await exportFeed(db, { profile: 'source', out, formulaGuard: false });
    return out;
  } finally {
    closeProject(db);
  }
}

describe('source export writes the seller’s layout back', () => {
  for (const f of ['multiline-crlf.csv', 'semicolon.csv', 'pipe.txt', 'title-rows.csv', 'amazon-template.csv']) {
    it(`${f}: byte for byte (delimiter, line ending, quoting, preamble, no made-up header)`, async () => {
      const out = await sourceExport(fixture(f));
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(fixture(f), 'utf8'));
    });
  }

  // Quoting the seller chose but no reader needs (all fields quoted, an unquoted " in TSV) is not kept: same cells.
  for (const f of ['feed.tsv', 'headerless.csv']) {
    it(`${f}: cell for cell, same dialect`, async () => {
      const source = await readAll(fixture(f));
      const out = await sourceExport(fixture(f));
      const exported = await readAll(out);
      expect(exported.reader.dialect).toMatchObject({
        delimiter: source.reader.dialect.delimiter,
        lineEnding: source.reader.dialect.lineEnding,
      });
      expect(!!exported.reader.dialect.headerless).toBe(!!source.reader.dialect.headerless);
      expect(exported.reader.header).toEqual(source.reader.header);
      expect(exported.rows).toEqual(source.rows);
      expect(readFileSync(out, 'utf8').startsWith('column 1')).toBe(false);
    });
  }

  it('keeps the BOM, and writes a row kept aside back in its place', async () => {
    const p = join(tmp(), 'bom.csv');
    writeFileSync(p, '\ufeffsku,title\nA1,Mug\nA2,Plate,Blue,extra\nA3,Bowl\n');
    expect(readFileSync(await sourceExport(p), 'utf8')).toBe('\ufeffsku,title\nA1,Mug\nA2,Plate,Blue,extra\nA3,Bowl\n');
  });

  describe('a row that could not be split into cells (text after a closing quote)', () => {
    const catalog = 'sku,title,color\r\nA1,Mug,Blue\r\nA2,"Plate" large,Green\r\nA3,Bowl,Red\r\n';

    async function exportOf(text: string, opts: { profile?: string; format?: 'csv' | 'tsv'; formulaGuard?: boolean } = {}) {
      const dir = tmp();
      const p = join(dir, 'catalog.csv');
      writeFileSync(p, text);
      const db = openProject(join(dir, 'p.cdoc'));
      try {
        const imported = await importCatalog(db, p, { worker: false });
        const out = join(dir, 'out.txt');
        const r = await exportFeed(db, {
          profile: opts.profile ?? 'source',
          out,
          format: opts.format,
          formulaGuard: opts.formulaGuard,
        });
        return { imported, text: readFileSync(out, 'utf8'), lines: warningLines(r.profile, r.warnings) };
      } finally {
        closeProject(db);
      }
    }

    it('goes back in its place as it was in the file, and the export says so', async () => {
      const { imported, text, lines } = await exportOf(catalog);
      expect(imported.rejectedRows.map((r) => r.row)).toEqual([3]);
      expect(text).toBe(catalog);
      expect(lines).toEqual([
        '1 row that could not be read at import (row 3 of catalog.csv) is written back as in the file, unreadable still',
      ]);
    });

    it('is left out, with a warning naming it, where its text does not fit: another delimiter, or a formula the guard would stop', async () => {
      const tsv = await exportOf(catalog, { format: 'tsv' });
      expect(tsv.text).toBe('sku\ttitle\tcolor\r\nA1\tMug\tBlue\r\nA3\tBowl\tRed\r\n');
      expect(tsv.lines).toEqual(['1 row that could not be read at import (row 3 of catalog.csv) is not in this file']);

      const formula = 'sku,title\nA1,Mug\n=HYPERLINK("x"),"Plate" large\n';
      const guarded = await exportOf(formula);
      expect(guarded.text).toBe('sku,title\nA1,Mug\n');
      expect(guarded.lines).toEqual(['1 row that could not be read at import (row 3 of catalog.csv) is not in this file']);
      expect((await exportOf(formula, { formulaGuard: false })).text).toBe(formula);
    });

    it('is named in every marketplace feed it is missing from', async () => {
      const { lines } = await exportOf(catalog, { profile: 'google' });
      expect(lines).toContain('1 row that could not be read at import (row 3 of catalog.csv) is not in this file');
    });
  });

  it('a Shift_JIS catalog comes back as the same cells (in UTF-8)', async () => {
    const text = '商品コード,商品名,価格\r\nA-001,有機緑茶 ティーバッグ,580\r\n';
    const p = join(tmp(), 'sjis.csv');
    writeFileSync(p, iconv.encode(text, 'shift_jis'));
    expect(readFileSync(await sourceExport(p), 'utf8')).toBe(text);
  });

  for (const f of ['products.json', 'products.jsonl', 'rss-gmc.xml', 'atom-gmc.xml', 'plain-channel.xml']) {
    it(`${f}: the same columns and cells, as CSV`, async () => {
      const source = await readAll(fixture(f));
      const exported = await readAll(await sourceExport(fixture(f)));
      expect(exported.reader.format).toBe('csv');
      expect(exported.reader.header).toEqual(source.reader.header);
      expect(exported.rows.map((r) => r.cells)).toEqual(source.rows.map((r) => r.cells));
    });
  }
});
