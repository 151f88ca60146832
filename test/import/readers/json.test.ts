import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp.js';
import { fixture, readAll } from './read-all.js';

const tmp = useTmpDir();

describe('JSON reader', () => {
  it('finds the product list inside an object, flattens nested values, keeps numbers as written', async () => {
    const { reader, rows } = await readAll(fixture('products.json'));
    expect(reader.format).toBe('json');
    expect(reader.dialect.jsonPath).toBe('products');
    expect(reader.header).toEqual([
      'sku',
      'nombre',
      'precio',
      'gtin',
      'descripcion.corta',
      'descripcion.completa',
      'tags',
      'variantes.1.nombre',
      'variantes.1.precio',
      'activo',
      'marca',
      'id_largo',
      'atributos.Color',
    ]);
    const cell = (r: number, name: string) => rows[r]!.cells[reader.header.indexOf(name)];
    expect(rows[0]!.rowNo).toBe(2);
    expect(cell(0, 'gtin')).toBe('0789012345678');
    expect(cell(0, 'descripcion.completa')).toBe('Cable RCA\nRojo/Azul');
    expect(cell(0, 'tags')).toBe('amplificador, rca');
    expect(cell(0, 'variantes.1.precio')).toBe('7880.50');
    expect(cell(0, 'activo')).toBe('true');
    expect(cell(0, 'marca')).toBe('');
    expect(cell(1, 'id_largo')).toBe('12345678901234567890');
    expect(cell(1, 'atributos.Color')).toBe('Negro');
    expect(cell(1, 'descripcion.completa')).toBe('');
  });

  it('reads a top-level list', async () => {
    const p = join(tmp(), 'list.json');
    writeFileSync(p, '\ufeff[{"id": "A", "price": 1.10}, {"id": "B", "title": "Bee"}, 42]');
    const { reader, rows, rejected } = await readAll(p);
    expect(reader.header).toEqual(['id', 'price', 'title']);
    expect(rows).toEqual([
      { rowNo: 2, cells: ['A', '1.10', ''] },
      { rowNo: 3, cells: ['B', '', 'Bee'] },
    ]);
    expect(rejected).toEqual([{ rowNo: 4, raw: '"42"', error: 'item 3 of the list is a string, not a product object' }]);
  });
});

describe('JSON Lines reader', () => {
  it('reads one object per line, keeps a broken line aside with its line and column', async () => {
    const { reader, rows, rejected } = await readAll(fixture('products.jsonl'));
    expect(reader.format).toBe('jsonl');
    expect(reader.header).toEqual(['id', 'title', 'price', 'shipping.country', 'shipping.price', 'color']);
    expect(rows.map((r) => r.rowNo)).toEqual([2, 4, 6]);
    expect(rows[1]!.cells).toEqual(['J-2', 'Steel Straw Set', '9.5', '', '', 'silver']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.rowNo).toBe(5);
    expect(rejected[0]!.error).toMatch(/^line 4, column \d+: not valid JSON/);
  });
});
