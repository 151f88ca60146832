import type { ApiErrorCode } from '../../shared/api.js';

/** Messages between Electron main and the engine's utility process. */
export type HostRequest =
  | { id: number; type: 'init'; options: { workspace: string; sampleCatalog?: string; version?: string } }
  | { id: number; type: 'call'; method: string; input: unknown }
  | { id: number; type: 'open'; path: string }
  | { id: number; type: 'shutdown' };

export type HostReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { code: ApiErrorCode; message: string } };
