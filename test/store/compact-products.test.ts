import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import {
  openProject,
  closeProject,
  applyBatch,
  undo,
  redo,
  getProduct,
  iterateProducts,
  schemaVersion,
  SCHEMA_VERSION,
  ORIGINAL_IS_CURRENT,
} from '../../electron/core/store/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { exportFeed } from '../../electron/core/export/index.js';
import { useTmpDir } from '../support/tmp.js';
import { fixture as layoutFixture } from '../import/layouts/map-file.js';

const tmp = useTmpDir();

/** Schema 8 stores originals only once edited, and cell maps once per source: what readers see must not change. */
describe('products stored compactly (schema 8)', () => {
  it('keeps no copy of the originals until the first edit, then keeps them through undo and redo', async () => {
    const dir = tmp();
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, 'id,title,brand,fit\nA1,Red Shirt,Acme,slim\nA2,Blue Shirt,acme,\n');
    const db = openProject(join(dir, 'p.cdoc'));
    await importCatalog(db, csv);
    const stored = () =>
      db.prepare(`SELECT pid, original FROM products ORDER BY pid`).all() as { pid: number; original: string }[];
    expect(stored().map((r) => r.original)).toEqual([ORIGINAL_IS_CURRENT, ORIGINAL_IS_CURRENT]);
    expect(getProduct(db, 1)?.original).toEqual({ id: 'A1', title: 'Red Shirt', brand: 'Acme', fit: 'slim' });
    // Two cell maps for the file (A2 has no fit), each stored once on the source.
    expect(db.prepare(`SELECT cell_map FROM products ORDER BY pid`).pluck().all()).toEqual(['@0', '@1']);
    expect(getProduct(db, 2)?.cellMap).toEqual({ id: 0, title: 1, brand: 2 });

    applyBatch(db, 'edit', 'rename', [
      { pid: 1, field: 'title', value: 'Crimson Shirt' },
      { pid: 1, field: 'fit', value: 'regular' },
    ]);
    // The first edit copied the values as imported; the product never edited still has none of its own.
    expect(JSON.parse(stored()[0]!.original)).toEqual({ id: 'A1', title: 'Red Shirt', brand: 'Acme', fit: 'slim' });
    expect(stored()[1]!.original).toBe(ORIGINAL_IS_CURRENT);
    expect(getProduct(db, 1)?.values).toMatchObject({ title: 'Crimson Shirt', fit: 'regular' });
    expect(getProduct(db, 1)?.original).toMatchObject({ title: 'Red Shirt', fit: 'slim' });

    applyBatch(db, 'edit', 'again', [{ pid: 1, field: 'title', value: 'Scarlet Shirt' }]);
    undo(db);
    undo(db);
    expect(getProduct(db, 1)?.values).toMatchObject({ title: 'Red Shirt', fit: 'slim' });
    redo(db);
    expect(getProduct(db, 1)?.original).toEqual({ id: 'A1', title: 'Red Shirt', brand: 'Acme', fit: 'slim' });
    expect(getProduct(db, 1)?.values.title).toBe('Crimson Shirt');
    closeProject(db);
  });

  it('stores each distinct cell map once per source, Shopify variants inheriting from their first row included', async () => {
    const dir = tmp();
    const file = layoutFixture('shopify-2024-fr.csv');
    const db = openProject(join(dir, 'p.cdoc'));
    const r = await importCatalog(db, file, { layout: 'shopify' });
    const maps = JSON.parse(
      (db.prepare(`SELECT cell_maps FROM sources WHERE source_id = ?`).get(r.sourceId) as { cell_maps: string }).cell_maps,
    ) as Record<string, number>[];
    const refs = db.prepare(`SELECT cell_map FROM products`).pluck().all() as string[];
    expect(refs.every((c) => /^@\d+$/.test(c))).toBe(true);
    // Each distinct map is stored once, and every one is used.
    expect(new Set(maps.map((m) => JSON.stringify(m))).size).toBe(maps.length);
    expect(new Set(refs).size).toBe(maps.length);
    const products = [...iterateProducts(db)];
    // A variant row leaves product-level cells blank: its values come from the first row (negative index).
    expect(products.some((p) => Object.values(p.cellMap).some((i) => i < 0))).toBe(true);
    for (const p of products) expect(p.cellMap).toEqual(maps[Number(refs[p.pid - 1]!.slice(1))]);

    // The round trip and an edit written back into its own cell still work from the shared maps.
    const untouched = join(dir, 'same.csv');
    await exportFeed(db, { profile: 'source', out: untouched });
    expect(readFileSync(untouched)).toEqual(readFileSync(file));
    const first = products[0]!;
    applyBatch(db, 'edit', 'retitle', [{ pid: first.pid, field: 'title', value: 'Nouveau titre' }]);
    const edited = join(dir, 'edited.csv');
    await exportFeed(db, { profile: 'source', out: edited });
    const before = readFileSync(file, 'utf8').split('\n');
    const after = readFileSync(edited, 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
    expect(after.some((l) => l.includes('Nouveau titre'))).toBe(true);
    closeProject(db);
  });

  it('opens a schema 7 project, keeps its stored originals and cell maps, and edits it', () => {
    const path = join(tmp(), 'v7.cdoc');
    const old = openProject(path, { upToVersion: 7 });
    old
      .prepare(
        `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at)
         VALUES ('x.csv','x.csv','csv','generic','utf-8','["id","title","brand"]','{"id":"id","title":"title","brand":"brand"}','{}','2026-01-01')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO products (source_id, row_no, "id", title, brand, original, cell_map)
         VALUES (1, 2, 'SKU-1', 'Mug', 'Acme', '{"id":"SKU-1","title":"Mug","brand":"Acme"}', '{"id":0,"title":1,"brand":2}')`,
      )
      .run();
    old.prepare(`INSERT INTO source_rows (source_id, row_no, cells, pid) VALUES (1, 2, '["SKU-1","Mug","Acme"]', 1)`).run();
    closeProject(old);
    expect(new Database(path).pragma('user_version', { simple: true })).toBe(7);

    const db = openProject(path, { create: false });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(getProduct(db, 1)).toMatchObject({
      original: { id: 'SKU-1', title: 'Mug', brand: 'Acme' },
      cellMap: { id: 0, title: 1, brand: 2 },
    });
    applyBatch(db, 'edit', 'retitle', [{ pid: 1, field: 'title', value: 'Big Mug' }]);
    // Its stored originals are already a copy: the edit leaves them as they were.
    expect(db.prepare(`SELECT original FROM products WHERE pid = 1`).pluck().get()).toBe(
      '{"id":"SKU-1","title":"Mug","brand":"Acme"}',
    );
    expect(getProduct(db, 1)?.original.title).toBe('Mug');
    expect(getProduct(db, 1)?.values.title).toBe('Big Mug');
    closeProject(db);
  });
});
