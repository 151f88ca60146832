import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync, readFileSync } from 'node:fs';
import { cli } from '../support/cli.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();

const CSV = 'sku,name,brand,colour,price\nA-1,"Linen Shirt, Navy",Acme,Navy,19.99\nA-2,Linen Shirt White,Acme,White,19.99\n';

describe('CLI contract', () => {
  it('import --json prints one object with products, rejected, layout, encoding and mapping', () => {
    const dir = tmp();
    const file = join(dir, 'shop.csv');
    writeFileSync(file, CSV);
    const r = cli(['import', file, '--project', join(dir, 'p.cdoc'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ products: 2, rejected: 0, layout: 'generic', encoding: 'utf-8' });
    expect(out.mapping).toMatchObject({ sku: 'id', name: 'title', brand: 'brand', colour: 'color', price: 'price' });
  });

  it('info reports products and filled fields', () => {
    const dir = tmp();
    const file = join(dir, 'shop.csv');
    writeFileSync(file, CSV);
    cli(['import', file, '--project', join(dir, 'p.cdoc')]);
    const r = cli(['info', join(dir, 'p.cdoc'), '--json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.products).toBe(2);
    expect(info.filled.color).toBe(2);
    expect(info.sources[0].file).toBe(file);
  });

  it('exits 2 on usage errors and 1 on bad input, with a message naming the problem', () => {
    const dir = tmp();
    expect(cli(['import']).code).toBe(2);
    expect(cli(['import', 'x.csv']).stderr).toMatch(/--project/);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['import', 'x.csv', '--project', join(dir, 'p.cdoc'), '--bogus']).code).toBe(2);
    const missing = cli(['info', join(dir, 'none.cdoc')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such project/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const r = cli(['import', empty, '--project', join(dir, 'p.cdoc')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(empty);
  });

  it('export source reproduces the file and never touches the original', () => {
    const dir = tmp();
    const file = join(dir, 'shop.csv');
    writeFileSync(file, CSV);
    const out = join(dir, 'out.csv');
    const r = cli(['export', file, '--profile', 'source', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(CSV);
    expect(readFileSync(file, 'utf8')).toBe(CSV);
  });
});
