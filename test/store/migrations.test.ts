import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openProject, closeProject, schemaVersion, SCHEMA_VERSION, ProjectError } from '../../electron/core/store/index.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();

describe('project file migrations', () => {
  it('opens a file written by schema 1 and migrates it forward, keeping its data', () => {
    const path = join(tmp(), 'old.cdoc');
    const old = openProject(path, { upToVersion: 1 });
    old
      .prepare(
        `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at) VALUES ('x.csv','x.csv','csv','generic','utf-8','["id"]','{}','{}','2020-01-01')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO products (source_id, row_no, "id", original, cell_map) VALUES (1, 2, 'SKU-1', '{"id":"SKU-1"}', '{"id":0}')`,
      )
      .run();
    closeProject(old);
    expect(new Database(path).pragma('user_version', { simple: true })).toBe(1);

    const db = openProject(path, { create: false });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare(`SELECT "id" FROM products`).get()).toEqual({ id: 'SKU-1' });
    expect(db.prepare(`SELECT count(*) n FROM suggestions`).get()).toEqual({ n: 0 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    closeProject(db);
  });

  it('refuses a file from a newer version and a file that is not a project', () => {
    const dir = tmp();
    const newer = join(dir, 'newer.cdoc');
    const db = new Database(newer);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => openProject(newer)).toThrow(/newer Catalog Doctor/);
    const junk = join(dir, 'junk.cdoc');
    writeFileSync(junk, 'this is not sqlite at all, just some text that is long enough to be a header');
    expect(() => openProject(junk)).toThrow(ProjectError);
    expect(() => openProject(join(dir, 'missing.cdoc'), { create: false })).toThrow(/no such project/);
  });
});
