import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real catalogs live beside the project in ../shared/data; tests skip, saying why, without them. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(ROOT, '../shared/data');
export const HAS_SHARED_DATA = existsSync(join(SHARED_DATA, 'catalogs'));
export const SHARED_DATA_MISSING = `real catalogs not found at ${SHARED_DATA} (clone the project beside shared/)`;

export function catalog(...parts: string[]): string {
  return join(SHARED_DATA, 'catalogs', ...parts);
}
