import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../support/tmp.js';
import { audit, csv, keys } from './support.js';

/** False alarms found on real catalogs (adidas colourways, a WooCommerce hoodie family, food pack sizes), reproduced small. */
const tmp = useTmpDir();

describe('what is fine is not flagged', () => {
  it('colourways with one title, price and colour but their own photos or description are variants, not duplicates', async () => {
    const H = ['sku', 'name', 'selling_price', 'color', 'category', 'brand', 'images', 'description'];
    const f = await audit(
      tmp(),
      csv(H, [
        [
          'H39753',
          'Future Icons Logo Graphic Tee',
          '24',
          'Blue',
          'Clothing',
          'adidas',
          'https://cdn.example/a1.jpg~https://cdn.example/a2.jpg',
          'A soft tee.',
        ],
        [
          'H39752',
          'Future Icons Logo Graphic Tee',
          '24',
          'Blue',
          'Clothing',
          'adidas',
          'https://cdn.example/b1.jpg~https://cdn.example/b2.jpg',
          'A soft tee.',
        ],
        [
          'H39760',
          'Future Icons Logo Graphic Tee',
          '24',
          'Blue',
          'Clothing',
          'adidas',
          'https://cdn.example/c1.jpg',
          'Colour: sky blue and white. A soft tee.',
        ],
        // Everything equal but the SKU: that one is a duplicate listing.
        [
          'H39799',
          'Future Icons Logo Graphic Tee',
          '24',
          'Blue',
          'Clothing',
          'adidas',
          'https://cdn.example/c1.jpg',
          'Colour: sky blue and white. A soft tee.',
        ],
      ]),
    );
    expect(keys(f).filter((k) => k.includes('near-duplicate'))).toEqual(['4:near-duplicate:title', '5:near-duplicate:title']);
  });

  it('one photo shared inside a product family (same base name) is fine; across unrelated products it is flagged', async () => {
    const H = ['SKU', 'Name', 'Parent', 'Regular price', 'Images'];
    const hoodie = 'https://shop.example/uploads/hoodie-with-logo-2.jpg';
    const f = await audit(
      tmp(),
      csv(H, [
        ['woo-hoodie', 'Hoodie', '', '45', hoodie],
        ['woo-hoodie-blue-logo', 'Hoodie - Blue, Yes', 'woo-hoodie', '45', hoodie],
        ['woo-hoodie-with-logo', 'Hoodie with Logo', '', '45', hoodie],
        ['woo-beanie', 'Beanie', '', '18', 'https://shop.example/uploads/desk.jpg'],
        ['woo-desk', 'Walnut Writing Desk', '', '240', 'https://shop.example/uploads/desk.jpg'],
      ]),
    );
    expect(keys(f).filter((k) => k.includes('shared-image'))).toEqual(['5:shared-image:image_link', '6:shared-image:image_link']);
  });

  it('kg packs among g packs are normal; the same amount written in two units is flagged', async () => {
    const H = ['id', 'title', 'quantity', 'image_link'];
    const g = ['250 g', '500 g', '400 g', '1000 g', '125 g', '200 g', '750 g', '300 g', '150 g', '350 g'];
    const rows = g.map((q, i) => [`G${i}`, `Pasta ${i}`, q, `https://shop.example/p${i}.jpg`]);
    rows.push(['K1', 'Rice sack', '2,5 kg', 'https://shop.example/k1.jpg']);
    rows.push(['K2', 'Flour sack', '5 kg', 'https://shop.example/k2.jpg']);
    rows.push(['K3', 'Pasta family pack', '1 kg', 'https://shop.example/k3.jpg']);
    rows.push(['OZ', 'Imported candy', '3 oz', 'https://shop.example/oz.jpg']);
    const f = await audit(tmp(), csv(H, rows));
    const units = f.filter((x) => x.rule === 'unit-inconsistent');
    // 1 kg is written "1000 g" by another product; 2,5 kg and 5 kg are just bigger packs. oz is another system, flagged when g clearly dominates.
    expect(units.map((x) => `${x.row}:${x.fix}`)).toEqual(['14:Write it as 1000 g.', '15:Write it as 85.049 g.']);
    expect(units.every((x) => x.severity === 'info')).toBe(true);
  });
});
