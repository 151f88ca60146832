/**
 * Worker thread entry of an import (bundled as out/node/import-worker.js): reads, tokenizes and
 * maps the file (batches.ts) while the main thread inserts. Its request comes as workerData or, when
 * the worker was started ahead of the import, in a `{ type: 'start', request }` message. Flow
 * control keeps memory bounded: at most WINDOW batches are on their way; the main thread posts
 * `{ type: 'ack' }` per batch done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { failureMessage } from '../jobs/failure.js';
import { produceImport } from './batches.js';
import type { ImportRequest, ImportMessage } from './messages.js';

const WINDOW = 4;
const port = parentPort!;
let inFlight = 0;
let wake: (() => void) | null = null;

port.on('message', (m: { type: string; request?: ImportRequest }) => {
  if (m.type === 'start') run(m.request!);
  else if (m.type === 'ack') {
    inFlight--;
    const w = wake;
    wake = null;
    w?.();
  } else if (m.type === 'stop') process.exit(0);
});

async function send(m: ImportMessage): Promise<void> {
  if (m.type === 'batch') {
    while (inFlight >= WINDOW) await new Promise<void>((r) => (wake = r));
    inFlight++;
  }
  port.postMessage(m);
}

function run(request: ImportRequest): void {
  produceImport(request, send).then(
    () => port.close(),
    (err: unknown) => {
      port.postMessage(failureMessage(err));
      port.close();
    },
  );
}

// Started ahead of its import (import-thread.ts), the worker waits for a `start` message instead.
if (workerData) run(workerData as ImportRequest);
