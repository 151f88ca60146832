import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openProject, closeProject } from '../../electron/core/store/index.js';
import { cli } from '../support/cli.js';
import { useTmpDir } from '../support/tmp.js';
import { FIXTURES } from './project.js';

const tmp = useTmpDir();
const HEADER = 'row,id,field,current,suggested,confidence,sources,evidence';

function color(project: string, id: string): string | null {
  const db = openProject(project, { create: false });
  try {
    return (db.prepare(`SELECT color FROM products WHERE "id" = ?`).get(id) as { color: string | null }).color;
  } finally {
    closeProject(db);
  }
}

describe('catalog-doctor suggest / accept / undo', { timeout: 240_000 }, () => {
  it('writes the suggestions CSV with the exact header, then accepts a field in one batch that undo and redo take back and forth', () => {
    const dir = tmp();
    const project = join(dir, 'shop.cdoc');
    const out = join(dir, 'suggestions.csv');
    expect(cli(['import', join(FIXTURES, 'shop.csv'), '--project', project]).code).toBe(0);
    const s = cli(['suggest', project, '--out', out, '--no-model']);
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/^wrote \d+ suggestions to /);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(HEADER);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const navy = rows.find((r) => r.id === 'TEE-NAVY-M' && r.field === 'color')!;
    expect(navy).toMatchObject({ row: '2', current: '', suggested: 'Navy', sources: 'text' });
    expect(Number(navy.confidence)).toBeGreaterThan(0);
    expect(navy.evidence).toContain('title "Navy" at 34-38');
    expect(rows.find((r) => r.id === 'TEE-NAVY-L' && r.field === 'brand')!.sources).toBe('text+graph');

    // Suggestions never change data by themselves.
    expect(color(project, 'TEE-NAVY-M')).toBeNull();
    const a = cli(['accept', project, '--field', 'color', '--min-confidence', '0', '--json']);
    expect(a.code).toBe(0);
    const accepted = JSON.parse(a.stdout) as { accepted: number; batchId: number; changes: number };
    expect(accepted.accepted).toBe(rows.filter((r) => r.field === 'color').length);
    expect(color(project, 'TEE-NAVY-M')).toBe('Navy');
    expect(color(project, 'CAM-NEGRO-L')).toBe('Negro');

    expect(cli(['undo', project]).code).toBe(0);
    expect(color(project, 'TEE-NAVY-M')).toBeNull();
    const db = openProject(project, { create: false });
    try {
      const kinds = db.prepare(`SELECT kind, state FROM batches`).all();
      expect(kinds).toEqual([{ kind: 'suggestion', state: 'undone' }]);
      const states = db.prepare(`SELECT DISTINCT state FROM suggestions WHERE field = 'color'`).all();
      expect(states).toEqual([{ state: 'pending' }]);
    } finally {
      closeProject(db);
    }
    expect(cli(['redo', project]).code).toBe(0);
    expect(color(project, 'TEE-NAVY-M')).toBe('Navy');
  });

  it('accepts by source and confidence threshold only', () => {
    const dir = tmp();
    const project = join(dir, 'shop.cdoc');
    cli(['import', join(FIXTURES, 'shop.csv'), '--project', project]);
    cli(['suggest', project, '--out', join(dir, 's.csv'), '--no-model']);
    const a = cli(['accept', project, '--source', 'graph', '--min-confidence', '0', '--json']);
    expect(a.code).toBe(0);
    const db = openProject(project, { create: false });
    try {
      const left = db
        .prepare(
          `SELECT count(*) AS n FROM suggestions WHERE state = 'accepted' AND ('+' || sources || '+') NOT LIKE '%+graph+%'`,
        )
        .get() as { n: number };
      expect(left.n).toBe(0);
      expect((db.prepare(`SELECT brand FROM products WHERE "id" = 'TEE-NAVY-L'`).get() as { brand: string }).brand).toBe(
        'Northwind',
      );
    } finally {
      closeProject(db);
    }
    expect(cli(['accept', project, '--min-confidence', '2']).code).toBe(2);
    expect(cli(['accept', project, '--source', 'magic']).code).toBe(2);
  });

  it('suggests straight from a catalog file through a temporary project', () => {
    const out = join(tmp(), 's.csv');
    const r = cli(['suggest', join(FIXTURES, 'shop.csv'), '--fields', 'size', '--out', out, '--no-model']);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((x) => x.field))).toEqual(new Set(['size']));
    expect(rows.find((x) => x.id === 'JACKE-BLAU-XL')).toMatchObject({ row: '8', suggested: 'XL' });
  });
});
