/**
 * Background jobs: heavy work in worker threads with progress (done/total, rate, ETA), cancel, and
 * resume without redoing finished items. The state of item jobs lives in the project (tables
 * `jobs` and `job_items`, migration 5), so a job cut short by cancel or a crash can go on later.
 *
 * ## Item jobs (OCR, embeddings, ...): runJob
 *
 * 1. A worker file, bundled by scripts/build-node.mjs when it is named
 *    `electron/core/<dir>/worker<something>.ts` (bundle name `<dir>-worker<something>`):
 *
 *        // electron/core/ocr/worker.ts
 *        import { serveJob } from '../jobs/index.js';
 *        serveJob<{ pid: number; image: string }, OcrText, { langPath: string }>({
 *          async init(data) { ... load the model once ... },
 *          async run(item, ctx) { ... return result; ctx.signal is aborted on cancel ... },
 *          async dispose() { ... },
 *        });
 *
 *    A throw from run() marks that one item failed (message kept in job_items) and the job goes on.
 *    Workers may open the project file read-only themselves (WAL allows it); writes happen on the
 *    main thread, in `save`.
 *
 * 2. On the main thread:
 *
 *        const outcome = await runJob(db, {
 *          kind: 'ocr',
 *          worker: { bundle: 'ocr-worker', source: new URL('./worker.ts', import.meta.url) },
 *          workerData: { langPath },
 *          params: { images: dir },            // stored; a resume must pass the same
 *          items,                              // small values; key() must be stable across runs
 *          key: (it) => String(it.pid),
 *          save: (results) => { ... INSERT the results ... },   // inside the transaction that marks them done
 *          threads: 2, batchSize: 8,
 *          signal, onProgress: (p) => ...,     // p: done, total, rate (items/s), etaSeconds, failed, jobId
 *        });
 *        // outcome.state: 'done' | 'cancelled'; done, failed, skipped, failures
 *
 *    Resume: `listJobs(db, { kind: 'ocr', unfinished: true })` lists cancelled, failed and
 *    interrupted jobs; `runJob(db, { ...sameSpec, resume: jobId })` skips every item finished before
 *    (`retryFailed: true` also redoes the failed ones).
 *
 * ## Streaming work (import): startWorker + ProgressMeter
 *
 * Work that is one stream rather than items uses `startWorker(source, workerData, { signal })` and
 * reads the worker's messages with `next()`; aborting the signal terminates the worker and `next()`
 * throws JobCancelledError. Errors thrown in the worker travel as `failureMessage(err)` and are
 * rebuilt with `reviveError`. `ProgressMeter` turns done/total into rate and ETA over a sliding
 * window. The importer (electron/core/import/importer.ts) is the example: it is atomic (one
 * transaction, a cancel rolls back), so it is not recorded in `jobs` and has nothing to resume.
 *
 * Worker code is found beside the running bundle (out/node/<bundle>.js, built by `npm run build`);
 * when the engine runs from TypeScript (tests) the entry is bundled from source with esbuild.
 */
export { runJob, type JobSpec, type JobOutcome } from './runner.js';
export { serveJob, type JobHandler, type JobContext } from './serve.js';
export { startWorker, failureMessage, JobCancelledError, type WorkerThread, type WorkerFailure } from './thread.js';
export { ProgressMeter, type JobProgress } from './progress.js';
export { MessageQueue } from './message-queue.js';
export { listJobs, getJob, type JobRecord, type JobStatus } from './store.js';
export { workerScript, WorkerNotFoundError, type WorkerSource } from './entry.js';
