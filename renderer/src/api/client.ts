import type { ApiInput, ApiMethod, ApiOutput, FileRef, MenuCommand, PreloadApi } from '../../../shared/api.js';
import { ApiError } from './api-error.js';
import { httpTransport, takeToken } from './http-transport.js';
import { ipcTransport } from './ipc-transport.js';
import type { Transport } from './transport.js';

declare global {
  interface Window {
    catalogDoctor?: PreloadApi;
  }
}

/** The renderer's one API client. Screens call `api.call('products.page', {...})`, typed by the contract. */
export class ApiClient {
  constructor(private readonly transport: Transport) {}

  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    return this.transport.call(method, input) as Promise<ApiOutput<M>>;
  }

  fileRef(file: File): Promise<FileRef> {
    return this.transport.fileRef(file);
  }

  deliver(exportId: number, path: string): Promise<void> {
    return this.transport.deliver(exportId, path);
  }

  onMenu(listener: (command: MenuCommand) => void): () => void {
    return this.transport.onMenu(listener);
  }
}

/** Picks the transport: the preload's bridge in the desktop app, else the loopback HTTP bridge. */
export function createClient(): ApiClient {
  if (window.catalogDoctor) return new ApiClient(ipcTransport(window.catalogDoctor));
  const token = takeToken();
  if (!token) {
    return new ApiClient({
      call: async () => {
        throw new ApiError(
          'unauthorized',
          'This page needs the address Catalog Doctor printed (it ends with #token=…). Open that address.',
        );
      },
      fileRef: async () => {
        throw new ApiError('unauthorized', 'no token');
      },
      deliver: async () => undefined,
      onMenu: () => () => undefined,
    });
  }
  return new ApiClient(httpTransport(token));
}
