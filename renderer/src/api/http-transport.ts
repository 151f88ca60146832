import type { FileRef } from '../../../shared/api.js';
import { ApiError, errorFromBody } from './api-error.js';
import type { Transport } from './transport.js';

/** Reads the per-launch token from the URL fragment once, then keeps it out of the address bar. */
export function takeToken(): string | null {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem('catalog-doctor-token', m[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    return m[1]!;
  }
  return sessionStorage.getItem('catalog-doctor-token');
}

async function failure(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  return errorFromBody(body) ?? new ApiError('internal', `the bridge answered ${res.status} ${res.statusText}`);
}

/** Browser mode: the loopback bridge's `/api/`, with the token in the Authorization header. */
export function httpTransport(token: string): Transport {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError('internal', 'Catalog Doctor is not running any more (the server stopped). Start it again.');
      }
      if (!res.ok) throw await failure(res);
      return res.json();
    },
    async fileRef(file: File): Promise<FileRef> {
      const res = await fetch(`/api/files.upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/octet-stream' },
        body: file,
      });
      if (!res.ok) throw await failure(res);
      return (await res.json()) as FileRef;
    },
    async deliver(exportId, path) {
      const res = await fetch(`/api/download/${exportId}`, { headers: auth });
      if (!res.ok) throw await failure(res);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = path.split(/[\\/]/).pop() ?? 'export.csv';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onMenu: () => () => undefined,
  };
}
