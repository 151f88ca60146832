import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject, closeProject, applyBatch, undo, type Db } from '../../electron/core/store/index.js';
import { importCatalog, prestartImport, CancelledError, ImportError } from '../../electron/core/import/index.js';
import { exportFeed } from '../../electron/core/export/index.js';
import { writeCatalog } from '../../scripts/bench/generate.js';
import { useTmpDir } from '../support/tmp.js';

const TABLES = ['sources', 'source_rows', 'rejected_rows', 'products'];

/** Everything an import writes, as text, to compare a project before and after. */
function snapshot(db: Db): string {
  return TABLES.map((t) => {
    const order = t === 'source_rows' ? 'source_id, row_no' : 'rowid';
    return JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).raw(true).all());
  }).join('\n');
}

/** Imports `file` (of `total` rows) and cancels it after its first stored batch; returns the rows it had stored then. */
async function cancelMidway(db: Db, file: string, total: number): Promise<number> {
  const controller = new AbortController();
  let seenRows = 0;
  const run = importCatalog(db, file, {
    signal: controller.signal,
    onProgress: (p) => {
      seenRows = p.rows;
      if (p.rows > 0 && p.rows < total) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(CancelledError);
  return seenRows;
}

describe('import pipeline (parse in a worker thread, insert on this one)', () => {
  const tmp = useTmpDir();

  it('cancelling mid-way through a 12,000-row import leaves the project exactly as it was', async () => {
    const dir = tmp();
    const first = join(dir, 'first.csv');
    const big = join(dir, 'big.csv');
    await writeCatalog(first, 50, 1);
    await writeCatalog(big, 12_000, 2);
    const project = join(dir, 'p.cdoc');
    const db = openProject(project);
    try {
      await importCatalog(db, first);
      const before = snapshot(db);
      const seenRows = await cancelMidway(db, big, 12_000);
      expect(seenRows).toBeGreaterThan(0);
      expect(seenRows).toBeLessThan(12_000);
      expect(db.inTransaction).toBe(false);
      expect(snapshot(db)).toBe(before);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // The project still works: the same file imports completely afterwards.
      const again = await importCatalog(db, big);
      expect(again.products).toBe(12_000);
    } finally {
      closeProject(db);
    }
  });

  it('a first import builds the product indexes after its rows; cancelled, it leaves them and the page cache as they were', async () => {
    const dir = tmp();
    const file = join(dir, 'big.csv');
    await writeCatalog(file, 12_000, 4);
    const db = openProject(join(dir, 'p.cdoc'));
    const indexes = () =>
      db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' ORDER BY name`).all();
    const plan = (sql: string) => JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all());
    try {
      const before = indexes();
      expect(before.map((i) => (i as { name: string }).name)).toEqual(['products_group', 'products_id']);
      const cache = db.pragma('cache_size', { simple: true });
      await cancelMidway(db, file, 12_000);
      expect(indexes()).toEqual(before);
      expect(db.pragma('cache_size', { simple: true })).toBe(cache);
      expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 0 });

      await importCatalog(db, file);
      expect(indexes()).toEqual(before);
      expect(db.pragma('cache_size', { simple: true })).toBe(cache);
      expect(plan(`SELECT pid FROM products WHERE "id" = 'x'`)).toContain('products_id');
      expect(plan(`SELECT pid FROM products WHERE item_group_id = 'x'`)).toContain('products_group');
      // The rebuilt indexes hold every product.
      const id = (db.prepare('SELECT "id" FROM products WHERE pid = 7777').get() as { id: string }).id;
      expect(db.prepare(`SELECT pid FROM products INDEXED BY products_id WHERE "id" = ?`).all(id)).toEqual([{ pid: 7777 }]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      // A second import keeps the indexes it finds (the project has products).
      await importCatalog(db, file);
      expect(indexes()).toEqual(before);
      expect(
        db.prepare('SELECT count(*) AS n FROM products INDEXED BY products_group WHERE item_group_id IS NOT NULL').get(),
      ).toEqual({
        n: 24_000,
      });
    } finally {
      closeProject(db);
    }
  });

  it('takes the worker started ahead of it (prestartImport), which reports errors and can be cancelled like its own', async () => {
    const dir = tmp();
    const file = join(dir, 'c.csv');
    await writeCatalog(file, 3_000, 5);
    const db = openProject(join(dir, 'p.cdoc'));
    try {
      prestartImport();
      const r = await importCatalog(db, file);
      expect(r.products).toBe(3_000);
      expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 3_000 });

      // A failure in a worker started ahead keeps its class and place.
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, 'id,title\n"a,b\n');
      prestartImport();
      const err = await importCatalog(db, bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).row).toBe(2);

      const before = snapshot(db);
      prestartImport();
      await cancelMidway(db, file, 3_000);
      expect(snapshot(db)).toBe(before);
    } finally {
      closeProject(db);
    }
  });

  it('reports progress through both readings of a file read twice (XML feed, JSON list), the first before any row', async () => {
    const dir = tmp();
    const n = 4000;
    const xml = join(dir, 'feed.xml');
    writeFileSync(
      xml,
      `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel><title>Shop</title>\n` +
        Array.from(
          { length: n },
          (_, i) => `<item><g:id>SKU-${i}</g:id><g:title>Tent ${i} ${'x'.repeat(200)}</g:title></item>`,
        ).join('\n') +
        '\n</channel></rss>\n',
    );
    const json = join(dir, 'list.json');
    writeFileSync(
      json,
      JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: `SKU-${i}`, title: `Tent ${i} ${'x'.repeat(200)}` }))),
    );
    for (const file of [xml, json]) {
      const db = openProject(join(dir, `${file.endsWith('.xml') ? 'x' : 'j'}.cdoc`));
      try {
        const seen: { rows: number; bytes: number; totalBytes: number }[] = [];
        const r = await importCatalog(db, file, {
          onProgress: ({ rows, bytes, totalBytes }) => seen.push({ rows, bytes, totalBytes }),
        });
        expect(r.products).toBe(n);
        const size = statSync(file).size;
        // Both readings are work: twice the file's size, the first reading the first half, reported before any row.
        expect(new Set(seen.map((p) => p.totalBytes))).toEqual(new Set([2 * size]));
        const scanning = seen.filter((p) => p.rows === 0);
        expect(scanning.length).toBeGreaterThan(10);
        expect(seen.indexOf(scanning[scanning.length - 1]!)).toBe(scanning.length - 1);
        expect(Math.max(...scanning.map((p) => p.bytes))).toBeLessThanOrEqual(size);
        expect(Math.max(...scanning.map((p) => p.bytes))).toBeGreaterThan(size * 0.9);
        expect(seen.slice(scanning.length).every((p) => p.bytes >= size)).toBe(true);
        expect(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1]!.bytes)).toBe(true);
        expect(seen[seen.length - 1]).toMatchObject({ rows: n, bytes: 2 * size });
      } finally {
        closeProject(db);
      }
    }
  });

  it('a cancel signalled before the import starts writes nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'c.csv');
    await writeCatalog(file, 100, 3);
    const db = openProject(join(dir, 'p.cdoc'));
    try {
      const before = snapshot(db);
      await expect(importCatalog(db, file, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
      expect(snapshot(db)).toBe(before);
    } finally {
      closeProject(db);
    }
  });

  it('stores the same project with and without the worker thread, and exports the source cell for cell', async () => {
    const dir = tmp();
    const file = join(dir, 'gen.csv');
    await writeCatalog(file, 9_000, 4); // several batches, quoted titles, doubled quotes, line breaks in cells
    const a = openProject(join(dir, 'a.cdoc'));
    const b = openProject(join(dir, 'b.cdoc'));
    try {
      const ra = await importCatalog(a, file, { worker: true });
      const rb = await importCatalog(b, file, { worker: false });
      expect(ra.products).toBe(9_000);
      expect({ ...ra, file: '' }).toEqual({ ...rb, file: '' });
      const strip = (s: string) => s.replace(/"imported_at":"[^"]*"|\d{4}-\d\d-\d\dT[\d:.]+Z/g, '');
      expect(strip(snapshot(a))).toBe(strip(snapshot(b)));
      const out = join(dir, 'out.csv');
      await exportFeed(a, { profile: 'source', out });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(file, 'utf8'));
    } finally {
      closeProject(a);
      closeProject(b);
    }
  });

  it('exports the source with edits written into the cells they came from, and only those', async () => {
    const dir = tmp();
    const file = join(dir, 'shop.csv');
    writeFileSync(
      file,
      'id,title,color,price\r\nA-1,"Chair, oak",,10 USD\r\nA-2,Lamp,Red,12 USD\r\nA-3,"Rug ""Nomad""",Blue,5 USD\r\n',
    );
    const db = openProject(join(dir, 'p.cdoc'));
    try {
      await importCatalog(db, file);
      const pid = (sku: string) => db.prepare(`SELECT pid FROM products WHERE "id" = ?`).pluck().get(sku) as number;
      applyBatch(db, 'edit', 'test', [
        { pid: pid('A-1'), field: 'color', value: 'Natural' }, // a blank cell filled: written into the column mapped to color
        { pid: pid('A-3'), field: 'title', value: 'Rug "Nomad", wool' },
      ]);
      const out = join(dir, 'out.csv');
      await exportFeed(db, { profile: 'source', out });
      expect(readFileSync(out, 'utf8')).toBe(
        'id,title,color,price\r\nA-1,"Chair, oak",Natural,10 USD\r\nA-2,Lamp,Red,12 USD\r\nA-3,"Rug ""Nomad"", wool",Blue,5 USD\r\n',
      );
      undo(db);
      await exportFeed(db, { profile: 'source', out });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(file, 'utf8'));
    } finally {
      closeProject(db);
    }
  });

  it('keeps unreadable rows aside with their row numbers, and a worker ImportError keeps its class and place', async () => {
    const dir = tmp();
    const file = join(dir, 'broken.csv');
    // Row 3 has text after a closing quote; row 5 has a quoted cell with a line break (one record).
    writeFileSync(
      file,
      'id,title,price\n1,Chair,10 USD\n2,"Lamp"x,12 USD\n3,"Desk, oak",99 USD\n4,"Rug\nround",5 USD\n5,Mat,3 USD\n',
    );
    const db = openProject(join(dir, 'p.cdoc'));
    try {
      const r = await importCatalog(db, file);
      expect(r.products).toBe(4);
      expect(r.rejectedRows).toEqual([
        { row: 3, error: expect.stringMatching(/column 2: unexpected "x" after a closing quote/) },
      ]);
      expect(db.prepare(`SELECT row_no, raw FROM rejected_rows`).all()).toEqual([{ row_no: 3, raw: '2,"Lamp"x,12 USD' }]);
      expect(db.prepare(`SELECT row_no, title FROM products ORDER BY row_no`).raw(true).all()).toEqual([
        [2, 'Chair'],
        [4, 'Desk, oak'],
        [5, 'Rug\nround'],
        [6, 'Mat'],
      ]);

      // A quote that never closes swallows the rest of the file: the import fails, naming the row.
      const open = join(dir, 'open-quote.csv');
      writeFileSync(open, 'id,title\n1,Chair\n2,"Lamp\n3,Desk\n');
      const before = snapshot(db);
      const err = await importCatalog(db, open).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).row).toBe(3);
      expect((err as ImportError).message).toMatch(/open-quote\.csv, row 3, column .*never closed/);
      expect(snapshot(db)).toBe(before);
    } finally {
      closeProject(db);
    }
  });

  it('leaves the project unchanged when the file cannot be read at all', async () => {
    const dir = tmp();
    const db = openProject(join(dir, 'p.cdoc'));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    try {
      const before = snapshot(db);
      await expect(importCatalog(db, empty)).rejects.toBeInstanceOf(ImportError);
      await expect(importCatalog(db, join(dir, 'missing.csv'))).rejects.toThrow(/missing\.csv/);
      expect(snapshot(db)).toBe(before);
    } finally {
      closeProject(db);
    }
    copyFileSync(join(dir, 'p.cdoc'), join(dir, 'copy.cdoc')); // the file is a complete project on its own
  });
});
