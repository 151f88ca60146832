import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';
import { workerScript, type WorkerSource } from './entry.js';
import { MessageQueue } from './message-queue.js';
import type { WorkerFailure } from './failure.js';

export { failureMessage, type WorkerFailure } from './failure.js';

/** Thrown when work is stopped through its AbortSignal. */
export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelledError';
  }
}

/** A worker thread seen as a stream of messages, with a way to stop it. */
export interface WorkerThread<In, Out> {
  /** The worker's messages in order; ends when it exits cleanly, throws when it fails or is cancelled. */
  next(): Promise<Out | undefined>;
  post(message: In, transfer?: TransferListItem[]): void;
  /** Aborting `signal` terminates the worker and makes `next()` throw JobCancelledError (as startWorker's `signal`). */
  cancelOn(signal: AbortSignal): void;
  /** Whether the worker keeps the process alive (it does from the start; a worker started ahead of its work should not). */
  keepAlive(on: boolean): void;
  /** Asks the worker to stop (`{ type: 'stop' }`), and terminates it if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  terminate(): Promise<void>;
}

/**
 * Starts a worker thread. A `{ type: 'failure' }` message from the worker rejects `next()` with an
 * error rebuilt by `reviveError` (default: a plain Error with the same name and message). Aborting
 * `signal` terminates the worker at once and rejects `next()` with JobCancelledError.
 */
export async function startWorker<In, Out>(
  source: WorkerSource,
  workerData: unknown,
  opts: { signal?: AbortSignal; reviveError?: (e: WorkerFailure['error']) => Error; resourceLimits?: ResourceLimits } = {},
): Promise<WorkerThread<In, Out>> {
  if (opts.signal?.aborted) throw new JobCancelledError();
  const worker = new Worker(await workerScript(source), { workerData, resourceLimits: opts.resourceLimits });
  const inbox = new MessageQueue<Out>();
  let failure: Error | null = null;
  let exited = false;
  const notify = () => inbox.notify();
  const revive =
    opts.reviveError ??
    ((e: WorkerFailure['error']) => {
      const err = new Error(e.message);
      err.name = e.name;
      return err;
    });

  worker.on('message', (m: Out | WorkerFailure) => {
    if (m && typeof m === 'object' && (m as WorkerFailure).type === 'failure') failure ??= revive((m as WorkerFailure).error);
    else inbox.push(m as Out);
    notify();
  });
  worker.on('error', (err) => {
    failure ??= err;
    notify();
  });
  worker.on('exit', (code) => {
    exited = true;
    if (code !== 0) failure ??= new Error(`worker ${source.bundle} stopped with exit code ${code}`);
    notify();
  });
  const onAbort = () => {
    failure ??= new JobCancelledError();
    void worker.terminate();
    notify();
  };
  const signals: AbortSignal[] = [];
  const cancelOn = (signal: AbortSignal) => {
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    signals.push(signal);
  };
  if (opts.signal) cancelOn(opts.signal);
  const settle = () => {
    for (const s of signals.splice(0)) s.removeEventListener('abort', onAbort);
  };
  return {
    async next() {
      for (;;) {
        // Messages sent before a failure still arrive (a stopped job's last results are kept).
        if (inbox.size) return inbox.take();
        if (failure) {
          settle();
          throw failure;
        }
        if (exited) {
          settle();
          return undefined;
        }
        await inbox.wait();
      }
    },
    post(message, transfer) {
      if (!exited) worker.postMessage(message, transfer);
    },
    cancelOn,
    keepAlive(on) {
      if (on) worker.ref();
      else worker.unref();
    },
    async stop(graceMs = 2000) {
      if (exited) return;
      worker.postMessage({ type: 'stop' });
      const timer = setTimeout(() => void worker.terminate(), graceMs);
      await new Promise<void>((r) => (exited ? r() : worker.once('exit', () => r())));
      clearTimeout(timer);
      settle();
    },
    async terminate() {
      settle();
      if (!exited) await worker.terminate();
    },
  };
}
