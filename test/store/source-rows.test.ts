import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  openProject,
  closeProject,
  applyBatch,
  undo,
  schemaVersion,
  SCHEMA_VERSION,
  rowCells,
  FROM_PRODUCT,
} from '../../electron/core/store/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { exportFeed } from '../../electron/core/export/index.js';
import { useTmpDir } from '../support/tmp.js';
import { fixture as layoutFixture } from '../import/layouts/map-file.js';

const tmp = useTmpDir();

/** Schema 9: a product's row is stored with it, and only the cells the product does not reproduce are repeated. */
describe('source rows stored with their products (schema 9)', () => {
  it('stores each cell once, keeps what the product cannot give back, and exports the file cell for cell', async () => {
    const dir = tmp();
    const csv = join(dir, 'c.csv');
    const text =
      'id,title,brand,internal note,fit\r\n' +
      'A1,Red Shirt,Acme,keep me,slim\r\n' +
      ',,,,\r\n' +
      'A2,"Blue, Shirt",acme,,\r\n' +
      'A3,"Green ""Eco"" Shirt",,n\r\n';
    writeFileSync(csv, text);
    const db = openProject(join(dir, 'p.cdoc'));
    const r = await importCatalog(db, csv, { mapping: { 'internal note': null } });
    expect(r).toMatchObject({ products: 3, rows: 4 });
    const stored = db.prepare(`SELECT row_no, cells FROM products ORDER BY pid`).raw(true).all();
    // 0 = "the product's value of the field read from this column"; the ignored column and blank cells
    // stay as text, and a short row stays short.
    expect(stored).toEqual([
      [2, '[0,0,0,"keep me",0]'],
      [4, '[0,0,0,"",""]'],
      [5, '[0,0,"","n"]'],
    ]);
    // The blank row is no product: it is kept among the source's other rows.
    expect(db.prepare(`SELECT row_no, cells, pid FROM source_rows`).raw(true).all()).toEqual([[3, '["","","","",""]', null]]);

    const same = join(dir, 'same.csv');
    await exportFeed(db, { profile: 'source', out: same });
    expect(readFileSync(same, 'utf8')).toBe(text);

    // An edit goes into its own cell; the product's originals still give back the other cells as read.
    applyBatch(db, 'edit', 'retitle', [{ pid: 1, field: 'title', value: 'Crimson Shirt' }]);
    const edited = join(dir, 'edited.csv');
    await exportFeed(db, { profile: 'source', out: edited });
    expect(readFileSync(edited, 'utf8')).toBe(text.replace('Red Shirt', 'Crimson Shirt'));
    undo(db);
    await exportFeed(db, { profile: 'source', out: same });
    expect(readFileSync(same, 'utf8')).toBe(text);
    closeProject(db);
  });

  it('keeps rows that are no product (Shopify image rows) apart, and merges them back in order', async () => {
    const dir = tmp();
    const file = layoutFixture('shopify-legacy-de.csv');
    const db = openProject(join(dir, 'p.cdoc'));
    const r = await importCatalog(db, file, { layout: 'shopify' });
    const withProduct = db.prepare(`SELECT count(*) FROM products WHERE cells IS NOT NULL`).pluck().get() as number;
    const others = db.prepare(`SELECT count(*) FROM source_rows`).pluck().get() as number;
    expect(withProduct).toBe(r.products);
    expect(withProduct + others).toBe(r.rows);
    expect(others).toBeGreaterThan(0);
    const out = join(dir, 'same.csv');
    await exportFeed(db, { profile: 'source', out });
    expect(readFileSync(out)).toEqual(readFileSync(file));
    closeProject(db);
  });

  it('reads schema 8 rows, which hold every cell with the product id, and exports them as before', async () => {
    const path = join(tmp(), 'v8.cdoc');
    const old = openProject(path, { upToVersion: 8 });
    old
      .prepare(
        `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at, cell_maps)
         VALUES ('x.csv','x.csv','csv','generic','utf-8','["id","title"]','{"id":"id","title":"title"}','{"delimiter":","}','2026-01-01','[{"id":0,"title":1}]')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO products (source_id, row_no, "id", title, original, cell_map) VALUES (1, 2, 'SKU-1', 'Mug', '', '@0')`,
      )
      .run();
    old.prepare(`INSERT INTO source_rows (source_id, row_no, cells, pid) VALUES (1, 2, '["SKU-1","Mug"]', 1)`).run();
    closeProject(old);

    const db = openProject(path, { create: false });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    applyBatch(db, 'edit', 'retitle', [{ pid: 1, field: 'title', value: 'Big Mug' }]);
    const out = join(tmp(), 'out.csv');
    await exportFeed(db, { profile: 'source', out });
    expect(readFileSync(out, 'utf8')).toBe('id,title\nSKU-1,Big Mug\n');
    closeProject(db);
  });

  it('imports a sparse file whose rows fill hundreds of different sets of fields, every value in its place', async () => {
    const dir = tmp();
    const csv = join(dir, 'sparse.csv');
    const fields = ['title', 'brand', 'color', 'size', 'material', 'pattern', 'gender', 'age_group', 'mpn', 'condition'];
    // Row n fills the fields whose bit is set in n: 1,023 different sets (and as many INSERT shapes, past the cap).
    const rows = Array.from({ length: 1023 }, (_, i) => {
      const n = i + 1;
      return [`SKU-${n}`, ...fields.map((f, b) => (n & (1 << b) ? `${f}-${n}` : ''))];
    });
    const text = [['id', ...fields], ...rows].map((r) => r.join(',')).join('\n') + '\n';
    writeFileSync(csv, text);
    const db = openProject(join(dir, 'p.cdoc'));
    // Mapped by the seller: the made-up values ("color-7") do not look like colours to the automatic mapping.
    const r = await importCatalog(db, csv, { mapping: Object.fromEntries(fields.map((f) => [f, f])) });
    expect(r.products).toBe(1023);
    const stored = db
      .prepare(`SELECT "id", ${fields.map((f) => `"${f}"`).join(', ')} FROM products ORDER BY pid`)
      .raw(true)
      .all();
    expect(stored).toEqual(rows.map((cells) => cells.map((c) => (c === '' ? null : c))));
    const out = join(dir, 'same.csv');
    await exportFeed(db, { profile: 'source', out });
    expect(readFileSync(out, 'utf8')).toBe(text);
    closeProject(db);
  });

  it('says which cell is broken when a stored row refers to a value its product does not have', () => {
    expect(rowCells(['a', 'b'])).toEqual(['a', 'b']);
    expect(rowCells([FROM_PRODUCT, 'b'], (f) => ({ id: 'A1' })[f], { id: 0 })).toEqual(['A1', 'b']);
    expect(() => rowCells(['a', FROM_PRODUCT])).toThrow(/cell 2 refers to a product the row does not have/);
    expect(() => rowCells([FROM_PRODUCT], () => undefined, { title: 0 })).toThrow(
      /cell 1 refers to a value its product does not have/,
    );
  });
});
