/**
 * The engine's process in the desktop app (an Electron utility process): all SQLite, import, audit
 * and export work happens here, never on the main (UI) thread. It speaks a tiny request/response
 * protocol over the parent port; main has already validated every input against the contract.
 */
import { Engine, toApiError, type EngineOptions } from '../core/api/index.js';
import type { HostReply, HostRequest } from './host-protocol.js';

let engine: Engine | null = null;
const port = process.parentPort;

port.on('message', (e) => {
  void handle(e.data as HostRequest).then((reply) => port.postMessage(reply));
});

async function handle(msg: HostRequest): Promise<HostReply> {
  try {
    switch (msg.type) {
      case 'init':
        engine = new Engine(msg.options as EngineOptions);
        return { id: msg.id, ok: true, value: null };
      case 'call':
        if (!engine) throw new Error('engine not started');
        return { id: msg.id, ok: true, value: await engine.call(msg.method, msg.input) };
      case 'open':
        if (!engine) throw new Error('engine not started');
        return { id: msg.id, ok: true, value: engine.open(msg.path) };
      case 'shutdown':
        await engine?.shutdown();
        return { id: msg.id, ok: true, value: null };
    }
  } catch (err) {
    const e = toApiError(err);
    return { id: msg.id, ok: false, error: { code: e.code, message: e.message } };
  }
}
