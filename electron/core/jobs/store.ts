import type { Db } from '../store/index.js';

export type JobStatus = 'running' | 'cancelled' | 'failed' | 'done';

/** A job as the project remembers it. */
export interface JobRecord {
  jobId: number;
  kind: string;
  params: unknown;
  state: JobStatus;
  total: number;
  done: number;
  failed: number;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

interface JobRow {
  job_id: number;
  kind: string;
  params: string;
  state: JobStatus;
  total: number;
  done: number;
  failed: number;
  error: string | null;
  created_at: string;
  updated_at: string;
}

const toRecord = (r: JobRow): JobRecord => ({
  jobId: r.job_id,
  kind: r.kind,
  params: JSON.parse(r.params) as unknown,
  state: r.state,
  total: r.total,
  done: r.done,
  failed: r.failed,
  error: r.error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function createJob(db: Db, kind: string, params: unknown): number {
  const now = new Date().toISOString();
  return Number(
    db
      .prepare(`INSERT INTO jobs (kind, params, state, created_at, updated_at) VALUES (?, ?, 'running', ?, ?)`)
      .run(kind, JSON.stringify(params ?? null), now, now).lastInsertRowid,
  );
}

export function getJob(db: Db, jobId: number): JobRecord | undefined {
  const row = db.prepare(`SELECT * FROM jobs WHERE job_id = ?`).get(jobId) as JobRow | undefined;
  return row && toRecord(row);
}

/** Jobs newest first; `unfinished` = the ones a resume can pick up (cancelled, failed, or cut short by a crash). */
export function listJobs(db: Db, filter: { kind?: string; unfinished?: boolean } = {}): JobRecord[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.kind) {
    where.push('kind = ?');
    args.push(filter.kind);
  }
  if (filter.unfinished) where.push(`state <> 'done'`);
  const sql = `SELECT * FROM jobs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY job_id DESC`;
  return (db.prepare(sql).all(...args) as JobRow[]).map(toRecord);
}

export function setJobState(
  db: Db,
  jobId: number,
  state: JobStatus,
  fields: { total?: number; error?: string | null } = {},
): void {
  db.prepare(`UPDATE jobs SET state = ?, total = coalesce(?, total), error = ?, updated_at = ? WHERE job_id = ?`).run(
    state,
    fields.total ?? null,
    fields.error ?? null,
    new Date().toISOString(),
    jobId,
  );
}

/** Keys of the items this job has finished (done or failed) in earlier runs. */
export function finishedItems(db: Db, jobId: number): Set<string> {
  return new Set(db.prepare(`SELECT item FROM job_items WHERE job_id = ?`).pluck().all(jobId) as string[]);
}

/** Statements to record finished items; used inside the transaction that stores their results. */
export function itemRecorder(db: Db, jobId: number) {
  const mark = db.prepare(`INSERT INTO job_items (job_id, item, state, error) VALUES (?, ?, ?, ?)`);
  const count = db.prepare(`UPDATE jobs SET done = done + ?, failed = failed + ?, updated_at = ? WHERE job_id = ?`);
  return {
    done: (key: string) => mark.run(jobId, key, 'done', null),
    failed: (key: string, error: string) => mark.run(jobId, key, 'failed', error),
    count: (done: number, failed: number) => count.run(done, failed, new Date().toISOString(), jobId),
  };
}

/** Forgets the failed items of a job so a resume tries them again. */
export function forgetFailedItems(db: Db, jobId: number): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM job_items WHERE job_id = ? AND state = 'failed'`).run(jobId);
    db.prepare(`UPDATE jobs SET failed = 0 WHERE job_id = ?`).run(jobId);
  })();
}
