import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { useTmpDir } from '../support/tmp.js';
import { applyBatch, closeProject } from '../../electron/core/store/index.js';
import { runAudit, iterateFindings } from '../../electron/core/audit/index.js';
import { csv, keys, projectFrom } from './support.js';

const tmp = useTmpDir();

/** A real PNG file of the given size. */
async function png(file: string, width: number, height: number) {
  await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toFile(file);
}

describe('image too small (local image files, read with sharp)', () => {
  it('flags images under 100 x 100, and apparel under 250 x 250; web images and big enough files pass', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'images'));
    await png(join(dir, 'mug-small.png'), 80, 120);
    await png(join(dir, 'images', 'vase.png'), 200, 200);
    await png(join(dir, 'images', 'shirt.png'), 200, 200);
    await png(join(dir, 'coat.png'), 600, 800);
    const H = ['id', 'title', 'image_link', 'google_product_category', 'price'];
    const db = await projectFrom(
      dir,
      csv(H, [
        ['MUG', 'Stoneware Mug', 'mug-small.png', 'Home & Garden', '12.00 USD'],
        ['VASE', 'Glass Vase', 'vase.png', 'Home & Garden', '30.00 USD'],
        ['SHIRT', 'Linen Shirt', 'shirt.png', 'Apparel & Accessories > Clothing', '39.00 USD'],
        ['COAT', 'Wool Coat', join(dir, 'coat.png'), 'Apparel & Accessories > Clothing', '199.00 USD'],
        ['WEB', 'Teapot', 'https://shop.example/img/teapot.jpg', 'Home & Garden', '25.00 USD'],
      ]),
    );
    try {
      runAudit(db);
      const f = [...iterateFindings(db)].filter((x) => x.rule === 'image-too-small');
      expect(keys(f)).toEqual(['2:image-too-small:image_link', '4:image-too-small:image_link']);
      expect(f[0]!.message).toBe('The image is 80 x 120 pixels; marketplaces need at least 100 x 100.');
      expect(f[1]!.message).toBe('The image is 200 x 200 pixels; clothing and accessories need at least 250 x 250.');

      // A re-audit after the seller points the mug at a bigger photo clears the finding.
      await png(join(dir, 'mug-big.png'), 400, 400);
      const pid = db.prepare(`SELECT pid FROM products WHERE id = 'MUG'`).pluck().get() as number;
      applyBatch(db, 'edit', 'bigger photo', [{ pid, field: 'image_link', value: 'mug-big.png' }]);
      expect(runAudit(db).mode).toBe('incremental');
      expect(keys([...iterateFindings(db)].filter((x) => x.rule === 'image-too-small'))).toEqual([
        '4:image-too-small:image_link',
      ]);
    } finally {
      closeProject(db);
    }
  });
});
