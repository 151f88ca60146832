/**
 * Suggestion benchmarks (standalone; `npm run bench` runs it among the others):
 *  - text (+ graph) suggestions on 100k generated products: products/second (target: 100k in < 60 s);
 *  - embeddings with the bundled model: products/second;
 *  - OCR images/second with 1 and 2 tesseract.js workers, and the native `tesseract` CLI on the same
 *    images in the same run as the baseline (target: >= 0.8x the CLI).
 * Usage: node out/node/bench-suggest.js [--products N] [--embed N] [--ocr-rounds N]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { importCatalog } from '../electron/core/import/index.js';
import { openProject, closeProject } from '../electron/core/store/index.js';
import { suggest } from '../electron/core/suggest/index.js';
import { embedProducts } from '../electron/core/embed/index.js';
import { createOcrPool } from '../electron/core/ocr/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, def: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
const PRODUCTS = arg('products', 100_000);
const EMBED = arg('embed', 2_000);
const OCR_ROUNDS = arg('ocr-rounds', 3);

function generate(n: number, file: string): void {
  const brands = ['Northwind', 'Contoso', 'Fabrikam', 'Maison Lumière', 'Bergfeld', 'Sol y Mar', 'Adatum', 'Litware'];
  const items = [
    'Organic Cotton T-Shirt',
    'Fleece Hoodie',
    'Linen Shirt',
    'Wool Sweater',
    'Leather Belt',
    'Denim Jacket',
    'Silk Scarf',
    'Canvas Tote',
  ];
  const colors = ['Navy', 'Black', 'White', 'Grey', 'Red', 'Olive Green', 'Beige', 'Sky Blue'];
  const sizes = ['XS', 'S', 'M', 'L', 'XL'];
  let seed = 7;
  const r = (k: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % k;
  const rows: string[][] = [['id', 'item_group_id', 'title', 'description', 'brand', 'color', 'size', 'material', 'price']];
  for (let i = 0; i < n; i++) {
    const g = Math.floor(i / 4);
    const b = brands[g % brands.length]!;
    const it = items[(g >> 3) % items.length]!;
    const c = colors[r(colors.length)]!;
    const s = sizes[r(sizes.length)]!;
    const blank = r(3) === 0;
    rows.push([
      `SKU-${i}`,
      `G-${g}`,
      `${b} ${it}, ${c}, Size ${s}`,
      `A ${it.toLowerCase()} by ${b}. Easy care, regular fit, made to last.`,
      blank ? '' : b,
      blank ? '' : c,
      r(4) === 0 ? '' : s,
      '',
      `${(10 + r(90)).toFixed(2)} EUR`,
    ]);
  }
  writeFileSync(file, stringify(rows));
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'cd-bench-suggest-'));
  let t = 0;
  let s = 0;
  try {
    const csv = join(tmp, 'products.csv');
    generate(PRODUCTS, csv);
    const db = openProject(join(tmp, 'bench.cdoc'));
    try {
      await importCatalog(db, csv);
      t = performance.now();
      const r = await suggest(db, { embed: false });
      s = (performance.now() - t) / 1000;
      console.log(
        `suggest text+graph: ${PRODUCTS} products in ${s.toFixed(1)} s = ${Math.round(PRODUCTS / s)} products/s (${r.suggestions} suggestions; target 100k < 60 s)`,
      );
      // Embeddings on the first EMBED products (a fresh project keeps the timing honest).
      const small = openProject(join(tmp, 'embed.cdoc'));
      try {
        const csvSmall = join(tmp, 'small.csv');
        generate(EMBED, csvSmall);
        await importCatalog(small, csvSmall);
        t = performance.now();
        await embedProducts(small);
        s = (performance.now() - t) / 1000;
        console.log(
          `embeddings (use-lite-en q8): ${EMBED} products in ${s.toFixed(1)} s = ${Math.round(EMBED / s)} products/s (100k ≈ ${Math.round(100_000 / (EMBED / s))} s)`,
        );
      } finally {
        closeProject(small);
      }
    } finally {
      closeProject(db);
    }

    // OCR: the fixture label images, several rounds.
    const dir = join(ROOT, 'test/fixtures/suggest/images');
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(dir, f));
    const all = Array.from({ length: OCR_ROUNDS }, () => images).flat();
    for (const workers of [1, 2]) {
      const pool = await createOcrPool({ workers });
      try {
        t = performance.now();
        await Promise.all(all.map((f) => pool.read(f)));
        s = (performance.now() - t) / 1000;
        console.log(
          `OCR tesseract.js, ${workers} worker(s): ${all.length} images in ${s.toFixed(2)} s = ${(all.length / s).toFixed(1)} images/s`,
        );
      } finally {
        await pool.close();
      }
    }
    if (spawnSync('tesseract', ['--version']).status === 0) {
      const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
      const list = join(tmp, 'list.txt');
      writeFileSync(list, all.join('\n') + '\n');
      t = performance.now();
      execFileSync('tesseract', [list, join(tmp, 'out'), '-l', 'eng', '--oem', '1', 'quiet'], { env, stdio: 'ignore' });
      s = (performance.now() - t) / 1000;
      console.log(
        `OCR native tesseract CLI (one process, OMP_THREAD_LIMIT=1): ${all.length} images in ${s.toFixed(2)} s = ${(all.length / s).toFixed(1)} images/s`,
      );
    } else console.log('OCR native tesseract CLI: not installed (apt-get install tesseract-ocr)');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
