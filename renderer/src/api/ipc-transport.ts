import type { PreloadApi } from '../../../shared/api.js';
import { ApiError } from './api-error.js';
import type { Transport } from './transport.js';

/** The desktop app: the preload's `window.catalogDoctor`, which forwards to the engine process. */
export function ipcTransport(bridge: PreloadApi): Transport {
  return {
    async call(method, input) {
      const r = await bridge.call(method, input ?? {});
      if (!r.ok) throw new ApiError(r.error.code, r.error.message);
      return r.value;
    },
    async fileRef(file) {
      const path = bridge.pathForFile(file);
      if (!path) throw new ApiError('bad_input', `cannot read ${file.name}: drop a file from a folder on this computer`);
      return { path, name: file.name };
    },
    async deliver(_exportId, path) {
      await bridge.reveal(path);
    },
    onMenu: (listener) => bridge.onMenu(listener),
  };
}
