import type { FileRef, MenuCommand } from '../../../shared/api.js';

/**
 * How the API client reaches the engine. Two exist (Electron IPC, browser-mode HTTP); the client
 * picks one at start-up and no screen ever knows which.
 */
export interface Transport {
  /** Calls one API method; throws ApiError on failure. */
  call(method: string, input: unknown): Promise<unknown>;
  /** Turns a file the seller chose or dropped into something the engine can read. */
  fileRef(file: File): Promise<FileRef>;
  /** Hands a written export to the seller: a download in the browser, the folder in the desktop app. */
  deliver(exportId: number, path: string): Promise<void>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
