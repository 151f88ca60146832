import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, found by walking up to our package.json: the same code runs from the
 * TypeScript sources (tests) and from the bundle in out/node (the CLI).
 */
export function appRoot(from = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'catalog-doctor') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the catalog-doctor folder (package.json) above ' + from);
    dir = up;
  }
}

export const rendererDir = (root = appRoot()) => join(root, 'out', 'renderer');
export const sampleCatalog = (root = appRoot()) => join(root, 'resources', 'sample', 'catalog.csv');
export const appVersion = (root = appRoot()) =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
