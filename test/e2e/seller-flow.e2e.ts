import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/shared-data.js';
import { useTmpDir } from '../support/tmp.js';
import { HAS_BUILD, HAS_CHROMIUM, launch, photoWithWord, serve, shot } from './harness.js';

const tmp = useTmpDir();
const FIXTURE = join(ROOT, 'test/fixtures/e2e/messy-shop.csv');
const why = !HAS_CHROMIUM
  ? 'Chromium not found at /usr/bin/chromium (apt-get install chromium)'
  : 'app not built: run npm run build first';

/** The product count the grid announces. */
const count = (page: Page) => page.getByRole('status', { name: 'Product count' });

describe.skipIf(!HAS_CHROMIUM || !HAS_BUILD)(
  `the seller's flow in browser mode (${HAS_CHROMIUM && HAS_BUILD ? 'Chromium' : why})`,
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('imports a messy CSV, edits a cell, undoes an edit, audits, accepts suggestions one by one and in bulk, undoes the bulk step, and exports to Shopify and Google', async () => {
      const home = tmp();
      const app = await serve([], home);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        expect(app.url.startsWith('http://127.0.0.1:')).toBe(true);
        await page.goto(app.url);
        await page.getByRole('heading', { name: 'Clean your product catalog, offline' }).waitFor();
        // The token left the address bar as soon as the app read it.
        expect(page.url()).not.toContain('token=');
        await shot(page, '01-start');

        // Import: a semicolon-separated Windows-1252 file with an embedded newline and German headers.
        await page.getByLabel('Choose a catalog file to import').setInputFiles(FIXTURE);
        await page.getByRole('heading', { name: 'Import messy-shop.csv' }).waitFor();
        const detected = page.getByRole('group', { name: 'What was detected' });
        await expect.poll(() => detected.innerText()).toMatch(/Delimiter\s*;/);
        expect(await detected.getByRole('combobox').first().inputValue()).toBe('windows-1252');
        expect(await page.locator('table.preview tbody tr').count()).toBe(8);
        expect(await page.locator('table.preview tbody tr').first().innerText()).toContain(
          'Contoso Wasserkocher 1,7 L Edelstahl',
        );
        expect(await page.getByLabel('Field for column Marke').inputValue()).toBe('brand');
        // The seller decides the "Notiz" (note) column is internal: ignore it.
        await page.getByLabel('Field for column Notiz').selectOption('');
        await shot(page, '02-import-mapping');
        await page.getByRole('button', { name: 'Import products' }).click();

        // The grid shows every product, with the seller's row numbers.
        await count(page)
          .filter({ hasText: /^8 products$/ })
          .waitFor();
        await expect.poll(() => page.getByRole('grid', { name: 'Products' }).innerText()).toContain('CONTOSO KAFFEEBECHER GRÜN');
        const headers = await page.getByRole('columnheader').allInnerTexts();
        expect(headers.slice(0, 4)).toEqual(['Row', 'id', 'title', 'brand']);
        expect(headers.join('|')).not.toContain('Notiz');
        await shot(page, '03-grid');

        // Full-text search (FTS5) narrows the grid.
        await page.getByLabel('Search products').fill('wasserkocher');
        await count(page)
          .filter({ hasText: /^2 products$/ })
          .waitFor();
        await page.getByLabel('Search products').fill('');
        await count(page)
          .filter({ hasText: /^8 products$/ })
          .waitFor();

        // Edit the brand of row 3 ("contoso" -> "Contoso"), then the colour of row 4, and undo the second edit.
        const grid = page.getByRole('grid', { name: 'Products' });
        const brand3 = grid.locator('[role=row][aria-rowindex="3"] [role=gridcell][aria-colindex="4"]');
        expect(await brand3.innerText()).toBe('contoso');
        await brand3.dblclick();
        await page.getByLabel('Edit brand').fill('Contoso');
        await page.getByLabel('Edit brand').press('Enter');
        await expect.poll(() => brand3.innerText()).toBe('Contoso');
        const color4 = grid.locator('[role=row][aria-rowindex="4"] [role=gridcell][aria-colindex="5"]');
        expect(await color4.innerText()).toBe('Navy');
        await color4.click();
        await page.keyboard.type('Midnight');
        await page.keyboard.press('Enter');
        await expect.poll(() => color4.innerText()).toBe('Midnight');
        expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo: edit color on row 4 (Ctrl+Z)');
        await shot(page, '04-edited');
        await page.keyboard.press('Control+z');
        await expect.poll(() => color4.innerText()).toBe('Navy');
        await page.getByRole('status').filter({ hasText: 'Undid: edit color on row 4' }).waitFor();
        expect(await brand3.innerText()).toBe('Contoso');
        await shot(page, '05-undone');

        // Audit against Google, then the dashboard: its numbers agree with the findings screen, and the
        // brand fixed above ("contoso" -> "Contoso") cannot make the score now worse than at import.
        // (test/api/dashboard.test.ts checks exact scores before and after edits on a small fixture.)
        await page.getByRole('button', { name: 'Findings', exact: true }).click();
        await page.getByRole('checkbox', { name: 'google' }).check();
        await page.getByRole('button', { name: 'Run the audit' }).click();
        await page.getByRole('button', { name: 'Run the audit' }).and(page.locator(':enabled')).waitFor();
        const findingsTable = page.getByRole('table', { name: 'Findings by rule' });
        await findingsTable.waitFor();
        const perRule = new Map<string, number>();
        for (const tr of await findingsTable.locator('tbody tr').all()) {
          const cells = await tr.locator('td').allInnerTexts();
          perRule.set(cells[0]!.trim(), Number(cells[2]!.replace(/,/g, '')));
        }
        expect(perRule.size).toBeGreaterThan(0);
        const severityOn = async (scope: string) =>
          Object.fromEntries(
            await Promise.all(
              (['error', 'warning', 'info'] as const).map(async (s) => [
                s,
                Number((await page.locator(`${scope} .card.sev-${s} strong`).innerText()).replace(/,/g, '')),
              ]),
            ),
          );
        const onFindings = await severityOn('section[aria-labelledby="findings-title"]');
        expect(onFindings.error + onFindings.warning + onFindings.info).toBe([...perRule.values()].reduce((a, b) => a + b, 0));

        await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
        const scores = page.getByRole('table', { name: 'Quality score per profile' });
        await scores.waitFor();
        const score = async (profile: string) => {
          const row = scores.locator(`tr[data-profile="${profile}"]`);
          return {
            before: Number(await row.locator('td.score-before').innerText()),
            after: Number((await row.locator('td.score-after').innerText()).split(' ')[0]),
          };
        };
        const catalogScore = await score('');
        const googleScore = await score('google');
        for (const sc of [catalogScore, googleScore]) {
          expect(sc.before).toBeGreaterThanOrEqual(0);
          expect(sc.after).toBeLessThanOrEqual(100);
        }
        expect(catalogScore.after).toBeGreaterThanOrEqual(catalogScore.before);
        expect(googleScore.after).toBeGreaterThanOrEqual(googleScore.before);
        expect(await severityOn('section.dashboard')).toEqual(onFindings);
        // One bar per rule, each with the same count as the findings table.
        const bars = page.getByRole('img', { name: 'Findings by rule' }).getByRole('button');
        expect(await bars.count()).toBe(perRule.size);
        for (const [rule, n] of perRule)
          expect(await bars.filter({ has: page.locator('title', { hasText: `${rule}: ${n} findings` }) }).count()).toBe(1);
        const byCategory = page.getByRole('img', { name: 'Findings by category' });
        const categoryTotal = (await byCategory.locator('text.chart-value').allTextContents()).reduce((a, t) => a + Number(t), 0);
        expect(categoryTotal).toBe(onFindings.error + onFindings.warning + onFindings.info);
        await shot(page, '05b-dashboard');

        // Suggestions from the real suggester (text, the catalog graph and the bundled model): accept one
        // from the queue, accept the rest at >= 90% in one step, then undo that step.
        await page.getByRole('button', { name: 'Suggestions', exact: true }).click();
        await page.getByRole('heading', { name: 'Suggestions', exact: true }).waitFor();
        // The seller's product photos: a packshot of TEE-200-L with its brand printed on it, named by its SKU.
        const photos = join(home, 'photos');
        mkdirSync(photos, { recursive: true });
        writeFileSync(
          join(photos, 'TEE-200-L.png'),
          await photoWithWord('NORTHWIND', { width: 480, height: 320, x: 60, y: 170, size: 48, background: '#f4f4f4' }),
        );
        const photosForm = page.getByRole('form', { name: 'Product photos' });
        await photosForm.getByLabel('Photos folder').fill(photos);
        await photosForm.getByRole('button', { name: 'Use this folder' }).click();
        await photosForm.getByRole('button', { name: 'Use the folder beside the catalog' }).waitFor();
        await page.getByRole('button', { name: 'Find suggestions' }).click();
        const queue = page.getByRole('list', { name: 'Suggestion queue' });
        // Row 6 (TEE-200-L) has no brand; its title and its variants say Northwind.
        const teeBrand = queue.getByRole('button', { name: /^Row 6 · brand: ∅ → Northwind \(\d+%\)$/i });
        await teeBrand.waitFor({ timeout: 90_000 });
        await page.getByRole('button', { name: 'Find suggestions' }).and(page.locator(':enabled')).waitFor({ timeout: 90_000 });
        await teeBrand.click();
        const current = page.getByRole('article', { name: 'Current suggestion' });
        await expect.poll(() => current.getByRole('heading').innerText()).toBe('Row 6 (TEE-200-L) — brand');
        const teeSuggested = await current.locator('strong.new').innerText();
        // Title, photo (OCR) and similar products agree; the photo is shown with the words it read.
        await expect.poll(() => current.innerText()).toMatch(/from [a-z+]*ocr/);
        const photo = current.getByRole('img', { name: /Photo TEE-200-L\.png with the words "NORTHWIND" outlined/ });
        await photo.waitFor();
        expect(await photo.locator('rect.ocr-box').count()).toBeGreaterThan(0);
        await shot(page, '05c-suggestions');
        await current.getByRole('button', { name: 'Accept (A)' }).click();
        await teeBrand.waitFor({ state: 'detached' });

        // What the bulk step should take: every pending suggestion the queue shows at 90% or more.
        const pending = await queue.getByRole('button').allInnerTexts();
        const high = pending.filter((t) => Number(/\((\d+)%\)$/.exec(t)?.[1]) >= 90);
        expect(high.length).toBeGreaterThan(0);
        expect(high.join('\n')).toMatch(/Row 2 · material: ∅ → Edelstahl/);
        const bulkButton = page.getByRole('button', { name: /^Accept \d+ suggestions/ });
        await expect.poll(() => bulkButton.innerText()).toMatch(new RegExp(`^Accept ${high.length} suggestions`));
        await bulkButton.click();
        await page
          .getByRole('status')
          .filter({ hasText: `Accepted ${high.length} suggestions in one step` })
          .waitFor();
        await expect
          .poll(() =>
            queue
              .getByRole('button')
              .count()
              .catch(() => 0),
          )
          .toBe(pending.length - high.length);
        await page.getByRole('button', { name: 'Undo' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: /^Undid: / })
          .waitFor();

        // Export to Shopify and Google: checks first, then the files, then the change summary.
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
        await page.getByRole('checkbox', { name: /^shopify/ }).check();
        await page.getByRole('checkbox', { name: /^google/ }).check();
        await page
          .getByRole('region', { name: 'Checks before export' })
          .getByText(/^google/)
          .waitFor();
        await page.getByRole('button', { name: 'Write 2 files' }).click();
        const written = page.getByRole('table', { name: 'Files written' });
        await written.waitFor();
        const paths = await written.locator('td.path').allInnerTexts();
        expect(paths).toHaveLength(2);
        // What the writer could not fill is said beside the file it wrote.
        expect(await written.getByRole('list', { name: 'Notes on the google file' }).innerText()).toMatch(
          /8 products have no "image_link" \(google requires it\); written anyway/,
        );
        const summary = await page.getByRole('table', { name: 'Changed values' }).innerText();
        expect(summary).toMatch(/3\s+KET-101\s+brand\s+contoso\s+Contoso/);
        expect(summary).not.toContain('Midnight');
        // The accepted brand is exported; the undone bulk step is not.
        expect(summary).toMatch(new RegExp(`6\\s+TEE-200-L\\s+brand\\s+∅\\s+${teeSuggested}`));
        expect(summary).not.toContain('Edelstahl');
        await shot(page, '06-exported');

        const shopifyPath = paths.find((p) => p.includes('-shopify.'))!;
        const googlePath = paths.find((p) => p.includes('-google.'))!;
        const shopify = parse(readFileSync(shopifyPath, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
        const ket101 = shopify.find((r) => Object.values(r).includes('KET-101'))!;
        expect(ket101).toBeDefined();
        expect(ket101['Vendor']).toBe('Contoso');
        expect(shopify.some((r) => Object.values(r).includes('Midnight'))).toBe(false);
        const google = parse(readFileSync(googlePath, 'utf8'), {
          columns: true,
          bom: true,
          delimiter: googlePath.endsWith('.tsv') ? '\t' : ',',
          relax_quotes: true,
        }) as Record<string, string>[];
        const g101 = google.find((r) => r['id'] === 'KET-101')!;
        expect(g101['brand']).toBe('Contoso');
        expect(google.find((r) => r['id'] === 'TEE-200-S')!['color']).toBe('Navy');
        expect(google.find((r) => r['id'] === 'TEE-200-L')!['brand']).toBe(teeSuggested);
        expect(google.find((r) => r['id'] === 'KET-100')!['material'] ?? '').toBe('');
        expect(google).toHaveLength(8);

        // "Get the file" downloads the same bytes through the bridge.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          written.getByRole('button', { name: 'Get the file' }).first().click(),
        ]);
        const saved = join(tmp(), download.suggestedFilename());
        await download.saveAs(saved);
        expect(readFileSync(saved)).toEqual(readFileSync(paths[0]!));
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        expect(await app.stop()).toBe(0);
      }
    });

    it('opens the bundled sample catalog from the start screen', async () => {
      const app = await serve([], tmp());
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(app.url);
        await page.getByRole('button', { name: 'Try the sample catalog' }).click();
        await count(page)
          .filter({ hasText: /^52 products$/ })
          .waitFor();
        await expect
          .poll(() => page.getByRole('grid', { name: 'Products' }).innerText())
          .toContain('Northwind Organic Cotton Tee');
        await shot(page, '00-sample');
      } finally {
        await page.close();
        await app.stop();
      }
    });
  },
);
