import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where a worker thread's code is. `bundle` is the name scripts/build-node.mjs gives the bundled
 * entry (`electron/core/<dir>/worker<x>.ts` -> `out/node/<dir>-worker<x>.js`); `source` is the
 * TypeScript entry, e.g. `new URL('./worker.ts', import.meta.url)`.
 */
export interface WorkerSource {
  bundle: string;
  source: URL;
}

/** The worker's code is neither bundled beside the running code nor available as source. */
export class WorkerNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerNotFoundError';
  }
}

const built = new Map<string, Promise<URL>>();
const here = fileURLToPath(import.meta.url);
const fromSource = here.endsWith('.ts');

/**
 * The script to start for a worker. Bundled code (the CLI, the bench, the app) finds the worker
 * beside itself. Running from TypeScript (vitest, scripts under development) there is no bundle
 * to trust, so the entry is bundled once per process with esbuild, from the current source.
 */
export function workerScript(w: WorkerSource): Promise<URL> {
  let p = built.get(w.bundle);
  if (!p) {
    p = locate(w);
    built.set(w.bundle, p);
  }
  return p;
}

async function locate(w: WorkerSource): Promise<URL> {
  if (!fromSource) {
    // Beside this bundle (out/node/), or one folder up when the bundler put this code in a shared
    // chunk (electron-vite: out/main/chunks/, workers in out/main/).
    for (const dir of [dirname(here), dirname(dirname(here))]) {
      const beside = join(dir, `${w.bundle}.js`);
      if (existsSync(beside)) return pathToFileURL(beside);
    }
  }
  const entry = fileURLToPath(w.source);
  if (!existsSync(entry)) {
    throw new WorkerNotFoundError(
      `worker "${w.bundle}" not found: build it with \`npm run build\` (looked beside ${here} and for ${entry})`,
    );
  }
  const root = resolve(dirname(here), '../../..');
  const outdir = join(root, 'node_modules', '.cache', 'catalog-doctor-workers');
  mkdirSync(outdir, { recursive: true });
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [entry],
    outfile: join(outdir, `${w.bundle}.mjs`),
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // Named by content: processes running at once share one file, and a changed source gets a new one.
  const code = out.outputFiles[0]!.contents;
  const outfile = join(outdir, `${w.bundle}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(outfile)) {
    const tmp = `${outfile}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, outfile);
  }
  return pathToFileURL(outfile);
}
