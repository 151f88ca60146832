import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { useTmpDir } from '../support/tmp.js';
import { csv, projectFrom } from './support.js';
import { closeProject } from '../../electron/core/store/index.js';
import { catalogStatsOf, type PassMessage, type PassCounted } from '../../electron/core/audit/pass.js';

const tmp = useTmpDir();
const ROOT = resolve(import.meta.dirname, '../..');

/** Every worker entry the engine starts, by the bundle name it looks for (see electron/core/jobs/entry.ts). */
function workerBundles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(join(ROOT, 'electron/core'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(ROOT, 'electron/core', dir.name)))
      if (/^worker.*\.ts$/.test(f)) out.push(`${dir.name}-${f.replace(/\.ts$/, '')}`);
  }
  return out.sort();
}

describe('desktop app build (electron-vite)', () => {
  it('bundles every worker beside the engine, and the built audit worker runs', { timeout: 120_000 }, async () => {
    // Inside the repository so the bundle's external packages (better-sqlite3) resolve from node_modules.
    const cache = join(ROOT, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const out = mkdtempSync(join(cache, 'cd-app-build-'));
    try {
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      const bundles = workerBundles();
      expect(bundles).toEqual(expect.arrayContaining(['audit-worker', 'import-worker']));
      for (const b of bundles) expect(existsSync(join(out, 'main', `${b}.js`)), b).toBe(true);

      // The packaged layout (worker entry + shared chunks) runs: a full pass over a small catalog.
      const db = await projectFrom(
        tmp(),
        csv(
          ['id', 'title', 'price', 'brand'],
          [
            ['A1', 'Cotton Tee', '19 EUR', 'Acme'],
            ['A2', 'Linen Apron', '22 EUR', 'Acme'],
            ['A3', 'Wool Blanket', '89 EUR', 'acme'],
          ],
        ),
      );
      try {
        const worker = new Worker(join(out, 'main', 'audit-worker.js'), { workerData: { file: db.name, profiles: [] } });
        const messages: PassMessage[] = [];
        await new Promise<void>((done, fail) => {
          worker.on('message', (m: PassMessage | { type: 'failure'; error: { message: string } }) => {
            if (m.type === 'failure') return fail(new Error(m.error.message));
            messages.push(m);
            if (m.type === 'batch') worker.postMessage({ type: 'ack' });
            if (m.type === 'counted') worker.postMessage(catalogStatsOf([m.counts]));
          });
          worker.on('error', fail);
          worker.on('exit', () => done());
        });
        const counted = messages.find((m): m is PassCounted => m.type === 'counted');
        expect(counted?.products).toBe(3);
        expect(messages.at(-1)).toEqual({ type: 'end', products: 3 });
        const rules = messages.flatMap((m) => (m.type === 'batch' ? m.findings.filter((_, i) => i % 9 === 1) : []));
        expect(rules).toContain('brand-spelling');
      } finally {
        closeProject(db);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
