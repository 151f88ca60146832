import { startWorker, type WorkerThread } from '../jobs/thread.js';
import { ImportError } from './errors.js';
import type { ImportMessage, ImportRequest } from './messages.js';

/*
 * The import's worker thread (worker.ts), and a way to start it before the import. Starting a
 * worker and loading the readers takes about 0.12 s on a 2-core machine, and until the worker has
 * read the file's first rows the inserting thread has nothing to do; a shell that knows an import
 * is coming (the CLI's import command, before it opens the project) starts the worker first, and
 * the next import takes it. This module loads nothing heavy, so it can be called first thing.
 */

export type ImportThread = WorkerThread<{ type: 'ack' } | { type: 'start'; request: ImportRequest }, ImportMessage>;

const IMPORT_WORKER = { bundle: 'import-worker', source: new URL('./worker.ts', import.meta.url) };

let started: Promise<ImportThread> | null = null;

/** Starts the import worker ahead of the next import; it waits, without keeping the process alive. */
export function prestartImport(): void {
  if (started) return;
  started = startImportWorker(null);
  started.then(
    (t) => t.keepAlive(false),
    () => {}, // the import starts its own worker and meets the error there
  );
}

/** A worker running `request`: the one started ahead when there is one, else a new one. */
export async function importThread(request: ImportRequest, signal: AbortSignal | undefined): Promise<ImportThread> {
  const ahead = started;
  started = null;
  let thread = ahead ? await ahead.catch(() => null) : null;
  if (thread) {
    thread.keepAlive(true);
    thread.post({ type: 'start', request });
  } else thread = await startImportWorker(request);
  if (signal) thread.cancelOn(signal);
  return thread;
}

/** `request` null: the worker waits for a `{ type: 'start', request }` message. */
function startImportWorker(request: ImportRequest | null): Promise<ImportThread> {
  return startWorker(IMPORT_WORKER, request, {
    // Every record is short-lived garbage in the worker, and what lives longer is at most a batch
    // (packed-products.ts BATCH_TEXT). A young generation of 12 MB (4 MB semi-spaces) holds that
    // and stays in the CPU's caches: the producer alone took 170-240 ms for 100k products against
    // 250-410 ms with 8-16 MB semi-spaces (the old 64 MB setting), and 600-810 ms with 2 MB, where
    // batches outlive the young generation.
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
    reviveError: (e) =>
      e.name === 'ImportError'
        ? Object.assign(new ImportError({ file: String(e.file), message: '', ...errorPlace(e) }), { message: e.message })
        : Object.assign(new Error(e.message), { name: e.name }),
  });
}

/** The place of an ImportError thrown in the worker, so the main thread's error names it too. */
function errorPlace(e: Record<string, unknown>): { row?: number; column?: string; expected?: string } {
  const out: { row?: number; column?: string; expected?: string } = {};
  if (typeof e.row === 'number') out.row = e.row;
  if (typeof e.column === 'string') out.column = e.column;
  if (typeof e.expected === 'string') out.expected = e.expected;
  return out;
}
