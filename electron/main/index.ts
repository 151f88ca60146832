/**
 * Electron main: one window, native menus, single instance, a hardened renderer, and the engine in a
 * utility process. Every API call from the renderer is validated against the contract here, at the
 * boundary, before it reaches the engine.
 */
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API, ApiError, describeZodError, isApiMethod, type IpcResult } from '../../shared/api.js';
import { EngineClient } from './engine-client.js';
import { buildMenu } from './menu.js';
import { harden } from './security.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const resources = app.isPackaged ? process.resourcesPath : join(here, '../../resources');

/** A project given on the command line or by the OS (double-click on a .cdoc). */
let pendingProject: string | undefined = process.argv.find((a) => a.endsWith('.cdoc') && existsSync(a));
let win: BrowserWindow | null = null;
let engine: EngineClient | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  harden((url) => url === rendererUrl || url.startsWith(`${rendererUrl}#`));
  app.on('second-instance', (_e, argv) => {
    const p = argv.find((a) => a.endsWith('.cdoc'));
    if (p) openInRenderer(p);
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('open-file', (e, path) => {
    e.preventDefault();
    openInRenderer(path);
  });
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  let stopping = false;
  app.on('before-quit', (e) => {
    if (stopping || !engine) return;
    // Let the engine checkpoint the project file before the process goes.
    e.preventDefault();
    stopping = true;
    void engine.request({ type: 'shutdown' }).finally(() => {
      engine?.kill();
      app.quit();
    });
  });
}

function openInRenderer(path: string): void {
  if (win && !win.webContents.isLoading()) win.webContents.send('menu', `recent:${path}`);
  else pendingProject = path;
}

async function refreshMenu(): Promise<void> {
  if (!win || !engine) return;
  const r = await engine.request({ type: 'call', method: 'app.info', input: {} });
  const recent = r.ok ? (r.value as { recent: { path: string; name: string }[] }).recent : [];
  buildMenu(win, recent, () => void chooseProject());
}

async function chooseProject(): Promise<void> {
  if (!win) return;
  const r = await dialog.showOpenDialog(win, {
    properties: ['openFile'],
    filters: [{ name: 'Catalog Doctor project', extensions: ['cdoc'] }],
  });
  if (!r.canceled && r.filePaths[0]) openInRenderer(r.filePaths[0]);
}

async function start(): Promise<void> {
  engine = new EngineClient(join(here, 'engine.js'));
  await engine.request({
    type: 'init',
    options: {
      workspace: app.getPath('userData'),
      sampleCatalog: join(resources, 'sample', 'catalog.csv'),
      version: app.getVersion(),
    },
  });

  ipcMain.handle('api', async (event, method: unknown, input: unknown): Promise<IpcResult> => {
    if (event.senderFrame?.url.split('#')[0] !== rendererUrl)
      return fail(new ApiError('forbidden', 'calls are only accepted from the app window'));
    if (typeof method !== 'string' || !isApiMethod(method))
      return fail(new ApiError('not_found', `unknown API method "${String(method)}"`));
    const parsed = API[method].input.safeParse(input ?? {});
    if (!parsed.success) return fail(new ApiError('bad_input', describeZodError(method, parsed.error)));
    const r = await engine!.request({ type: 'call', method, input: parsed.data });
    if (method.startsWith('project.')) void refreshMenu();
    return r;
  });
  ipcMain.handle('reveal', (event, path: unknown) => {
    if (event.senderFrame?.url.split('#')[0] !== rendererUrl || typeof path !== 'string') return;
    shell.showItemInFolder(path);
  });

  win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Catalog Doctor',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.on('did-finish-load', () => {
    if (pendingProject) {
      win?.webContents.send('menu', `recent:${pendingProject}`);
      pendingProject = undefined;
    }
  });
  await refreshMenu();
  await win.loadFile(rendererIndex);
}

function fail(e: ApiError): IpcResult {
  return { ok: false, error: { code: e.code, message: e.message } };
}
