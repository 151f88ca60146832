import type { Db } from '../store/index.js';
import { ProgressMeter, type JobProgress } from './progress.js';
import { createJob, finishedItems, forgetFailedItems, getJob, itemRecorder, setJobState } from './store.js';
import { startWorker, type WorkerThread } from './thread.js';
import type { WorkerSource } from './entry.js';
import type { FromWorker, ToWorker } from './serve.js';

export interface JobSpec<Item, Result> {
  /** What the work is (`ocr`, `embed`, ...): stored with the job, checked on resume. */
  kind: string;
  /** The worker entry (see entry.ts); its file calls serveJob(). */
  worker: WorkerSource;
  /** Passed to every worker as `ctx.data` (keep it small and cloneable: paths, options). */
  workerData?: unknown;
  /** What the job was asked to do, stored as JSON; a resume must pass the same. */
  params?: unknown;
  /** Every item of the job (small values: pids, paths). Items whose key is finished are skipped on resume. */
  items: Iterable<Item>;
  key(item: Item): string;
  /**
   * Stores finished items' results. Runs on the main thread inside the transaction that also
   * records the items as done, so a result is never saved twice nor lost on a crash.
   */
  save(results: { key: string; item: Item; result: Result }[]): void;
  /** Items per message to a worker (default 16). */
  batchSize?: number;
  /** Worker threads to run at once (default 1). */
  threads?: number;
  /** Continue this earlier job (from listJobs(db, { unfinished: true })) instead of starting a new one. */
  resume?: number;
  /** On resume, also do again the items that failed last time (default false: only unfinished ones). */
  retryFailed?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: JobProgress & { jobId: number; failed: number }) => void;
  /** How long a stopping worker may take to finish its current item before it is terminated (ms). */
  stopGraceMs?: number;
}

export interface JobOutcome {
  jobId: number;
  state: 'done' | 'cancelled';
  /** All items of the job, finished now or earlier. */
  total: number;
  done: number;
  failed: number;
  /** Items skipped because an earlier run had finished them. */
  skipped: number;
  failures: { key: string; error: string }[];
}

/**
 * Runs a job's items through worker threads, saving results as they come. Cancelling (the signal)
 * stops the workers cooperatively, keeps what they finished, and leaves the job resumable; a
 * failure of the job itself (a worker that cannot start or crashes) is recorded and thrown.
 */
export async function runJob<Item, Result>(db: Db, spec: JobSpec<Item, Result>): Promise<JobOutcome> {
  const params = spec.params ?? null;
  let jobId: number;
  if (spec.resume !== undefined) {
    const job = getJob(db, spec.resume);
    if (!job) throw new Error(`no job ${spec.resume} in this project`);
    if (job.kind !== spec.kind) throw new Error(`job ${spec.resume} is a ${job.kind} job, not ${spec.kind}`);
    if (JSON.stringify(job.params) !== JSON.stringify(params))
      throw new Error(`job ${spec.resume} was started with other parameters`);
    if (job.state === 'done') throw new Error(`job ${spec.resume} is already done`);
    jobId = job.jobId;
    if (spec.retryFailed) forgetFailedItems(db, jobId);
    setJobState(db, jobId, 'running');
  } else jobId = createJob(db, spec.kind, params);

  const finished = spec.resume !== undefined ? finishedItems(db, jobId) : new Set<string>();
  const todo: [string, Item][] = [];
  let total = 0;
  for (const item of spec.items) {
    total++;
    const key = spec.key(item);
    if (!finished.has(key)) todo.push([key, item]);
  }
  const before = getJob(db, jobId)!;
  setJobState(db, jobId, 'running', { total });
  const outcome: JobOutcome = {
    jobId,
    state: 'done',
    total,
    done: before.done,
    failed: before.failed,
    skipped: total - todo.length,
    failures: [],
  };
  const meter = new ProgressMeter(total, outcome.done + outcome.failed);
  const report = () => spec.onProgress?.({ ...meter.update(outcome.done + outcome.failed), jobId, failed: outcome.failed });
  report();

  const recorder = itemRecorder(db, jobId);
  const itemsByKey = new Map<string, Item>();
  const store = db.transaction((results: FromWorker<Result> & { type: 'results' }) => {
    const saved: { key: string; item: Item; result: Result }[] = [];
    let failed = 0;
    for (const r of results.results) {
      const item = itemsByKey.get(r[0]);
      itemsByKey.delete(r[0]);
      if (item === undefined) continue;
      if (r[1]) saved.push({ key: r[0], item, result: r[2] });
      else {
        failed++;
        recorder.failed(r[0], r[2]);
        outcome.failures.push({ key: r[0], error: r[2] });
      }
    }
    if (saved.length) spec.save(saved);
    for (const s of saved) recorder.done(s.key);
    recorder.count(saved.length, failed);
    outcome.done += saved.length;
    outcome.failed += failed;
  });

  const batchSize = Math.max(1, spec.batchSize ?? 16);
  const threads = Math.max(1, Math.min(spec.threads ?? 1, Math.ceil(todo.length / batchSize) || 1));
  let next = 0;
  let failedJob = false;
  const stopping = () => spec.signal?.aborted === true;

  const drive = async (thread: WorkerThread<ToWorker<Item>, FromWorker<Result>>) => {
    let inFlight = 0;
    const feed = () => {
      while (inFlight < 2 && next < todo.length && !stopping()) {
        const batch = todo.slice(next, next + batchSize);
        next += batch.length;
        for (const [k, item] of batch) itemsByKey.set(k, item);
        thread.post({ type: 'items', items: batch });
        inFlight++;
      }
      if (inFlight === 0 && (next >= todo.length || stopping())) thread.post({ type: 'end' });
    };
    const onAbort = () => thread.post({ type: 'stop' });
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    let grace: NodeJS.Timeout | undefined;
    spec.signal?.addEventListener('abort', () => (grace = setTimeout(() => void thread.terminate(), spec.stopGraceMs ?? 2000)), {
      once: true,
    });
    try {
      for (;;) {
        let m: FromWorker<Result> | undefined;
        try {
          m = await thread.next();
        } catch (err) {
          if (stopping()) return; // terminated after the grace period: what it finished is saved
          throw err;
        }
        if (!m) return;
        if (failedJob) return;
        if (m.type === 'results') {
          inFlight--;
          store(m);
          report();
        }
        feed();
      }
    } finally {
      spec.signal?.removeEventListener('abort', onAbort);
      clearTimeout(grace);
      await thread.terminate();
    }
  };

  const started: WorkerThread<ToWorker<Item>, FromWorker<Result>>[] = [];
  try {
    for (let i = 0; i < (todo.length ? threads : 0); i++) started.push(await startWorker(spec.worker, spec.workerData ?? null));
    await Promise.all(started.map(drive));
  } catch (err) {
    failedJob = true; // results still arriving from the other workers are not saved
    await Promise.all(started.map((t) => t.terminate()));
    setJobState(db, jobId, 'failed', { error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
  outcome.state = stopping() && outcome.done + outcome.failed < total ? 'cancelled' : 'done';
  setJobState(db, jobId, outcome.state);
  return outcome;
}
