/**
 * Audit benchmark: generates N synthetic products straight into a temporary project, runs a full
 * audit (products checked in a worker thread while the main thread writes, as the app does),
 * edits 100 products through the change record and times the incremental re-audit.
 * `npm run bench` runs it; alone: node out/node/bench-audit.js [sizes...] [--one-thread | --workers N]
 * (for comparison: the full audit all on the main thread, or N worker threads instead of the default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANONICAL_FIELDS } from '../shared/fields.js';
import { applyBatch, closeProject, openProject, type Db } from '../electron/core/store/index.js';
import { auditProject, runAudit } from '../electron/core/audit/index.js';

export interface AuditBenchResult {
  products: number;
  generateMs: number;
  fullMs: number;
  /** CPU time of the full audit (user + system, all threads): fair on a shared machine where wall time is not. */
  fullCpuMs: number;
  findings: number;
  incrementalMs: number;
  incrementalChecked: number;
}

const COLORS = ['Black', 'White', 'Navy', 'Red', 'Grey', 'Green', 'Blue', 'Beige'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const NOUNS = ['Shirt', 'Hoodie', 'Jacket', 'Kettle', 'Lamp', 'Mug', 'Backpack', 'Desk', 'Scarf', 'Sneaker'];

function gtin13(n: number): string {
  const body = String(400000000000 + n).padStart(12, '0');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return body + ((10 - (sum % 10)) % 10);
}

/** Deterministic catalog: variant groups of 4, 60 brands (1 in 500 misspelt), 300 categories, a few planted defects. */
function generate(db: Db, n: number): void {
  const source = Number(
    db
      .prepare(
        `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at) VALUES (?, ?, 'csv', 'generic', 'utf-8', ?, ?, '{}', ?)`,
      )
      .run(
        'bench.csv',
        'bench.csv',
        JSON.stringify(CANONICAL_FIELDS),
        JSON.stringify(Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, f]))),
        new Date().toISOString(),
      ).lastInsertRowid,
  );
  const cols = [
    'source_id',
    'row_no',
    'id',
    'item_group_id',
    'title',
    'description',
    'link',
    'image_link',
    'price',
    'availability',
    'brand',
    'gtin',
    'condition',
    'product_type',
    'color',
    'size',
    'shipping_weight',
    'original',
    'cell_map',
  ];
  const ins = db.prepare(
    `INSERT INTO products (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const g = Math.floor(i / 4);
      const brandNo = g % 60;
      const brand = i % 500 === 7 ? `Brnd${brandNo}x` : `Brand${brandNo} Outfitters`;
      const noun = NOUNS[g % NOUNS.length]!;
      const color = COLORS[g % COLORS.length]!;
      const size = SIZES[i % 4]!;
      const price = (10 + (g % 90) + (i % 1000 === 3 ? 50000 : 0)).toFixed(2);
      const title = `${brand} ${noun} Model ${g} ${color}${i % 997 === 5 ? '  ' : ''}`;
      ins.run(
        source,
        i + 2,
        i % 2000 === 11 ? `SKU-${i - 1}` : `SKU-${i}`,
        `G-${g}`,
        title,
        `<p>${noun} in ${color.toLowerCase()}, size ${size}. Made to last.</p>`,
        `https://shop.example/p/${i}`,
        `https://shop.example/i/${g}.jpg`,
        `${price} EUR`,
        'in_stock',
        brand,
        gtin13(i),
        'new',
        `Category ${g % 300}`,
        color,
        size,
        `${(0.2 + (g % 20) / 10).toFixed(1)} kg`,
        '{}',
        '{}',
      );
    }
  })();
}

export async function benchAudit(
  sizes: number[] = [100_000, 1_000_000],
  opts: { worker?: boolean; workers?: number } = {},
): Promise<AuditBenchResult[]> {
  const out: AuditBenchResult[] = [];
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'cd-bench-audit-'));
    const db = openProject(join(dir, 'bench.cdoc'));
    try {
      let t = performance.now();
      generate(db, n);
      const generateMs = Math.round(performance.now() - t);
      const cpu0 = process.cpuUsage();
      const full = await auditProject(db, opts);
      const cpu = process.cpuUsage(cpu0);
      const fullCpuMs = Math.round((cpu.user + cpu.system) / 1000);
      const findings = db.prepare('SELECT count(*) FROM findings').pluck().get() as number;
      // Edit 100 products spread over the catalog, as a seller fixing titles and colours would.
      const step = Math.floor(n / 100);
      const edits = Array.from({ length: 100 }, (_, k) => ({
        pid: 1 + k * step,
        field: k % 2 ? 'color' : 'title',
        value: k % 2 ? 'Olive' : `Edited title ${k}`,
      }));
      applyBatch(db, 'edit', 'bench edits', edits);
      t = performance.now();
      const inc = runAudit(db);
      const incrementalMs = Math.round(performance.now() - t);
      out.push({ products: n, generateMs, fullMs: full.ms, fullCpuMs, findings, incrementalMs, incrementalChecked: inc.checked });
    } finally {
      closeProject(db);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

const direct = process.argv[1] && /bench-audit\.(js|ts|mjs)$/.test(process.argv[1]);
if (direct) {
  const args = process.argv.slice(2);
  const oneThread = args.includes('--one-thread');
  const w = args.indexOf('--workers');
  const workers = w >= 0 ? Number(args.splice(w, 2)[1]) : undefined;
  const sizes = args.map(Number).filter((x) => x > 0);
  for (const r of await benchAudit(sizes.length ? sizes : undefined, { worker: !oneThread, workers })) {
    console.log(
      `audit ${r.products.toLocaleString('en-US')} products: full${oneThread ? ' (one thread)' : workers ? ` (${workers} workers)` : ''} ${(r.fullMs / 1000).toFixed(1)} s, CPU ${(r.fullCpuMs / 1000).toFixed(1)} s (${r.findings} findings; generate ${(r.generateMs / 1000).toFixed(1)} s), ` +
        `re-audit after editing 100 products ${r.incrementalMs} ms (${r.incrementalChecked} checked)`,
    );
  }
}
