import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import { readImages, type ImageMatch } from '../../electron/core/ocr/index.js';
import { listJobs } from '../../electron/core/jobs/index.js';
import { useTmpDir } from '../support/tmp.js';
import { FIXTURES, projectWith } from '../suggest/project.js';

const tmp = useTmpDir();
const FILES = [
  'nw-tee-label.png',
  'oat-drink.png',
  'bergfeld-tag.png',
  'candle-fr.png',
  'kettle-box.png',
  'yoghurt-lowcontrast.png',
];

describe('OCR as a job (real tesseract.js in job worker threads)', { timeout: 240_000 }, () => {
  it('reports progress, cancels keeping what was read, and resumes the same job without reading those again', async () => {
    const { db } = await projectWith(tmp());
    try {
      const pids = (db.prepare('SELECT pid FROM products ORDER BY pid LIMIT 6').all() as { pid: number }[]).map((r) => r.pid);
      const matches: ImageMatch[] = FILES.map((f, i) => ({ pid: pids[i]!, path: join(FIXTURES, 'images', f), by: 'id' }));
      const stop = new AbortController();
      const seen: { done: number; total: number }[] = [];
      const first = await readImages(db, matches, {
        workers: 1,
        signal: stop.signal,
        onProgress: (p) => {
          seen.push({ done: p.done, total: p.total });
          if (p.done >= 1) stop.abort();
        },
      });
      expect(first.state).toBe('cancelled');
      expect(seen[0]).toEqual({ done: 0, total: 6 });
      expect(first.read).toBeGreaterThan(0);
      expect(first.read).toBeLessThan(6);
      const stored = () => (db.prepare('SELECT count(*) AS n FROM ocr_images').get() as { n: number }).n;
      expect(stored()).toBe(first.read);
      expect(listJobs(db, { kind: 'ocr', unfinished: true }).map((j) => j.jobId)).toEqual([first.jobId]);

      const readAt = new Map(
        (db.prepare('SELECT path, rowid AS r FROM ocr_images').all() as { path: string; r: number }[]).map((x) => [x.path, x.r]),
      );
      const second = await readImages(db, matches, { workers: 2 });
      expect(second).toMatchObject({ state: 'done', jobId: first.jobId, read: 6 - first.read, skipped: first.read, failed: [] });
      expect(stored()).toBe(6);
      // The images read before the cancel were not read (nor written) again.
      for (const [path, r] of readAt)
        expect((db.prepare('SELECT rowid AS r FROM ocr_images WHERE path = ?').get(path) as { r: number }).r).toBe(r);
      const oat = db.prepare(`SELECT text FROM ocr_images WHERE path LIKE '%oat-drink.png'`).get() as { text: string };
      expect(oat.text).toMatch(/OATLY/);
      expect(listJobs(db, { kind: 'ocr', unfinished: true })).toEqual([]);

      // A later run over unchanged images is a new job that reads nothing.
      const third = await readImages(db, matches, { workers: 1 });
      expect(third).toMatchObject({ state: 'done', read: 0, skipped: 6 });
      expect(third.jobId).not.toBe(first.jobId);
    } finally {
      closeProject(db);
    }
  });
});
