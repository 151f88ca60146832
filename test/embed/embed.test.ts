import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import {
  embedProducts,
  knnCandidates,
  loadTextModel,
  loadVectors,
  taxonomyCandidates,
  loadTaxonomy,
} from '../../electron/core/embed/index.js';
import { buildVocabulary } from '../../electron/core/graph/index.js';
import { suggest } from '../../electron/core/suggest/index.js';
import { useTmpDir } from '../support/tmp.js';
import { FIXTURES, find, pending, projectWith } from '../suggest/project.js';

const tmp = useTmpDir();
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('the bundled text model (use-lite-en, q8, @huggingface/transformers, no network)', { timeout: 240_000 }, () => {
  it('puts related product titles closer than unrelated ones', async () => {
    const m = await loadTextModel();
    const [a, b, c] = await m.embed(['red cotton t-shirt size M', 'crimson cotton tee medium', 'stainless steel kettle 1.7L']);
    expect(a!.length).toBe(512);
    expect(dot(a!, a!)).toBeCloseTo(1, 3);
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!) + 0.15);
  });

  it('stores one vector per product and skips unchanged products on a rerun', async () => {
    const { db } = await projectWith(tmp());
    try {
      const first = await embedProducts(db);
      expect(first.embedded).toBe(13);
      const again = await embedProducts(db);
      expect(again).toMatchObject({ embedded: 0, skipped: 13, state: 'done' });
      db.prepare(`UPDATE products SET title = 'Contoso Glass Teapot 1L' WHERE "id" = 'KETTLE-1'`).run();
      expect((await embedProducts(db)).embedded).toBe(1);
      const v = loadVectors(db);
      expect(v.pids.length).toBe(13);
      expect(v.dims).toBe(512);
    } finally {
      closeProject(db);
    }
  });

  it('suggests a blank product type from the nearest labelled products, naming them as evidence', async () => {
    const { db } = await projectWith(tmp());
    try {
      db.prepare(`UPDATE products SET product_type = NULL WHERE "id" = 'PULL-MARINE-M'`).run();
      await embedProducts(db);
      const c = knnCandidates(db, ['product_type'], buildVocabulary(db, ['product_type']));
      const pull = c.find((x) => x.field === 'product_type' && x.value === 'Pulls');
      expect(pull).toBeDefined();
      expect(pull!.evidence.source).toBe('embed');
      if (pull!.evidence.source === 'embed' && 'neighbours' in pull!.evidence) {
        expect(pull!.evidence.neighbours[0]!.value).toBe('Pulls');
        expect(pull!.evidence.neighbours[0]!.similarity).toBeGreaterThan(0.8);
      }
      // Through the whole pipeline the suggestion carries the embed source.
      await suggest(db, { fields: ['product_type'] });
      expect(find(pending(db), 'PULL-MARINE-M', 'product_type')).toMatchObject({ suggested: 'Pulls' });
      expect(find(pending(db), 'PULL-MARINE-M', 'product_type')!.sources).toContain('embed');
    } finally {
      closeProject(db);
    }
  });

  it('places products in the Google taxonomy when the catalog has no categories', async () => {
    const { db } = await projectWith(tmp());
    try {
      await embedProducts(db);
      const c = await taxonomyCandidates(db, loadTaxonomy(join(FIXTURES, 'taxonomy-small.txt')));
      const byId = (id: string) =>
        c.find((x) => db.prepare(`SELECT "id" AS id FROM products WHERE pid = ?`).pluck().get(x.pid) === id);
      expect(byId('KETTLE-1')?.value).toBe('Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles');
      expect(byId('MUG-1')?.value).toBe('Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs');
    } finally {
      closeProject(db);
    }
  });
});
