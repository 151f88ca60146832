import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { ROOT } from '../support/shared-data.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const HAS_BUILD = existsSync(join(ROOT, 'out/renderer/index.html')) && existsSync(join(ROOT, 'out/node/cli.js'));
export const RESULTS = join(ROOT, 'test-results');

/** Starts `catalog-doctor serve` exactly as a seller would and returns the printed address. */
export async function serve(
  args: string[],
  home: string,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/catalog-doctor.js'), 'serve', '--no-open', '--port', '0', ...args], {
    env: { ...process.env, CATALOG_DOCTOR_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Catalog Doctor is running at (\S+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

/** Saves a screenshot of the step as a test artefact. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`) });
}

/**
 * A product photo as PNG: one bold word on a plain background at (x, y) (the text baseline), drawn by
 * sharp with librsvg, so OCR has real pixels to read and the test knows where the word is.
 */
export async function photoWithWord(
  word: string,
  {
    width,
    height,
    x,
    y,
    size,
    background,
  }: { width: number; height: number; x: number; y: number; size: number; background: string },
): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${background}"/>` +
    `<text x="${x}" y="${y}" font-family="sans-serif" font-weight="bold" font-size="${size}">${word}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
