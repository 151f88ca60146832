import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../support/tmp.js';
import { audit, csv, keys } from './support.js';

const tmp = useTmpDir();
const H = [
  'id',
  'item_group_id',
  'title',
  'description',
  'image_link',
  'price',
  'sale_price',
  'brand',
  'gtin',
  'color',
  'size',
  'product_type',
  'shipping_weight',
];
/** A tidy product; each test changes the cells it is about. */
const row = (id: string, o: Partial<Record<(typeof H)[number], string>> = {}) =>
  H.map((h) => (h === 'id' ? id : (o[h] ?? BASE[h] ?? '')));
const BASE: Record<string, string> = {
  title: 'Linen Shirt',
  description: '<p>Soft washed linen shirt with a relaxed fit.</p>',
  image_link: 'https://shop.example/img/x.jpg',
  price: '39.00',
  brand: 'Northridge',
  product_type: 'Shirts',
};
const img = (n: string) => `https://shop.example/img/${n}.jpg`;

describe('catalog consistency rules', () => {
  it('duplicate ids give a line on each product involved; unique ids pass', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('SKU-1', { title: 'Linen Shirt Navy', image_link: img('1') }),
        row('SKU-2', { title: 'Wool Scarf', image_link: img('2') }),
        row('SKU-1', { title: 'Canvas Tote', image_link: img('3') }),
      ]),
    );
    expect(keys(f).filter((k) => k.includes('duplicate-id'))).toEqual(['2:duplicate-id:id', '4:duplicate-id:id']);
    expect(f.find((x) => x.row === 2 && x.rule === 'duplicate-id')!.message).toContain('row 4');
  });

  it('one GTIN on different products is caught; distinct valid GTINs pass', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'Espresso Cup', gtin: '4006381333931', image_link: img('a') }),
        row('B', { title: 'Tea Mug', gtin: '4006381333931', image_link: img('b') }),
        row('C', { title: 'Milk Jug', gtin: '5901234123457', image_link: img('c') }),
      ]),
    );
    expect(keys(f)).toEqual(['2:duplicate-gtin:gtin', '3:duplicate-gtin:gtin']);
  });

  it('an invalid GTIN check digit or length is an error; a valid one passes', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { gtin: '4006381333932', image_link: img('a') }),
        row('B', { gtin: '12345', title: 'Wool Scarf', image_link: img('b') }),
        row('C', { gtin: '4006381333931', title: 'Tote', image_link: img('c') }),
      ]),
    );
    expect(keys(f)).toEqual(['2:gtin-invalid:gtin', '3:gtin-invalid:gtin']);
    expect(f[0]!.message).toMatch(/check digit/);
  });

  it('near-duplicate products (same title modulo noise, price and photo, different ids) are flagged; colour variants and other-priced versions are not', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'Classic Oxford Shirt - Slim', image_link: img('a') }),
        row('B', { title: 'classic oxford shirt, slim', image_link: img('a') }),
        row('C', { title: 'Classic Oxford Shirt - Slim', color: 'Blue', image_link: img('a') }),
        row('D', { title: 'Classic Oxford Shirt - Slim', price: '49.00', image_link: img('a') }),
      ]),
    );
    expect(keys(f)).toEqual(['2:near-duplicate:title', '3:near-duplicate:title']);
  });

  it('the same value spelled many ways is clustered and the dominant form proposed', async () => {
    const rows = [
      ...['Navy', 'Navy', 'Navy', 'Navy'].map((c, i) =>
        row(`N${i}`, { title: `Shirt ${i}`, color: c, image_link: img(`n${i}`) }),
      ),
      row('V1', { title: 'Shirt V1', color: 'navy blue', image_link: img('v1') }),
      row('V2', { title: 'Shirt V2', color: 'NAVY ', image_link: img('v2') }),
      row('R1', { title: 'Shirt R1', color: 'Red', image_link: img('r1') }),
      row('R2', { title: 'Shirt R2', color: 'Burgundy', image_link: img('r2') }),
    ];
    const f = await audit(tmp(), csv(H, rows));
    const spelling = f.filter((x) => x.rule === 'value-spelling');
    expect(spelling.map((x) => x.row)).toEqual([6, 7]);
    expect(spelling.every((x) => x.fix === 'Change it to "Navy".')).toBe(true);
  });

  it('brand spelled or capitalised inconsistently is flagged against the dominant spelling', async () => {
    const rows = [
      ...[0, 1, 2, 3, 4, 5].map((i) => row(`P${i}`, { title: `Car charger ${i}`, brand: 'Pervoi', image_link: img(`p${i}`) })),
      row('X', { title: 'Car charger X', brand: 'Pervot', image_link: img('x') }),
      row('Y', { title: 'Car charger Y', brand: 'PERVOI', image_link: img('y') }),
      row('S1', { title: 'Phone stand', brand: 'Sony', image_link: img('s1') }),
      row('S2', { title: 'Phone case', brand: 'Sonya', image_link: img('s2') }),
    ];
    const f = await audit(tmp(), csv(H, rows));
    expect(keys(f)).toEqual(['8:brand-spelling:brand', '9:brand-spelling:brand']);
  });

  it('variant groups: conflicting brand, missing variant attribute, same option combination', async () => {
    const g = (id: string, o: Record<string, string>) => row(id, { item_group_id: 'tee', title: 'Tee', ...o });
    const f = await audit(
      tmp(),
      csv(H, [
        g('T-S', { color: 'Red', size: 'S', image_link: img('t1') }),
        g('T-M', { color: 'Red', size: 'M', image_link: img('t2') }),
        g('T-L', { color: 'Red', size: 'L', brand: 'Southridge', image_link: img('t3') }),
        g('T-XL', { color: 'Red', image_link: img('t4') }),
        g('T-M2', { color: 'Red', size: 'M', image_link: img('t5') }),
        row('OK-1', { item_group_id: 'ok', title: 'Sock', color: 'Blue', size: 'S', image_link: img('o1') }),
        row('OK-2', { item_group_id: 'ok', title: 'Sock', color: 'Blue', size: 'M', image_link: img('o2') }),
      ]),
    );
    expect(keys(f).sort()).toEqual(
      [
        '3:variant-duplicate-options:color',
        '4:variant-group-conflict:brand',
        '5:variant-missing-attribute:size',
        '6:variant-duplicate-options:color',
      ].sort(),
    );
  });

  it('title contradicting the color or size attribute is flagged, in several languages', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'Merino Sweater Red', color: 'Blue', image_link: img('a') }),
        row('B', { title: 'Pull en laine rouge', color: 'Rouge', image_link: img('b') }),
        row('C', { title: 'Hoodie Größe XL', size: 'M', image_link: img('c') }),
        row('D', { title: 'Hoodie XL', size: 'XL', image_link: img('d') }),
        row('E', { title: 'Navy Polo Shirt', color: 'Blue', image_link: img('e') }),
        row('F', { title: 'Orange Juice Glass', color: 'Clear', image_link: img('f') }),
        row('G', { title: 'Camiseta negra', color: 'Blanco', image_link: img('g') }),
      ]),
    );
    expect(keys(f)).toEqual([
      '2:title-contradicts-attribute:color',
      '4:title-contradicts-attribute:size',
      '8:title-contradicts-attribute:color',
    ]);
  });

  it('units: a value in another unit than the catalog uses, and out-of-range values', async () => {
    const rows = [
      ...['1.5 kg', '1.7 kg', '2 kg', '1.2 kg', '1.9 kg', '1.6 kg'].map((w, i) =>
        row(`K${i}`, { title: `Kettle ${i}`, shipping_weight: w, image_link: img(`k${i}`) }),
      ),
      row('OZ', { title: 'Kettle oz', shipping_weight: '60 oz', image_link: img('oz') }),
      row('G', { title: 'Kettle g', shipping_weight: '1700 g', image_link: img('g') }),
      row('BIG', { title: 'Kettle big', shipping_weight: '17000 kg', image_link: img('big') }),
    ];
    const f = await audit(tmp(), csv(H, rows));
    expect(keys(f)).toEqual([
      '8:unit-inconsistent:shipping_weight',
      '9:unit-inconsistent:shipping_weight',
      '10:value-out-of-range:shipping_weight',
    ]);
    expect(f[1]!.fix).toBe('Write it as 1.7 kg.');
  });

  it('prices: missing, zero, unreadable, sale above price, outlier within a category', async () => {
    const cat = [24, 25, 26, 27, 28, 29, 30, 31, 32, 29.5, 27.5, 26.5, 25.5, 28.5, 30.5, 31.5, 24.5, 33, 23, 22].map((p, i) =>
      row(`M${i}`, { title: `Mug ${i}`, product_type: 'Mugs', price: String(p), image_link: img(`m${i}`) }),
    );
    const f = await audit(
      tmp(),
      csv(H, [
        ...cat,
        row('OUT', { title: 'Mug out', product_type: 'Mugs', price: '2950', image_link: img('out') }),
        row('NONE', { title: 'Mug none', product_type: 'Cups', price: '', image_link: img('none') }),
        row('ZERO', { title: 'Mug zero', product_type: 'Cups', price: '0.00', image_link: img('zero') }),
        row('TXT', { title: 'Mug text', product_type: 'Cups', price: 'call us', image_link: img('txt') }),
        row('SALE', { title: 'Mug sale', product_type: 'Cups', price: '20', sale_price: '25', image_link: img('sale') }),
      ]),
    );
    expect(keys(f)).toEqual([
      '22:price-outlier:price',
      '23:price-missing:price',
      '24:price-zero:price',
      '25:price-unreadable:price',
      '26:sale-above-price:sale_price',
    ]);
  });

  it('text hygiene: mojibake, control characters, stray spaces, broken HTML', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'CafÃ© Table', image_link: img('a') }),
        row('B', { title: 'Side\u0007 Table', image_link: img('b') }),
        row('C', { title: ' Oak  Table ', image_link: img('c') }),
        row('D', { title: 'Pine Bench', description: '<p>Solid pine <b>bench</p>', image_link: img('d') }),
        row('E', { title: 'Ash Stool', description: '<ul><li>Ash wood<li>Oiled</ul><br>', image_link: img('e') }),
      ]),
    );
    expect(keys(f)).toEqual([
      '2:text-encoding:title',
      '3:control-characters:title',
      '4:whitespace:title',
      '5:broken-html:description',
    ]);
  });

  it('images: missing, or the same image on unrelated products (variants sharing one are fine)', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'Walnut Desk', image_link: img('desk') }),
        row('B', { title: 'Ceramic Vase', image_link: img('desk') }),
        row('C', { title: 'Wool Rug', image_link: '' }),
        row('D1', { item_group_id: 'lamp', title: 'Lamp', color: 'Black', image_link: img('lamp') }),
        row('D2', { item_group_id: 'lamp', title: 'Lamp', color: 'White', image_link: img('lamp') }),
      ]),
    );
    expect(keys(f)).toEqual(['2:shared-image:image_link', '3:shared-image:image_link', '4:image-missing:image_link']);
  });

  it('a tidy catalog gives no findings', async () => {
    const f = await audit(
      tmp(),
      csv(H, [
        row('A', { title: 'Walnut Desk', gtin: '4006381333931', color: 'Brown', image_link: img('a'), shipping_weight: '20 kg' }),
        row('B', {
          title: 'Ceramic Vase Blue',
          color: 'Blue',
          image_link: img('b'),
          shipping_weight: '1.2 kg',
          price: '45.00',
          sale_price: '39.00',
        }),
      ]),
    );
    expect(f).toEqual([]);
  });
});
