import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import { embedProducts, loadTextModel, loadVectors, productText } from '../../electron/core/embed/index.js';
import { listJobs } from '../../electron/core/jobs/index.js';
import { useTmpDir } from '../support/tmp.js';
import { projectWith } from '../suggest/project.js';

const tmp = useTmpDir();

describe('embeddings as a job (the real bundled model in a job worker thread)', { timeout: 240_000 }, () => {
  it('cancels keeping finished chunks, and resumes the same job without embedding them again', async () => {
    const { db } = await projectWith(tmp()); // 13 products: chunks of 4 make 4 job items
    try {
      const stop = new AbortController();
      const seen: number[] = [];
      const first = await embedProducts(db, {
        chunkSize: 4,
        signal: stop.signal,
        onProgress: (p) => {
          seen.push(p.done);
          if (p.done >= 4) stop.abort();
        },
      });
      expect(first.state).toBe('cancelled');
      expect(seen[0]).toBe(0);
      expect(first.embedded).toBeGreaterThanOrEqual(4);
      expect(first.embedded).toBeLessThan(13);
      const count = () => (db.prepare('SELECT count(*) AS n FROM embeddings').get() as { n: number }).n;
      expect(count()).toBe(first.embedded);
      expect(listJobs(db, { kind: 'embed', unfinished: true }).map((j) => j.jobId)).toEqual([first.jobId]);
      const before = new Map(
        (db.prepare('SELECT pid, rowid AS r FROM embeddings').all() as { pid: number; r: number }[]).map((x) => [x.pid, x.r]),
      );

      const second = await embedProducts(db, { chunkSize: 4 });
      expect(second).toMatchObject({ state: 'done', jobId: first.jobId, embedded: 13 - first.embedded, skipped: first.embedded });
      expect(count()).toBe(13);
      for (const [pid, r] of before)
        expect((db.prepare('SELECT rowid AS r FROM embeddings WHERE pid = ?').get(pid) as { r: number }).r).toBe(r);
      expect(listJobs(db, { kind: 'embed', unfinished: true })).toEqual([]);

      // The vectors made in the worker are the model's own: the same text embeds to the same vector here
      // (up to the q8 model's batch padding: cosine > 0.999).
      const v = loadVectors(db);
      const row = db.prepare(`SELECT pid, title, description, product_type, mpn FROM products ORDER BY pid LIMIT 1`).get() as {
        pid: number;
      } & Parameters<typeof productText>[0];
      const [mine] = await (await loadTextModel()).embed([productText(row)]);
      const stored = v.matrix.subarray(v.pids.indexOf(row.pid) * v.dims, (v.pids.indexOf(row.pid) + 1) * v.dims);
      expect(stored.reduce((s, x, i) => s + x * mine![i]!, 0)).toBeGreaterThan(0.999);
    } finally {
      closeProject(db);
    }
  });
});
