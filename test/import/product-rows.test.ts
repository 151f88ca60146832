import { describe, expect, it } from 'vitest';
import { ProductRows } from '../../electron/core/import/product-rows.js';
import { emptyBatch, type ImportBatch, type InsertForm } from '../../electron/core/import/messages.js';
import { PackedReader } from '../../electron/core/import/packed-products.js';
import type { MappedProduct } from '../../electron/core/import/types.js';
import { CANONICAL_FIELDS } from '../../shared/fields.js';

interface Decoded {
  rowNo: unknown;
  cellMap: unknown;
  attrs: unknown;
  cells: unknown;
  values: Record<string, unknown>;
}

/** Reads the batches' products back the way the importer binds them (importer.ts): form, row, then what the form binds. */
function decode(batches: ImportBatch[]): Decoded[] {
  const forms: InsertForm[] = [];
  const out: Decoded[] = [];
  for (const b of batches) {
    forms.push(...b.forms);
    const p = new PackedReader(b.products);
    while (!p.done) {
      const f = forms[p.form()]!;
      const rowNo = p.rowNo();
      const cellMap = f.cellMap === null ? p.value() : f.cellMap;
      const attrs = f.attrs ? p.value() : null;
      const cells = f.cells === true ? p.value() : f.cells;
      const values: Record<string, unknown> = {};
      for (const field of f.fields) {
        const v = p.value();
        if (v !== null) values[CANONICAL_FIELDS[field]!] = v;
      }
      out.push({ rowNo, cellMap, attrs, cells, values });
    }
  }
  return out;
}

describe('ProductRows (the insert-ready products a worker sends)', () => {
  it('encodes products of hundreds of different field sets, past the caps on shapes and forms, each value in its place', () => {
    const fields = ['title', 'brand', 'color', 'size', 'material', 'pattern', 'gender', 'age_group', 'mpn', 'gtin'];
    const rows = new ProductRows();
    const batches: ImportBatch[] = [];
    const products: MappedProduct[] = [];
    for (let n = 1; n <= 700; n++) {
      if ((n - 1) % 100 === 0) rows.into(batches[batches.push(emptyBatch()) - 1]!);
      // Product n fills the fields whose bit is set in n, plus a custom attribute on every third one.
      const values: Record<string, string> = { id: `SKU-${n}` };
      const cellMap: Record<string, number> = { id: 0 };
      fields.forEach((f, b) => {
        if (n & (1 << b)) {
          values[f] = `${f}-${n}`;
          cellMap[f] = b + 1;
        }
      });
      // The first fills every canonical field: its shape is then the one products past the cap share.
      if (n === 1) for (const f of CANONICAL_FIELDS) if (!values[f]) values[f] = `${f}-1`;
      if (n % 3 === 0) {
        values['fit'] = `fit-${n}`;
        cellMap['fit'] = 11;
      }
      const p: MappedProduct = { rowNo: n + 1, values, cellMap };
      products.push(p);
      // Every other product's row is stored with it.
      const cells = n % 2 === 0 ? [`SKU-${n}`, ...fields.map((f) => values[f] ?? ''), values['fit'] ?? ''] : undefined;
      const { withRow } = rows.product(n - 1, p, cells);
      expect(withRow).toBe(cells !== undefined);
    }
    rows.seal();
    const decoded = decode(batches);
    expect(decoded).toHaveLength(700);
    // 700 field sets, but no more forms than the cap on shapes: the products past it share the shape of every field.
    expect(batches.reduce((k, b) => k + b.forms.length, 0)).toBe(256);
    const maps = batches.flatMap((b) => b.cellMaps).map((m) => JSON.parse(m) as Record<string, number>);
    decoded.forEach((d, i) => {
      const p = products[i]!;
      const canonical = Object.fromEntries(Object.entries(p.values).filter(([f]) => f !== 'fit'));
      expect(d.values).toEqual(canonical);
      expect(d.rowNo).toBe(p.rowNo);
      expect(d.attrs).toBe(p.values['fit'] ? JSON.stringify({ fit: p.values['fit'] }) : null);
      expect(typeof d.cellMap === 'string' && d.cellMap.startsWith('@') ? maps[Number(d.cellMap.slice(1))] : null).toEqual(
        p.cellMap,
      );
      expect(d.cells === null).toBe(i % 2 === 0); // product n = i + 1 keeps its row when n is even
    });
    expect(batches.reduce((k, b) => k + b.productRows, 0)).toBe(350);
  });
});
