/**
 * The preload: exposes exactly one typed API (shared/api.ts PreloadApi) on window.catalogDoctor
 * through contextBridge. It runs sandboxed, so it only uses contextBridge, ipcRenderer and webUtils.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { IpcResult, MenuCommand, PreloadApi } from '../../shared/api.js';

const api: PreloadApi = {
  call: (method: string, input: unknown) => ipcRenderer.invoke('api', method, input) as Promise<IpcResult>,
  reveal: (path: string) => ipcRenderer.invoke('reveal', path) as Promise<void>,
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  onMenu(listener: (command: MenuCommand) => void) {
    const handler = (_e: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on('menu', handler);
    return () => ipcRenderer.off('menu', handler);
  },
};

contextBridge.exposeInMainWorld('catalogDoctor', api);
