import { utilityProcess, type UtilityProcess } from 'electron';
import type { IpcResult } from '../../shared/api.js';
import type { HostReply, HostRequest } from './host-protocol.js';

type Pending = (r: HostReply) => void;
type Request = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Main's handle on the engine process: sends requests, matches replies by id. */
export class EngineClient {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(script: string) {
    this.child = utilityProcess.fork(script, [], { serviceName: 'Catalog Doctor engine', stdio: 'inherit' });
    this.child.on('message', (reply: HostReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    this.child.on('exit', (code) => {
      for (const p of this.pending.values())
        p({ id: 0, ok: false, error: { code: 'internal', message: `the engine stopped (exit ${code})` } });
      this.pending.clear();
    });
  }

  request(req: Request): Promise<IpcResult> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, (r) => resolve(r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error }));
      this.child.postMessage({ ...req, id });
    });
  }

  kill(): void {
    this.child.kill();
  }
}
