import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import sharp from 'sharp';
import { PSM } from 'tesseract.js';
import {
  characterAccuracy,
  createOcrPool,
  DEFAULT_PSM,
  matchImages,
  needsPreprocess,
  type OcrPool,
} from '../../electron/core/ocr/index.js';
import { suggest } from '../../electron/core/suggest/index.js';
import { useTmpDir } from '../support/tmp.js';
import { FIXTURES, find, pending, projectWith } from '../suggest/project.js';

const tmp = useTmpDir();
const IMAGES = join(FIXTURES, 'images');
const labels = JSON.parse(readFileSync(join(IMAGES, 'labels.json'), 'utf8')) as Record<string, string>;

describe('OCR with real tesseract.js (eng best_int from @tesseract.js-data, no CDN)', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ workers: 2 });
  });
  afterAll(async () => {
    await pool?.close();
  });

  it('reads a clean label almost exactly, with word boxes in the image', async () => {
    const r = await pool.read(join(IMAGES, 'nw-tee-label.png'));
    expect(characterAccuracy(labels['nw-tee-label.png']!, r.text)).toBeGreaterThan(0.95);
    const w = r.words.find((x) => x.text === 'NORTHWIND')!;
    expect(w).toBeDefined();
    expect(w.x1).toBeGreaterThan(w.x0);
    expect(w.y1).toBeGreaterThan(w.y0);
  });

  it('reads a small thumbnail after upscaling it, with boxes in the thumbnail', async () => {
    // A 26% copy of the label (150 px wide): too small for tesseract as it is.
    const file = join(tmp(), 'thumb.png');
    await sharp(join(IMAGES, 'nw-tee-label.png')).resize({ width: 150 }).png().toFile(file);
    expect(await needsPreprocess(file)).toBe(true);
    const r = await pool.read(file);
    expect(characterAccuracy(labels['nw-tee-label.png']!, r.text)).toBeGreaterThan(0.85);
    const w = r.words.find((x) => x.text === 'NORTHWIND')!;
    expect(w.x1).toBeLessThanOrEqual(150);
  });

  it('sends large plain images to tesseract as they are, and WebP (even behind .jpg) through sharp', async () => {
    expect(await needsPreprocess(join(IMAGES, 'nw-tee-label.png'))).toBe(false);
    const webp = join(tmp(), 'photo.jpg');
    await sharp(join(IMAGES, 'nw-tee-label.png')).webp().toFile(webp);
    expect(await needsPreprocess(webp)).toBe(true);
    expect((await pool.read(webp)).text).toMatch(/NORTHWIND/);
  });

  it('uses sparse-text page segmentation by default, and the CLI default on request', async () => {
    expect(DEFAULT_PSM).toBe(PSM.SPARSE_TEXT);
    const cliLike = await createOcrPool({ workers: 1, psm: PSM.AUTO, preprocess: false });
    try {
      const r = await cliLike.read(join(IMAGES, 'kettle-box.png'));
      expect(characterAccuracy(labels['kettle-box.png']!, r.text)).toBeGreaterThan(0.9);
    } finally {
      await cliLike.close();
    }
  });

  it('character accuracy counts edits against the known text', () => {
    expect(characterAccuracy('OATLY 1 L', 'OATLY 1 L')).toBe(1);
    expect(characterAccuracy('OATLY', 'OATIY')).toBeCloseTo(0.8);
  });
});

describe('OCR suggestions', { timeout: 240_000 }, () => {
  it('matches images to products by the file name in image_link and suggests the brand read on the pack', async () => {
    const { db } = await projectWith(tmp());
    try {
      const m = matchImages(db, IMAGES);
      expect(m.matches.map((x) => [x.path.split('/').pop(), x.by])).toContainEqual(['oat-drink.png', 'image_link']);
      const r = await suggest(db, { images: IMAGES, embed: false, fields: ['brand', 'unit_pricing_measure'] });
      expect(r.images!.read).toBe(1);
      const s = find(pending(db), 'OAT-1', 'brand')!;
      expect(s.suggested).toBe('Oatly'); // the catalog's spelling of what the image reads as OATLY
      expect(s.sources).toBe('ocr');
      const ev = s.evidence.items.find((e) => e.source === 'ocr')!;
      expect(ev.image).toMatch(/oat-drink\.png$/);
      expect(ev.phrase).toBe('OATLY');
      const box = ev.box as { x0: number; y0: number; x1: number; y1: number };
      expect(box.x1 - box.x0).toBeGreaterThan(40);
      // The text and boxes are stored in the project; a rerun does not read the image again.
      expect((db.prepare(`SELECT text FROM ocr_images`).get() as { text: string }).text).toMatch(/OATLY/);
      const again = await suggest(db, { images: IMAGES, embed: false, fields: ['brand'] });
      expect(again.images!.read).toBe(0);
    } finally {
      closeProject(db);
    }
  });
});
