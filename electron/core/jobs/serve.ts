import { parentPort, workerData } from 'node:worker_threads';
import { failureMessage } from './failure.js';

/** What a job's worker gets for each item. */
export interface JobContext<Data> {
  /** The job's `workerData` (e.g. the project path, model folder). */
  data: Data;
  /** Aborted when the job is asked to stop: long items should check it and give up early. */
  signal: AbortSignal;
}

/** The worker half of a job: set up once, then turn items into results. */
export interface JobHandler<Item, Result, Data = unknown> {
  /** Loads models, opens a read-only connection, ... Failing here fails the job. */
  init?(data: Data): Promise<void> | void;
  /** One item. A throw marks this item failed (with the message) and the job goes on. */
  run(item: Item, ctx: JobContext<Data>): Promise<Result> | Result;
  /** Frees what init took (called when the job ends or stops). */
  dispose?(): Promise<void> | void;
}

/** Messages between the runner (runner.ts) and serveJob. */
export type ToWorker<Item> = { type: 'items'; items: [key: string, item: Item][] } | { type: 'stop' } | { type: 'end' };
export type ItemOutcome<Result> = [key: string, ok: true, result: Result] | [key: string, ok: false, error: string];
export type FromWorker<Result> = { type: 'ready' } | { type: 'results'; results: ItemOutcome<Result>[] };

/**
 * Serves a job inside a worker thread; the worker file is just:
 *
 *   import { serveJob } from '../jobs/serve.js';
 *   serveJob<number, string, { project: string }>({ init, run, dispose });
 *
 * Items are handled one at a time, in order. A stop request lets the current item finish (or give
 * up through ctx.signal), sends the results of the batch so far, and exits.
 */
export function serveJob<Item, Result, Data = unknown>(handler: JobHandler<Item, Result, Data>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJob runs inside a worker thread');
  const data = workerData as Data;
  const stopping = new AbortController();
  const ctx: JobContext<Data> = { data, signal: stopping.signal };
  const inbox: [string, Item][][] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  port.on('message', (m: ToWorker<Item>) => {
    if (m.type === 'items') inbox.push(m.items);
    else if (m.type === 'stop') stopping.abort();
    else ended = true;
    notify();
  });

  const loop = async () => {
    await handler.init?.(data);
    port.postMessage({ type: 'ready' } satisfies FromWorker<Result>);
    while (!stopping.signal.aborted) {
      const items = inbox.shift();
      if (!items) {
        if (ended) break;
        await new Promise<void>((r) => (wake = r));
        continue;
      }
      const results: ItemOutcome<Result>[] = [];
      for (const [key, item] of items) {
        if (stopping.signal.aborted) break;
        try {
          results.push([key, true, await handler.run(item, ctx)]);
        } catch (err) {
          if (stopping.signal.aborted) break; // given up because of the stop: not a failure, do it again on resume
          results.push([key, false, err instanceof Error ? err.message : String(err)]);
        }
      }
      port.postMessage({ type: 'results', results } satisfies FromWorker<Result>);
    }
  };

  loop()
    .catch((err: unknown) => port.postMessage(failureMessage(err)))
    .finally(async () => {
      try {
        await handler.dispose?.();
      } finally {
        port.close();
      }
    });
}
