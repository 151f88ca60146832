/**
 * Suggestion benchmarks (standalone; `npm run bench` runs it among the others):
 *  - text (+ graph) suggestions on 100k generated products: products/second (target: 100k in < 60 s);
 *  - embeddings with the bundled model: products/second;
 *  - OCR images/second with 1 and 2 tesseract.js workers, and the native `tesseract` CLI on the same
 *    images in the same run as the baseline (target: >= 0.8x the CLI).
 * Usage: node out/node/bench-suggest.js [--products N] [--embed N] [--ocr-rounds N] [--ocr-only] [--text-only]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { importCatalog } from '../electron/core/import/index.js';
import { openProject, closeProject } from '../electron/core/store/index.js';
import { suggest } from '../electron/core/suggest/index.js';
import { embedProducts } from '../electron/core/embed/index.js';
import { characterAccuracy, createOcrPool, engLangPath, type OcrPoolOptions } from '../electron/core/ocr/index.js';
import { PSM } from 'tesseract.js';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, def: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? def);
const PRODUCTS = arg('products', 100_000);
const EMBED = arg('embed', 2_000);
const OCR_ROUNDS = arg('ocr-rounds', 3);
const OCR_ONLY = process.argv.includes('--ocr-only');
/** Only the text (+ graph) suggestions: no embeddings, no OCR (to time and profile that part alone). */
const TEXT_ONLY = process.argv.includes('--text-only');
const SHARED = resolve(ROOT, '../shared/data');

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
    if (OCR_ONLY) {
      await benchOcr(tmp);
      return;
    }
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
      if (TEXT_ONLY) return;
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

    await benchOcr(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * OCR, fairly: the same image files for every contender, tesseract.js workers warmed up (language
 * data loaded) before the clock starts, and the native CLI with OMP_THREAD_LIMIT=1 both as one
 * process per image (1 and 2 at a time) and as one process over a list of the images. Two image
 * sets: our small synthetic labels (with known text, so accuracy is reported beside speed) and
 * real grocery photos (198 px pack shots and 348 px phone photos) when ../shared/data is present.
 */
async function benchOcr(tmp: string): Promise<void> {
  const labelsDir = join(ROOT, 'test/fixtures/suggest/images');
  const labels = JSON.parse(readFileSync(join(labelsDir, 'labels.json'), 'utf8')) as Record<string, string>;
  const sets: { name: string; files: string[] }[] = [
    { name: 'label images 284-569 px', files: Object.keys(labels).map((f) => join(labelsDir, f)) },
  ];
  const grocery = join(SHARED, 'images/grocery-store-packages');
  if (existsSync(grocery))
    sets.push({
      name: 'grocery photos 198/348 px',
      files: ['iconic', 'instore'].flatMap((d) =>
        readdirSync(join(grocery, d))
          .filter((f) => /\.jpe?g$/i.test(f))
          .sort()
          .slice(0, 6)
          .map((f) => join(grocery, d, f)),
      ),
    });
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const hasCli = spawnSync('tesseract', ['--version']).status === 0;
  const line = (what: string, n: number, secs: number, extra = '') =>
    console.log(`OCR ${what}: ${n} images in ${secs.toFixed(2)} s = ${(n / secs).toFixed(1)} images/s${extra}`);
  for (const set of sets) {
    const all = Array.from({ length: OCR_ROUNDS }, () => set.files).flat();
    console.log(`-- OCR on ${set.name}: ${set.files.length} files x ${OCR_ROUNDS} rounds`);
    // The default pipeline (PSM 11, sharp only where it helps), no sharp at all, and PSM 3 (the CLI's
    // default) to compare with the native CLI doing exactly the same work.
    const configs: { label: string; opts: OcrPoolOptions }[] = [
      { label: 'default: PSM 11, preprocessing where it helps', opts: {} },
      { label: 'PSM 11, no preprocessing', opts: { preprocess: false } },
      { label: 'PSM 11, sharp preprocessing on every image', opts: { preprocess: true } },
      { label: 'PSM 3 as the CLI, no preprocessing', opts: { preprocess: false, psm: PSM.AUTO } },
    ];
    for (const cfg of configs)
      for (const workers of [1, 2]) {
        const started = performance.now();
        const pool = await createOcrPool({ ...cfg.opts, workers });
        // Starting is not in the images/s (warm), but shown: it holds the up-front wasm compile (engine.ts).
        const start = `, workers ready in ${((performance.now() - started) / 1000).toFixed(1)} s`;
        try {
          // Warm: every worker has loaded its language data and run once.
          await Promise.all(set.files.slice(0, workers).map((f) => pool.read(f)));
          const t = performance.now();
          const reads = await Promise.all(all.map((f) => pool.read(f)));
          const secs = (performance.now() - t) / 1000;
          const known = set.files.map((f, i) => [labels[f.split('/').pop()!], reads[i]!.text] as const).filter(([k]) => k);
          const acc = known.length
            ? `, character accuracy ${(known.reduce((a, [k, r]) => a + characterAccuracy(k!, r), 0) / known.length).toFixed(3)}`
            : '';
          line(`tesseract.js warm, ${workers} worker(s), ${cfg.label}`, all.length, secs, acc + start);
        } finally {
          await pool.close();
        }
      }
    if (!hasCli) {
      console.log('OCR native tesseract CLI: not installed (apt-get install tesseract-ocr)');
      continue;
    }
    const cli = (args: string[]) =>
      new Promise<void>((done, fail) => {
        const p = spawn('tesseract', args, { env, stdio: 'ignore' });
        p.on('exit', (code) => (code === 0 ? done() : fail(new Error(`tesseract exited ${code}`))));
      });
    for (const parallel of [1, 2]) {
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          while (next < all.length) {
            const i = next++;
            await cli([all[i]!, join(tmp, `cli-${i}`), '-l', 'eng', '--oem', '1', 'quiet']);
          }
        }),
      );
      line(
        `native CLI, one process per image, ${parallel} at a time, PSM 3 (OMP_THREAD_LIMIT=1)`,
        all.length,
        (performance.now() - t) / 1000,
      );
    }
    // Debian ships the "fast" eng model; tesseract.js reads best_int. The same model for both, too.
    const sameModel = join(tmp, 'tessdata');
    mkdirSync(sameModel, { recursive: true });
    writeFileSync(join(sameModel, 'eng.traineddata'), gunzipSync(readFileSync(join(engLangPath(), 'eng.traineddata.gz'))));
    // One process over a list loads the model once: the strongest native baseline. With 2 processes
    // over halves of the list it uses both cores, as 2 tesseract.js workers do.
    for (const [model, extra, psm] of [
      ['Debian fast model, PSM 3', [], '3'],
      ['best_int model as tesseract.js, PSM 3', ['--tessdata-dir', sameModel], '3'],
      ['best_int model as tesseract.js, PSM 11', ['--tessdata-dir', sameModel], '11'],
    ] as const)
      for (const procs of [1, 2]) {
        const lists = Array.from({ length: procs }, (_, k) => {
          const list = join(tmp, `list-${k}.txt`);
          writeFileSync(list, all.filter((_, i) => i % procs === k).join('\n') + '\n');
          return list;
        });
        const t = performance.now();
        await Promise.all(
          lists.map((list, k) => cli([...extra, list, join(tmp, `out-${k}`), '-l', 'eng', '--oem', '1', '--psm', psm, 'quiet'])),
        );
        line(
          `native CLI, ${procs} process(es) over a list, ${model} (OMP_THREAD_LIMIT=1)`,
          all.length,
          (performance.now() - t) / 1000,
        );
      }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
