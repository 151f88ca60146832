import { describe, expect, it, afterEach } from 'vitest';
import { join } from 'node:path';
import { Engine } from '../../electron/core/api/index.js';
import { sampleCatalog } from '../../electron/bridge/index.js';
import type { JobState, Page, ProjectSummary, FindingsSummary, SuggestionList, HistoryResult } from '../../shared/api.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.shutdown();
  engine = undefined;
});

async function sample() {
  engine = new Engine({ workspace: join(tmp(), 'ws'), sampleCatalog: sampleCatalog() });
  const project = (await engine.call('project.openSample', {})) as ProjectSummary;
  return { e: engine, project };
}

const page = (e: Engine, input: object) =>
  e.call('products.page', {
    offset: 0,
    limit: 100,
    columns: ['id', 'title', 'brand', 'color', 'price'],
    ...input,
  }) as Promise<Page>;

async function waitJob(e: Engine, jobId: string): Promise<JobState> {
  for (;;) {
    const j = (await e.call('jobs.get', { jobId })) as JobState;
    if (j.state !== 'running') return j;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('engine facade over the bundled sample catalog', () => {
  it('opens the sample as a scratch project with every product', async () => {
    const { project } = await sample();
    expect(project.products).toBe(52);
    expect(project.temporary).toBe(true);
    expect(project.sources[0]).toMatchObject({ layout: 'generic', rows: 52, rejected: 0 });
  });

  it('pages, sorts and filters in SQLite, and searches with FTS5 (prefixes, accents, punctuation-safe)', async () => {
    const { e } = await sample();
    const all = await page(e, { offset: 50, limit: 10 });
    expect(all.total).toBe(52);
    expect(all.rows.map((r) => r.row)).toEqual([52, 53]);
    const kettles = await page(e, { filter: { search: 'kettl' } });
    expect(kettles.rows.map((r) => r.cells[0])).toEqual(['CT-KET-1', 'CT-KET-2', 'CT-KET-3']);
    // "für Kinder": diacritics folded, every word must match
    expect((await page(e, { filter: { search: 'fur kinder' } })).rows.map((r) => r.cells[0])).toEqual([
      'WW-RAIN-98/',
      'WW-RAIN-110',
      'WW-RAIN-122',
    ]);
    expect((await page(e, { filter: { search: '"); DROP TABLE products; --' } })).total).toBe(0);
    const noBrand = await page(e, { filter: { missing: 'brand' } });
    expect(noBrand.rows.every((r) => r.cells[2] === null)).toBe(true);
    expect(noBrand.total).toBe(4);
    const sorted = await page(e, { sort: { field: 'id', dir: 'desc' }, limit: 3 });
    expect(sorted.rows.map((r) => r.cells[0])).toEqual(['WW-SOCK-NAV-41', 'WW-SOCK-NAV-36', 'WW-SOCK-BLA-41']);
    const custom = (await e.call('products.page', { offset: 0, limit: 1, columns: ['Care instructions'] })) as Page;
    expect(custom.rows[0]!.cells).toEqual(['Wash at 30°C']);
  });

  it('edits through the change record; undo and redo keep the search index in step', async () => {
    const { e } = await sample();
    const [mug] = (await page(e, { filter: { search: 'espresso' } })).rows;
    const r = (await e.call('products.edit', {
      edits: [{ pid: mug!.pid, field: 'title', value: 'Contoso Porcelain Demitasse 90 ml' }],
    })) as HistoryResult;
    expect(r.batch).toMatchObject({ kind: 'edit', changes: 1 });
    expect(r.project.undoLabel).toMatch(/^edit title on row \d+$/);
    expect((await page(e, { filter: { search: 'demitasse' } })).total).toBe(1);
    expect((await page(e, { filter: { search: 'espresso' } })).total).toBe(0);
    expect((await page(e, { filter: { changed: true } })).rows.map((x) => x.pid)).toEqual([mug!.pid]);
    const u = (await e.call('history.undo', {})) as HistoryResult;
    expect(u.project.canRedo).toBe(true);
    expect((await page(e, { filter: { search: 'espresso' } })).total).toBe(1);
    expect((await page(e, { filter: { search: 'demitasse' } })).total).toBe(0);
    await e.call('history.redo', {});
    expect((await page(e, { filter: { search: 'demitasse' } })).total).toBe(1);
    const changes = (await e.call('export.changes', { limit: 10 })) as {
      byField: unknown[];
      items: { original: string; current: string }[];
    };
    expect(changes.byField).toEqual([{ field: 'title', count: 1 }]);
    expect(changes.items[0]).toMatchObject({
      original: 'Ceramic Espresso Cup 90 ml',
      current: 'Contoso Porcelain Demitasse 90 ml',
    });
  });

  it('imports as a cancellable job with progress, and reports bad files precisely', async () => {
    engine = new Engine({ workspace: join(tmp(), 'ws') });
    await engine.call('project.new', {});
    const file = { path: sampleCatalog(), name: 'catalog.csv' };
    const preview = (await engine.call('import.preview', { file })) as {
      delimiter: string;
      encoding: string;
      mapping: Record<string, string>;
    };
    expect(preview).toMatchObject({ delimiter: ',', encoding: 'utf-8' });
    expect(preview.mapping).toMatchObject({ SKU: 'id', 'Product Name': 'title', Brand: 'brand', Colour: 'color' });
    const { jobId } = (await engine.call('import.start', {
      file,
      mapping: { ...preview.mapping, 'Care instructions': null },
    })) as { jobId: string };
    const job = await waitJob(engine, jobId);
    expect(job).toMatchObject({ state: 'done', progress: 1, result: { products: 52, rejected: 0 } });
    const cols = (await engine.call('products.columns', {})) as { columns: { field: string }[] };
    expect(cols.columns.map((c) => c.field)).not.toContain('Care instructions');
    await expect(
      engine.call('import.preview', { file: { path: '/nope/missing.csv', name: 'missing.csv' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(engine.call('import.start', { file, layout: 'excel97' })).rejects.toMatchObject({
      code: 'bad_input',
      message: 'unknown layout "excel97"',
    });
  });

  it('audits, marks cells, filters by rule, and applies a one-click fix that undo reverts', async () => {
    const { e } = await sample();
    const info = (await e.call('app.info', {})) as { capabilities: { audit: boolean } };
    if (!info.capabilities.audit) {
      await expect(e.call('findings.run', { profiles: [] })).rejects.toMatchObject({ code: 'not_available' });
      return;
    }
    const { jobId } = (await e.call('findings.run', { profiles: ['google'] })) as { jobId: string };
    expect((await waitJob(e, jobId)).state).toBe('done');
    const summary = (await e.call('findings.summary', {})) as FindingsSummary;
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.scores['google']).toBeGreaterThan(0);
    const rule = summary.byRule[0]!;
    const flagged = await page(e, { filter: { rule: rule.rule }, limit: 1000 });
    expect(flagged.total).toBe(rule.products);
    expect(flagged.rows.some((r) => Object.values(r.markers).some((m) => m.severity === rule.severity))).toBe(true);
    const fixable = summary.byRule.find((r) => r.fixable > 0);
    if (fixable) {
      const before = (await e.call('suggestions.list', { state: 'pending', source: 'rule' })) as SuggestionList;
      const fixed = (await e.call('findings.fix', { rule: fixable.rule })) as HistoryResult;
      if (fixed.batch) {
        expect(fixed.batch.changes).toBeGreaterThan(0);
        const u = (await e.call('history.undo', {})) as HistoryResult;
        expect(u.batch?.batchId).toBe(fixed.batch.batchId);
        const after = (await e.call('suggestions.list', { state: 'pending', source: 'rule' })) as SuggestionList;
        expect(after.total).toBeGreaterThan(0);
        expect(before.total).toBeGreaterThan(0);
      }
    }
  });
});

describe('suggestion review over the store', () => {
  /** Suggestions as the suggester stores them (a realistic row per case), to review through the facade. */
  async function withSuggestions() {
    const { e } = await sample();
    const rows = (await page(e, { filter: { missing: 'color' }, limit: 10 })).rows;
    const db = (e as unknown as { db: import('better-sqlite3').Database }).db;
    const ins = db.prepare(
      `INSERT INTO suggestions (pid, field, current, suggested, confidence, sources, evidence, created_at) VALUES (?, 'color', NULL, ?, ?, ?, ?, '2026-01-01')`,
    );
    ins.run(rows[0]!.pid, 'Red', 0.97, 'text', JSON.stringify({ phrase: 'Red' }));
    ins.run(rows[1]!.pid, 'Red', 0.93, 'text+graph', JSON.stringify({ phrase: 'Red' }));
    ins.run(rows[2]!.pid, 'Sand', 0.6, 'text', JSON.stringify({ phrase: 'Sand' }));
    return { e, pids: rows.map((r) => r.pid) };
  }

  it('accepts one, rejects one, bulk-accepts above a threshold, and undo returns them to pending', async () => {
    const { e, pids } = await withSuggestions();
    const list = (await e.call('suggestions.list', {})) as SuggestionList;
    expect(list.items.map((s) => s.confidence)).toEqual([0.97, 0.93, 0.6]);
    expect(list.items[0]!.evidence).toEqual({ phrase: 'Red' });
    expect(await e.call('suggestions.bulkPreview', { minConfidence: 0.9 })).toEqual({ count: 2, products: 2 });
    expect(await e.call('suggestions.bulkPreview', { minConfidence: 0.9, source: 'graph' })).toEqual({ count: 1, products: 1 });
    const edited = (await e.call('suggestions.accept', { ids: [list.items[2]!.id], value: 'Sand beige' })) as HistoryResult;
    expect(edited.batch).toMatchObject({ kind: 'suggestion', changes: 1 });
    const marked = await page(e, { filter: { pendingSuggestions: true } });
    expect(marked.rows.map((r) => r.markers['color']?.suggestions)).toEqual([1, 1]);
    const bulk = (await e.call('suggestions.bulkAccept', { minConfidence: 0.9 })) as HistoryResult;
    expect(bulk.batch).toMatchObject({ kind: 'suggestion', changes: 2, why: 'accepted 2 suggestions (confidence >= 0.9)' });
    const colors = (await e.call('products.page', {
      offset: 0,
      limit: 100,
      columns: ['color'],
      filter: { changed: true },
    })) as Page;
    expect(colors.rows.map((r) => r.cells[0]).sort()).toEqual(['Red', 'Red', 'Sand beige']);
    await e.call('history.undo', {});
    expect(((await e.call('suggestions.list', {})) as SuggestionList).total).toBe(2);
    const rej = (await e.call('suggestions.reject', { ids: [list.items[0]!.id] })) as { rejected: number };
    expect(rej.rejected).toBe(1);
    expect(((await e.call('suggestions.list', { state: 'rejected' })) as SuggestionList).items[0]!.pid).toBe(pids[0]);
  });
});
