import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Worker thread entries, named as scripts/build-node.mjs names them (`electron/core/<dir>/worker<x>.ts`
 * -> `<dir>-worker<x>.js`): the engine (electron/core/jobs/entry.ts) looks for them beside its own
 * bundle, so the packaged app finds out/main/import-worker.js, out/main/audit-worker.js, ...
 */
function workerEntries(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of readdirSync('electron/core')) {
    const p = `electron/core/${dir}`;
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p)) if (/^worker.*\.ts$/.test(f)) out[`${dir}-${f.replace(/\.ts$/, '')}`] = resolve(p, f);
  }
  return out;
}

/**
 * electron-vite builds the desktop app's three parts into out/: main (with the engine host that
 * runs in a utility process, and the worker threads the engine starts), preload (sandboxed, so
 * bundled as CommonJS), and the React renderer, which browser mode serves too. Dependencies stay
 * external (better-sqlite3 is native).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          engine: resolve('electron/main/engine-host.ts'),
          ...workerEntries(),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
