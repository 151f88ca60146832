import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Engine } from '../../electron/core/api/index.js';
import type { Dashboard, JobState } from '../../shared/api.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();
const FIXTURE = join(import.meta.dirname, '../fixtures/api/dashboard.csv');
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.shutdown();
  engine = undefined;
});

async function waitJob(e: Engine, jobId: string): Promise<JobState> {
  for (;;) {
    const j = (await e.call('jobs.get', { jobId })) as JobState;
    if (j.state !== 'running') return j;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Product ids (column "id") to pids, through the grid like the UI does. */
async function pidsById(e: Engine): Promise<Record<string, number>> {
  const page = (await e.call('products.page', { offset: 0, limit: 100, columns: ['id'] })) as {
    rows: { pid: number; cells: (string | null)[] }[];
  };
  return Object.fromEntries(page.rows.map((r) => [r.cells[0], r.pid]));
}

async function audit(e: Engine) {
  const a = (await e.call('findings.run', { profiles: ['google'] })) as { jobId: string };
  expect((await waitJob(e, a.jobId)).state).toBe('done');
  return (await e.call('dashboard.get', {})) as Dashboard;
}

describe('dashboard over a six-product fixture (two categories, one uncategorised)', () => {
  it('shows the score at import and now per profile, and findings by rule, category and severity', async () => {
    engine = new Engine({ workspace: join(tmp(), 'ws') });
    const e = engine;
    await e.call('project.new', {});
    const empty = (await e.call('dashboard.get', {})) as Dashboard;
    expect(empty).toMatchObject({ products: 0, audited: false, scores: [], byRule: [] });
    const imp = (await e.call('import.start', { file: { path: FIXTURE, name: 'dashboard.csv' } })) as { jobId: string };
    expect((await waitJob(e, imp.jobId)).result?.products).toBe(6);
    const notAudited = (await e.call('dashboard.get', {})) as Dashboard;
    expect(notAudited).toMatchObject({ products: 6, audited: false, scores: [] });

    const d = await audit(e);
    // Nothing edited yet: the catalog now is the catalog at import.
    expect(d.scores).toEqual([
      { profile: '', before: 77, after: 77, grade: 'C', poor: 2 },
      { profile: 'google', before: 65, after: 65, grade: 'D', poor: 2 },
    ]);
    expect(d.bySeverity).toEqual({ error: 14, warning: 10, info: 12 });
    const rules = Object.fromEntries(d.byRule.map((r) => [r.rule, r.count]));
    // KT-2's check digit is wrong, KT-2 writes "contoso", KT-3 costs 0, KT-3 and MG-1 have no image,
    // MG-1 has no price, TS-2 says "Red" in its title but Blue in color.
    expect(rules).toMatchObject({
      'gtin-invalid': 1,
      'brand-spelling': 1,
      'price-zero': 1,
      'image-missing': 2,
      'price-missing': 1,
      'title-contradicts-attribute': 1,
    });
    expect(d.byRule.reduce((a, r) => a + r.count, 0)).toBe(36);
    expect(d.byCategory).toEqual([
      { category: 'Home > Kitchen > Kettles', findings: 16, products: 3 },
      { category: '', findings: 11, products: 1 },
      { category: 'Apparel > Shirts', findings: 9, products: 2 },
    ]);
    expect(d.otherCategories).toEqual({ categories: 0, findings: 0 });

    // Fix three problems through the change record and audit again: "now" improves, "at import" does not move.
    const pid = await pidsById(e);
    await e.call('products.edit', {
      edits: [
        { pid: pid['KT-2']!, field: 'brand', value: 'Contoso' },
        { pid: pid['KT-3']!, field: 'price', value: '19.99 EUR' },
        { pid: pid['TS-2']!, field: 'color', value: 'Red' },
      ],
    });
    const after = await audit(e);
    expect(after.scores.map((s) => [s.profile, s.before])).toEqual([
      ['', 77],
      ['google', 65],
    ]);
    for (const s of after.scores) expect(s.after).toBeGreaterThan(s.before);
    const left = after.byRule.map((r) => r.rule);
    expect(left).not.toContain('brand-spelling');
    expect(left).not.toContain('price-zero');
    expect(left).not.toContain('title-contradicts-attribute');
    expect(after.bySeverity.warning).toBe(7);
    // The score at import ran on a scratch copy: the project's own findings are the current ones.
    const db = (e as unknown as { db: import('better-sqlite3').Database }).db;
    expect(db.prepare(`SELECT count(*) FROM findings WHERE rule = 'price-zero'`).pluck().get()).toBe(0);
  });
});
