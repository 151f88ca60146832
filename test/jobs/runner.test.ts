import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { openProject, closeProject, type Db } from '../../electron/core/store/index.js';
import { runJob, listJobs, getJob, type JobProgress, type JobSpec } from '../../electron/core/jobs/index.js';
import { useTmpDir } from '../support/tmp.js';

const SQUARE = { bundle: 'test-worker-square', source: new URL('./fixtures/worker-square.ts', import.meta.url) };
type Result = { square: number; thread: number };

function project(dir: string): Db {
  const db = openProject(join(dir, 'p.cdoc'));
  // The client's own result table; the primary key makes a result saved twice fail loudly.
  db.exec(`CREATE TABLE squares (n INTEGER PRIMARY KEY, square INTEGER NOT NULL, thread INTEGER NOT NULL)`);
  return db;
}

function spec(db: Db, items: number[], data: object, extra: Partial<JobSpec<number, Result>> = {}): JobSpec<number, Result> {
  const insert = db.prepare(`INSERT INTO squares (n, square, thread) VALUES (?, ?, ?)`);
  return {
    kind: 'square',
    worker: SQUARE,
    workerData: data,
    params: { upTo: items.length },
    items,
    key: (n) => String(n),
    save: (results) => {
      for (const r of results) insert.run(r.item, r.result.square, r.result.thread);
    },
    ...extra,
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('job runner (real worker threads)', () => {
  const tmp = useTmpDir();

  it('runs every item in worker threads, saving results and reporting progress with rate and ETA', async () => {
    const db = project(tmp());
    try {
      const events: (JobProgress & { jobId: number; failed: number })[] = [];
      const outcome = await runJob(
        db,
        spec(db, range(40), { delayMs: 2 }, { threads: 2, batchSize: 4, onProgress: (p) => events.push(p) }),
      );
      expect(outcome).toMatchObject({ state: 'done', total: 40, done: 40, failed: 0, skipped: 0 });
      const rows = db.prepare(`SELECT n, square, thread FROM squares ORDER BY n`).all() as {
        n: number;
        square: number;
        thread: number;
      }[];
      expect(rows.map((r) => r.square)).toEqual(range(40).map((n) => n * n));
      const threads = new Set(rows.map((r) => r.thread));
      expect(threads.has(threadId)).toBe(false); // the work ran off the main thread, in at most two workers
      expect(threads.size).toBeLessThanOrEqual(2); // (a worker that starts late may find nothing left to do)
      expect(events[0]!.done).toBe(0);
      expect(events.at(-1)).toMatchObject({ done: 40, total: 40, etaSeconds: 0 });
      expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((a, b) => a - b));
      expect(events.some((e) => e.rate !== null && e.rate > 0)).toBe(true);
      expect(getJob(db, outcome.jobId)).toMatchObject({ kind: 'square', state: 'done', total: 40, done: 40, failed: 0 });
    } finally {
      closeProject(db);
    }
  });

  it('records an item that fails and goes on with the rest', async () => {
    const db = project(tmp());
    try {
      const outcome = await runJob(db, spec(db, range(12), { delayMs: 0, failOn: [7] }, { batchSize: 5 }));
      expect(outcome).toMatchObject({ state: 'done', done: 11, failed: 1, failures: [{ key: '7', error: 'cannot square 7' }] });
      expect(db.prepare(`SELECT item, state, error FROM job_items WHERE state = 'failed'`).all()).toEqual([
        { item: '7', state: 'failed', error: 'cannot square 7' },
      ]);
      // A resume that retries failures runs only item 7 again (it fails again: same message).
      await expect(runJob(db, spec(db, range(12), { delayMs: 0, failOn: [7] }, { resume: outcome.jobId }))).rejects.toThrow(
        /already done/,
      );
    } finally {
      closeProject(db);
    }
  });

  it('cancel stops the workers, keeps what they finished, and resume does only the rest', async () => {
    const db = project(tmp());
    try {
      const controller = new AbortController();
      const first = await runJob(
        db,
        spec(
          db,
          range(60),
          { delayMs: 15 },
          { batchSize: 2, signal: controller.signal, onProgress: (p) => p.done >= 10 && controller.abort() },
        ),
      );
      expect(first.state).toBe('cancelled');
      expect(first.done).toBeGreaterThanOrEqual(10);
      expect(first.done).toBeLessThan(60);
      const savedFirst = db.prepare(`SELECT count(*) FROM squares`).pluck().get() as number;
      expect(savedFirst).toBe(first.done);
      expect(listJobs(db, { kind: 'square', unfinished: true }).map((j) => [j.jobId, j.state, j.done])).toEqual([
        [first.jobId, 'cancelled', first.done],
      ]);

      const saves: number[] = [];
      const base = spec(db, range(60), { delayMs: 0 });
      const second = await runJob<number, Result>(db, {
        ...base,
        resume: first.jobId,
        save: (results) => {
          saves.push(...results.map((r) => r.item));
          base.save(results);
        },
      });
      expect(second).toMatchObject({ jobId: first.jobId, state: 'done', total: 60, done: 60, skipped: first.done });
      expect(saves).toHaveLength(60 - first.done); // nothing finished before was done again
      expect(db.prepare(`SELECT count(*) FROM squares`).pluck().get()).toBe(60);
      expect(listJobs(db, { unfinished: true })).toEqual([]);
    } finally {
      closeProject(db);
    }
  });

  it('a worker that cannot start fails the job, recorded in the project; a resume must ask for the same work', async () => {
    const db = project(tmp());
    try {
      await expect(runJob(db, spec(db, range(3), { delayMs: 0, failInit: true }))).rejects.toThrow('the model folder is missing');
      const [job] = listJobs(db, { kind: 'square' });
      expect(job).toMatchObject({ state: 'failed', error: 'the model folder is missing', done: 0 });
      await expect(runJob(db, { ...spec(db, range(5), { delayMs: 0 }), resume: job!.jobId })).rejects.toThrow(/other parameters/);
      const resumed = await runJob(db, { ...spec(db, range(3), { delayMs: 0 }), resume: job!.jobId });
      expect(resumed).toMatchObject({ state: 'done', done: 3 });
    } finally {
      closeProject(db);
    }
  });
});
