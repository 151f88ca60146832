import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ImageSize {
  width: number;
  height: number;
}

/** A value of image_link that names a file on this computer rather than a web address. */
export function isLocalImage(v: string): boolean {
  const t = v.trim();
  if (/^file:\/\//i.test(t)) return true;
  return !!t && !/^[a-z][a-z0-9+.-]*:/i.test(t.replace(/^[a-z]:[\\/]/i, '')) && !t.startsWith('//');
}

/**
 * Where a local image_link points: an absolute path or file:// URL as is; a relative name next to the
 * catalog file, or in its "images" folder (how sellers ship a spreadsheet with its photos).
 */
export function resolveLocalImage(v: string, catalogDir: string | undefined): string | undefined {
  const t = v.trim();
  const p = /^file:\/\//i.test(t) ? fileURLToPath(t) : t;
  const candidates = isAbsolute(p) ? [p] : catalogDir ? [resolve(catalogDir, p), join(catalogDir, 'images', p)] : [];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Reads the header of every file with sharp in one child process; the audit is synchronous and sharp is not. */
const SCRIPT = `
const sharp = require(process.argv[1]);
const files = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const out = {};
  for (let i = 0; i < files.length; i += 8) {
    await Promise.all(files.slice(i, i + 8).map(async (f) => {
      try { const m = await sharp(f).metadata(); if (m.width && m.height) out[f] = { width: m.width, height: m.height }; } catch {}
    }));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

/** Pixel sizes of local image files (files sharp cannot read are left out: not an image, or damaged). */
export function imageSizes(files: readonly string[]): Map<string, ImageSize> {
  const out = new Map<string, ImageSize>();
  if (!files.length) return out;
  const sharpPath = createRequire(import.meta.url).resolve('sharp');
  const r = spawnSync(process.execPath, ['-e', SCRIPT, sharpPath], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (r.status !== 0 || !r.stdout) return out;
  for (const [f, s] of Object.entries(JSON.parse(r.stdout) as Record<string, ImageSize>)) out.set(f, s);
  return out;
}
