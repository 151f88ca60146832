import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/api/index.js';
import type { JobState, Page as GridPage } from '../../shared/api.js';
import { useTmpDir } from '../support/tmp.js';
import { HAS_BUILD, HAS_CHROMIUM, launch, photoWithWord, serve, shot } from './harness.js';

const tmp = useTmpDir();
const why = !HAS_CHROMIUM
  ? 'Chromium not found at /usr/bin/chromium (apt-get install chromium)'
  : 'app not built: run npm run build first';
const BOX = { x0: 40, y0: 30, x1: 160, y1: 60 };

/**
 * A project with a photo beside the catalog and one OCR suggestion stored the way the suggester
 * stores it (electron/core/suggest/persist.ts: { signals, items }), so the review screen has real
 * evidence to draw without running tesseract in the browser test.
 */
async function projectWithOcrSuggestion(dir: string): Promise<string> {
  const shop = join(dir, 'shop');
  mkdirSync(join(shop, 'images'), { recursive: true });
  writeFileSync(
    join(shop, 'catalog.csv'),
    'id,title,price\nKT-1,Contoso Kettle Silver 1.7 L,39.99 EUR\nKT-2,Contoso Kettle Black 1.2 L,29.99 EUR\n',
  );
  const photo = join(shop, 'images', 'KT-1.png');
  writeFileSync(
    photo,
    // The word the OCR box outlines, drawn where the box says.
    await photoWithWord('SILVER', { width: 400, height: 300, x: 44, y: 56, size: 28, background: '#e8e8e8' }),
  );
  const cdoc = join(dir, 'shop.cdoc');
  const engine = new Engine({ workspace: join(dir, 'ws') });
  try {
    await engine.call('project.new', { path: cdoc });
    const { jobId } = (await engine.call('import.start', { file: { path: join(shop, 'catalog.csv'), name: 'catalog.csv' } })) as {
      jobId: string;
    };
    for (;;) {
      const j = (await engine.call('jobs.get', { jobId })) as JobState;
      if (j.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const page = (await engine.call('products.page', { offset: 0, limit: 10, columns: ['id'] })) as GridPage;
    const pid = page.rows.find((r) => r.cells[0] === 'KT-1')!.pid;
    const db = (engine as unknown as { db: import('better-sqlite3').Database }).db;
    const evidence = {
      signals: 'title+ocr',
      items: [
        { source: 'text', in: 'title', phrase: 'Silver', start: 15, end: 21 },
        { source: 'ocr', image: photo, phrase: 'SILVER', box: BOX, confidence: 91 },
      ],
    };
    db.prepare(
      `INSERT INTO suggestions (pid, field, current, suggested, confidence, sources, evidence, created_at) VALUES (?, 'color', NULL, 'Silver', 0.95, 'text+ocr', ?, '2026-01-01')`,
    ).run(pid, JSON.stringify(evidence));
  } finally {
    await engine.shutdown();
  }
  return cdoc;
}

describe.skipIf(!HAS_CHROMIUM || !HAS_BUILD)(
  `suggestion evidence and thumbnails in browser mode (${HAS_CHROMIUM && HAS_BUILD ? 'Chromium' : why})`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the photo with the OCR word box, the title phrase highlighted, and a grid thumbnail', async () => {
      const dir = tmp();
      const cdoc = await projectWithOcrSuggestion(dir);
      const app = await serve([cdoc], join(dir, 'home'));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(app.url);
        const grid = page.getByRole('grid', { name: 'Products' });
        await expect.poll(() => grid.innerText()).toContain('KT-1');
        // Only KT-1 has a photo: one thumbnail, in its row.
        const thumbs = grid.locator('img.thumb');
        await expect.poll(() => thumbs.count()).toBe(1);
        expect(await grid.locator('[role=row][aria-rowindex="2"] img.thumb').getAttribute('src')).toMatch(
          /^data:image\/jpeg;base64,/,
        );

        await page.getByRole('button', { name: 'Suggestions', exact: true }).click();
        const article = page.getByRole('article', { name: 'Current suggestion' });
        await article.waitFor();
        expect(await article.locator('.evidence-title mark').innerText()).toBe('Silver');
        const photo = article.getByRole('img', { name: /Photo KT-1\.png with the words "SILVER" outlined/ });
        await photo.waitFor();
        expect(await photo.getAttribute('viewBox')).toBe('0 0 400 300');
        expect(await photo.locator('rect.ocr-box').getAttribute('data-box')).toBe('40,30,160,60');
        expect(await photo.locator('image').getAttribute('href')).toMatch(/^data:image\/jpeg;base64,/);
        await shot(page, '07-evidence');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        expect(await app.stop()).toBe(0);
      }
    });
  },
);
