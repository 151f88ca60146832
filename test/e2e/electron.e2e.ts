import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/api/index.js';
import { sampleCatalog } from '../../electron/bridge/index.js';
import type { AppInfo, IpcResult } from '../../shared/api.js';
import { ROOT } from '../support/shared-data.js';
import { useTmpDir } from '../support/tmp.js';
import { HAS_BUILD, shot } from './harness.js';

const tmp = useTmpDir();

/** Electron's binary, when npm could download it (here it cannot: ELECTRON_SKIP_BINARY_DOWNLOAD, no network to GitHub). */
function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const BIN = electronBinary();
const reason = !BIN
  ? 'skipped: the Electron binary is not installed on this machine (npm could not download it), so the desktop app cannot start'
  : !HAS_BUILD
    ? 'skipped: run npm run build first'
    : 'Electron';

describe.skipIf(!BIN || !HAS_BUILD)(`desktop app (${reason})`, () => {
  it('launches hardened, opens a project given on the command line, and answers through the preload API', async () => {
    const dir = tmp();
    const projectPath = join(dir, 'shop.cdoc');
    const engine = new Engine({ workspace: join(dir, 'ws'), sampleCatalog: sampleCatalog() });
    engine.open(projectPath);
    await engine.call('import.start', { file: { path: sampleCatalog(), name: 'catalog.csv' } });
    await engine.shutdown();

    const app = await electron.launch({
      executablePath: BIN!,
      args: [ROOT, projectPath],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const win = await app.firstWindow();
      await win.getByRole('grid', { name: 'Products' }).waitFor();
      await shot(win, 'electron-01-project');
      // Node is out of the renderer's reach; only the one typed API is exposed.
      expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(
        await win.evaluate(() => Object.keys((window as unknown as { catalogDoctor: object }).catalogDoctor).sort()),
      ).toEqual(['call', 'onMenu', 'pathForFile', 'reveal']);
      const info = (await win.evaluate(() =>
        (window as unknown as { catalogDoctor: { call(m: string, i: unknown): Promise<IpcResult> } }).catalogDoctor.call(
          'app.info',
          {},
        ),
      )) as IpcResult;
      expect(info.ok).toBe(true);
      expect((info as { value: AppInfo }).value.project?.path).toBe(projectPath);
      const bad = (await win.evaluate(() =>
        (window as unknown as { catalogDoctor: { call(m: string, i: unknown): Promise<IpcResult> } }).catalogDoctor.call(
          'products.page',
          { offset: -1 },
        ),
      )) as IpcResult;
      expect(bad).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      // Navigation away from the app and new windows are refused.
      await win.evaluate(() => window.open('https://example.com'));
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});
