/**
 * Worker thread entry of a full audit (bundled as out/node/audit-worker.js and out/main/audit-worker.js):
 * runs the product pass (pass.ts) over its part of the catalog while the main thread writes what
 * it yields. Flow control keeps memory bounded: at most WINDOW batches are on their way; the main
 * thread posts `{ type: 'ack' }` per batch written, and the catalog statistics (`{ type: 'stats' }`)
 * once every part is counted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { failureMessage } from '../jobs/failure.js';
import { productPass, type PassRequest, type PassStats } from './pass.js';

const WINDOW = 4;
const port = parentPort!;
let inFlight = 0;
let wake: (() => void) | null = null;
let stats: PassStats | undefined;
let gotStats: ((s: PassStats) => void) | null = null;

port.on('message', (m: { type: string }) => {
  if (m.type === 'stats') {
    stats = m as PassStats;
    gotStats?.(stats);
  } else if (m.type === 'ack') {
    inFlight--;
    const w = wake;
    wake = null;
    w?.();
  } else if (m.type === 'stop') process.exit(0);
});

async function run(): Promise<void> {
  const pass = productPass(workerData as PassRequest);
  let reply: PassStats | undefined;
  for (;;) {
    const r = pass.next(reply);
    reply = undefined;
    if (r.done) return;
    const m = r.value;
    if (m.type === 'batch') {
      while (inFlight >= WINDOW) await new Promise<void>((r) => (wake = r));
      inFlight++;
    }
    port.postMessage(m);
    if (m.type === 'counted') reply = stats ?? (await new Promise<PassStats>((r) => (gotStats = r)));
  }
}

run().then(
  () => port.close(),
  (err: unknown) => {
    port.postMessage(failureMessage(err));
    port.close();
  },
);
