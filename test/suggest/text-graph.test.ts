import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import { suggest, extractFromText, Calibrator } from '../../electron/core/suggest/index.js';
import { buildVocabulary } from '../../electron/core/graph/index.js';
import { useTmpDir } from '../support/tmp.js';
import { find, pending, projectWith } from './project.js';

const tmp = useTmpDir();

describe('text and graph suggestions on a real project', () => {
  it('fills blanks from the title in four languages, with the phrase and its position as evidence', async () => {
    const { db } = await projectWith(tmp());
    try {
      await suggest(db, { embed: false });
      const rows = pending(db);
      const navy = find(rows, 'TEE-NAVY-M', 'color')!;
      expect(navy.suggested).toBe('Navy'); // the catalog's own spelling
      expect(navy.sources.split('+')).toContain('text');
      const ev = navy.evidence.items.find((e) => e.source === 'text' && e.in === 'title')!;
      expect(ev.phrase).toBe('Navy');
      expect('Northwind Organic Cotton T-Shirt, Navy, Size M'.slice(ev.start as number, ev.end as number)).toBe('Navy');

      expect(find(rows, 'TEE-NAVY-L', 'size')!.suggested).toBe('L'); // "Size L"
      expect(find(rows, 'PULL-MARINE-M', 'color')!.suggested).toMatch(/marine/i); // French "Bleu marine"
      expect(find(rows, 'PULL-MARINE-M', 'size')!.suggested).toBe('M'); // "taille M"
      expect(find(rows, 'PULL-MARINE-M', 'material')!.suggested).toBe('laine'); // the catalog writes materials in French here
      expect(find(rows, 'JACKE-BLAU-XL', 'size')!.suggested).toBe('XL'); // German "Größe XL"
      expect(find(rows, 'JACKE-BLAU-XL', 'color')!.suggested).toBe('Blau');
      expect(find(rows, 'CAM-NEGRO-L', 'color')!.suggested).toBe('Negro'); // Spanish
      expect(find(rows, 'CAM-NEGRO-L', 'size')!.suggested).toBe('L'); // "talla L"
    } finally {
      closeProject(db);
    }
  });

  it('propagates group values through the graph and stores the graph in the project', async () => {
    const { db } = await projectWith(tmp());
    try {
      const r = await suggest(db, { embed: false });
      const rows = pending(db);
      const brand = find(rows, 'TEE-NAVY-L', 'brand')!;
      expect(brand.suggested).toBe('Northwind');
      expect(brand.sources).toBe('text+graph'); // title starts with the brand, and the group agrees
      const graph = brand.evidence.items.find((e) => e.source === 'graph')!;
      expect(graph.relation).toBe('variant-of');
      expect(find(rows, 'JACKE-BLAU-XL', 'gender')!.suggested).toBe('Herren');
      expect(find(rows, 'JACKE-BLAU-XL', 'material')!.sources).toContain('graph');
      expect(r.graph.entities).toBeGreaterThan(10);
      const brands = db.prepare(`SELECT label FROM graph_entities WHERE kind = 'brand' ORDER BY label`).all() as {
        label: string;
      }[];
      expect(brands.map((b) => b.label)).toEqual(['Bergfeld', 'Contoso', 'Maison Lumière', 'Northwind', 'Oatly', 'Sol y Mar']);
      const variants = db.prepare(`SELECT count(*) AS n FROM graph_relations WHERE relation = 'variant-of'`).get() as {
        n: number;
      };
      expect(variants.n).toBe(5); // groups of 3, 2, 2 and 2 members: every member but the head
    } finally {
      closeProject(db);
    }
  });

  it('corrects a value that contradicts the title, and leaves consistent values alone', async () => {
    const { db } = await projectWith(tmp());
    try {
      await suggest(db, { embed: false });
      const rows = pending(db);
      const fix = find(rows, 'TEE-BLACK-S', 'color')!;
      expect(fix.current).toBe('Red');
      expect(fix.suggested).toBe('Black');
      expect(fix.evidence.signals).toMatch(/fix:title/);
      expect(find(rows, 'PULL-ROUGE-S', 'color')).toBeUndefined(); // "Rouge" agrees with the title
      expect(find(rows, 'KETTLE-1', 'material')).toBeUndefined();
      // Nothing changed in the catalog by itself.
      expect((db.prepare(`SELECT color FROM products WHERE "id" = 'TEE-BLACK-S'`).get() as { color: string }).color).toBe('Red');
    } finally {
      closeProject(db);
    }
  });

  it('reads measures and brands from text with the catalog vocabulary', async () => {
    const { db } = await projectWith(tmp());
    try {
      const vocab = buildVocabulary(db, ['brand', 'color']);
      const c = extractFromText(1, [{ kind: 'title', in: 'title', text: 'Sol y Mar Botella de agua 750 ml, negro' }], {
        fields: new Set(['brand', 'unit_pricing_measure', 'color']),
        vocab,
      });
      expect(c.find((x) => x.field === 'brand')).toMatchObject({ value: 'Sol y Mar', signal: 'title-start' });
      expect(c.find((x) => x.field === 'unit_pricing_measure')).toMatchObject({ key: '750ml', value: '750 ml' });
      expect(c.find((x) => x.field === 'color')).toMatchObject({ value: 'Negro' });
    } finally {
      closeProject(db);
    }
  });

  it('does not read a colour word that is part of a product or edition name ("Blue Version")', async () => {
    const { db } = await projectWith(tmp());
    try {
      const vocab = buildVocabulary(db, ['color']);
      const fields = new Set(['color']);
      const named = extractFromText(
        1,
        [
          { kind: 'title', in: 'title', text: 'Blue Version Luxe Backpack' },
          { kind: 'url', in: 'link', text: 'https://www.adidas.com/us/blue-version-luxe-backpack/H22737.html' },
        ],
        { fields, vocab },
      );
      expect(named.filter((x) => x.field === 'color')).toEqual([]);
      // The colour of the item itself is still read, beside a name that carries another colour.
      const both = extractFromText(1, [{ kind: 'title', in: 'title', text: 'Red Edition Sneakers in Black' }], { fields, vocab });
      expect(both.filter((x) => x.field === 'color').map((x) => x.key)).toEqual(['black']);
      // A capitalised brand is not read from the same word in lower case in running text.
      db.prepare(`UPDATE products SET brand = 'WITH' WHERE rowid = 1`).run();
      const brands = extractFromText(
        1,
        [
          { kind: 'desc', in: 'description', text: 'Kurta with dupatta' },
          { kind: 'desc', in: 'description', text: 'From WITH, a kurta' },
        ],
        { fields: new Set(['brand']), vocab: buildVocabulary(db, ['brand']) },
      );
      expect(brands.map((b) => b.evidence)).toMatchObject([{ in: 'description', phrase: 'WITH', start: 5 }]);
    } finally {
      closeProject(db);
    }
  });
});

describe('calibration', () => {
  it('looks confidences up per field and signal set, and backs off to single signals', () => {
    const cal = new Calibrator({
      $comment: 'test',
      fittedOn: 'test',
      fields: {
        color: { title: [98, 100], 'any:title': [150, 160], 'graph+title': [49, 50], desc: [6, 10], 'any:desc': [6, 10] },
      },
    });
    expect(cal.confidence('color', ['title'], false)).toBeCloseTo(99 / 102);
    expect(cal.confidence('color', ['title', 'graph'], false)).toBeCloseTo(50 / 52);
    // Unseen combination: the best of its single signals; a competing value halves it.
    expect(cal.confidence('color', ['desc', 'title'], false)).toBeCloseTo(151 / 162);
    expect(cal.confidence('color', ['desc', 'title'], true)).toBeCloseTo(151 / 162 / 2);
    expect(cal.confidence('size', ['title'], false)).toBe(0.3);
    // A rare set's own outcomes pull the back-off toward them: 0 right of 4 with 'desc' alone.
    const rare = new Calibrator({
      $comment: 'test',
      fittedOn: 'test',
      fields: { brand: { desc: [0, 4], 'any:desc': [90, 98] } },
    });
    expect(rare.confidence('brand', ['desc'], false)).toBeCloseTo((0 + 8 * (91 / 100)) / (4 + 8));
  });
});
