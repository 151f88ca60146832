import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../support/tmp.js';
import { csv, projectFrom } from './support.js';
import { closeProject, type Db } from '../../electron/core/store/index.js';
import { auditProject, iterateFindings, runAudit } from '../../electron/core/audit/index.js';
import { partitions } from '../../electron/core/audit/pass.js';
import { JobCancelledError } from '../../electron/core/jobs/index.js';

const tmp = useTmpDir();

const H = [
  'id',
  'item_group_id',
  'title',
  'description',
  'image_link',
  'price',
  'brand',
  'gtin',
  'color',
  'size',
  'shipping_weight',
  'product_type',
];
const COLORS = ['Navy', 'Black', 'Red', 'Olive'];
const SIZES = ['S', 'M', 'L'];

function gtin13(n: number): string {
  const body = String(400638100000 + n).padStart(12, '0');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return body + ((10 - (sum % 10)) % 10);
}

/**
 * A shop of n products: variant groups of 3 and products without a group, with the defects the
 * catalog-wide rules look for planted at fixed rows (brand and colour spellings, a duplicate id and
 * GTIN, near-duplicates across groups, a shared photo, a price outlier, one amount in two units,
 * stray spaces, a conflicting brand inside a group).
 */
function shop(n: number): string {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const grouped = i % 5 !== 0;
    const g = Math.floor(i / 3);
    const color = COLORS[g % COLORS.length]!;
    const noun = ['Tee', 'Hoodie', 'Kettle', 'Mug'][g % 4]!;
    let brand = `Brand${g % 7}`;
    if (i % 97 === 3) brand = brand.toLowerCase();
    if (i % 211 === 5) brand = 'Acme Tools'; // conflicts with the group's brand
    let colour = color;
    if (i % 89 === 4) colour = `${color.toUpperCase()} `;
    let title = `${brand} ${noun} ${g} ${color}`;
    if (i % 151 === 7) title = `${title}  `;
    let id = `SKU-${i}`;
    if (i % 401 === 9) id = `SKU-${i - 1}`;
    let gtin = gtin13(i);
    if (i % 307 === 11) gtin = gtin13(i - 2);
    let image = `https://img.example/${g}.jpg`;
    if (i % 233 === 13) image = 'https://img.example/0.jpg';
    let price = `${(12 + (g % 40)).toFixed(2)} EUR`;
    if (i % 499 === 17) price = '9999.00 EUR';
    const weight = i % 173 === 19 ? '1500 g' : i % 2 ? '1.5 kg' : `${(g % 9) + 1} kg`;
    // Some products without a group are the same product listed again under another id.
    if (!grouped && i % 10 === 5) {
      rows.push([
        id,
        '',
        'Brand1 Adjustable Desk Lamp with Dimmer',
        '<p>Desk lamp.</p>',
        'https://img.example/lamp.jpg',
        '30.00 EUR',
        'Brand1',
        gtin,
        'Black',
        '',
        '2 kg',
        'Home > Lamps',
      ]);
      continue;
    }
    rows.push([
      id,
      grouped ? `G${g}` : '',
      title,
      `<p>${noun} in ${color.toLowerCase()}.</p>`,
      image,
      price,
      brand,
      gtin,
      colour,
      grouped ? SIZES[i % 3]! : '',
      weight,
      `Home > ${noun}s`,
    ]);
  }
  return csv(H, rows);
}

/** Everything a full audit leaves behind, in a stable order. */
function outcome(db: Db) {
  const findings = [...iterateFindings(db)]
    .map((f) => `${f.row}|${f.id}|${f.rule}|${f.severity}|${f.field}|${f.profile}|${f.message}|${f.fix}`)
    .sort();
  const suggestions = (
    db
      .prepare(`SELECT pid, field, current, suggested, evidence FROM suggestions WHERE sources = 'rule'`)
      .raw()
      .all() as unknown[][]
  )
    .map((r) => JSON.stringify(r))
    .sort();
  const states = db.prepare('SELECT * FROM audit_state ORDER BY pid').raw().all();
  const meta = JSON.parse(db.prepare(`SELECT value FROM meta WHERE key = 'audit.state'`).pluck().get() as string) as Record<
    string,
    unknown
  >;
  return { findings, suggestions, states, stats: meta.stats, maps: meta.maps };
}

const indexes = (db: Db) =>
  db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).raw().all();

describe('audit in worker threads', () => {
  it('gives exactly the findings, suggestions, state and statistics of the one-thread audit', async () => {
    const db = await projectFrom(tmp(), shop(2400));
    try {
      runAudit(db, { profiles: ['google'], full: true });
      const oneThread = outcome(db);
      expect(oneThread.findings.length).toBeGreaterThan(100);
      for (const rule of [
        'brand-spelling',
        'value-spelling',
        'duplicate-id',
        'duplicate-gtin',
        'near-duplicate',
        'shared-image',
        'price-outlier',
        'unit-inconsistent',
        'whitespace',
        'variant-group-conflict',
      ]) {
        expect(
          oneThread.findings.some((f) => f.includes(`|${rule}|`)),
          rule,
        ).toBe(true);
      }
      const schema = indexes(db);
      for (const opts of [{ workers: 2 }, { workers: 3 }, { workers: 1 }, { worker: false }]) {
        const progress: number[] = [];
        const run = await auditProject(db, {
          profiles: ['google'],
          full: true,
          ...opts,
          onProgress: (p) => progress.push(p.done),
        });
        expect(run).toMatchObject({ mode: 'full', products: 2400, checked: 2400 });
        expect(outcome(db), JSON.stringify(opts)).toEqual(oneThread);
        expect(indexes(db)).toEqual(schema);
        expect(progress.at(-1)).toBe(2400);
      }
      // The re-audit builds on what the workers left.
      expect((await auditProject(db, { profiles: ['google'] })).mode).toBe('incremental');
    } finally {
      closeProject(db);
    }
  });

  it('a cancelled audit leaves the previous findings, state and indexes as they were', async () => {
    const db = await projectFrom(tmp(), shop(6000));
    try {
      await auditProject(db, { workers: 2 });
      const before = outcome(db);
      const schema = indexes(db);
      const ctl = new AbortController();
      let calls = 0;
      const cancelled = auditProject(db, {
        profiles: ['amazon'],
        workers: 2,
        signal: ctl.signal,
        onProgress: (p) => {
          calls++;
          if (p.done > 0) ctl.abort();
        },
      });
      await expect(cancelled).rejects.toBeInstanceOf(JobCancelledError);
      expect(calls).toBeGreaterThan(0);
      expect(db.inTransaction).toBe(false);
      expect(outcome(db)).toEqual(before);
      expect(indexes(db)).toEqual(schema);
      // Nothing changed since the kept audit: a re-audit has nothing to check.
      expect(runAudit(db).mode).toBe('incremental');
      expect(runAudit(db).checked).toBe(0);
    } finally {
      closeProject(db);
    }
  });

  it('splits the catalog between item groups, each product in exactly one part', async () => {
    const db = await projectFrom(tmp(), shop(500));
    try {
      const order = db.prepare('SELECT pid FROM products ORDER BY item_group_id, pid').pluck().all() as number[];
      for (const n of [2, 3, 4]) {
        const parts = partitions(db, n);
        expect(parts.length).toBe(n);
        const seen: number[] = [];
        const groupPart = new Map<string, number>();
        parts.forEach((part, k) => {
          const rows = db
            .prepare(`SELECT pid, item_group_id FROM products WHERE ${part.where} ORDER BY item_group_id, pid`)
            .raw()
            .all(...part.params) as [number, string | null][];
          expect(rows.length).toBeGreaterThan(0);
          for (const [pid, g] of rows) {
            seen.push(pid);
            if (g === null) continue;
            expect(groupPart.get(g) ?? k, `group ${g}`).toBe(k);
            groupPart.set(g, k);
          }
        });
        // The parts, one after another, are the pass order of the whole catalog.
        expect(seen).toEqual(order);
      }
    } finally {
      closeProject(db);
    }
  });
});
