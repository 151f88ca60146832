import { describe, expect, it } from 'vitest';
import { fixture, mapFile } from './map-file.js';

describe('Shopify layout', () => {
  it('2024+ dialect with French labels: groups by URL handle, inherits product cells, options and metafields map in any language', async () => {
    const f = await mapFile(fixture('shopify-2024-fr.csv'));
    expect(f.layout).toBe('shopify');
    expect(f.products).toHaveLength(4); // row 5 is an image-only row
    expect(f.has(5)).toBe(false);
    const m = f.at(3);
    expect(m).toMatchObject({
      id: 'TL-BLC-M',
      item_group_id: 'tshirt-lin',
      color: 'Blanc',
      size: 'M',
      gtin: '5012345678900',
      price: '29.00',
    });
    // Product-level cells given only on the first row apply to every variant.
    expect(m).toMatchObject({
      title: 'T-shirt Lin Bio',
      brand: 'Maison Lune',
      product_type: 'T-shirt',
      material: 'lin',
      gender: 'femme',
    });
    expect(m.image_link).toBe('https://cdn.example.fr/tl-blanc.jpg');
    // The image-only row's image, and the other rows' images, become additional images of the group.
    expect(m.additional_image_link!.split(',')).toEqual([
      'https://cdn.example.fr/tl-1.jpg',
      'https://cdn.example.fr/tl-2.jpg',
      'https://cdn.example.fr/tl-3.jpg',
    ]);
    const noir = f.at(4);
    expect(noir).toMatchObject({ color: 'Noir', size: 'S', image_link: 'https://cdn.example.fr/tl-noir.jpg' });
    // "Couleur (product.metafields.shopify.color-pattern)" and "Tissu (...shopify.fabric)" map by key.
    expect(f.at(6)).toMatchObject({
      id: 'SC-01',
      color: 'écru',
      material: 'coton',
      item_group_id: 'sac-cabas',
      image_link: 'https://cdn.example.fr/sac.jpg',
    });
    expect(f.at(6).size).toBeUndefined();
    expect(f.mapper.mapping['Couleur (product.metafields.shopify.color-pattern)']).toBe('color');
    expect(f.mapper.mapping['Genre cible (product.metafields.shopify.target-gender)']).toBe('gender');
  });

  it('legacy dialect with German option names (Farbe, Größe, Material)', async () => {
    const f = await mapFile(fixture('shopify-legacy-de.csv'));
    expect(f.layout).toBe('shopify');
    expect(f.products.map((p) => p.rowNo)).toEqual([2, 3, 4, 6]);
    expect(f.at(3)).toMatchObject({
      id: 'WP-ROT-L',
      color: 'Rot',
      size: 'L',
      material: 'Merino',
      brand: 'Nordstrick',
      gender: 'female',
      age_group: 'adult',
      item_group_id: 'wollpullover',
    });
    expect(f.at(4)).toMatchObject({ color: 'Grau', image_link: 'https://img.example.de/wp-grau.jpg' });
    // Default Title is no option: the single-variant product gets no colour or size.
    expect(f.at(6)).toMatchObject({ id: 'SU-1', gender: 'unisex' });
    expect(f.at(6).color).toBeUndefined();
    // Inherited values point at the first row's cell with a negative index (not written back).
    expect(f.products.find((p) => p.rowNo === 3)!.cellMap.brand).toBeLessThan(0);
    expect(f.products.find((p) => p.rowNo === 3)!.cellMap.color).toBe(8);
  });
});

describe('WooCommerce layout', () => {
  it('variations inherit the parent brand, categories and description; attributes become color/size/material', async () => {
    const f = await mapFile(fixture('woocommerce-variable.csv'));
    expect(f.layout).toBe('woocommerce');
    // The variable parent (row 2) is no sellable product; the childless variable cap (row 6) is.
    expect(f.products.map((p) => p.rowNo).sort()).toEqual([3, 4, 5, 6]);
    expect(f.at(3)).toMatchObject({
      id: 'hoodie-eco-green-s',
      item_group_id: 'hoodie-eco',
      color: 'Green',
      size: 'S',
      brand: 'Greenwear',
      product_type: 'Clothing > Hoodies',
      description: 'A soft hoodie in organic cotton.',
      price: '49.00',
      image_link: 'https://shop.example.com/hoodie-green.jpg',
      availability: 'in_stock',
    });
    // Parent named as id:101; no own image: the parent's first image.
    expect(f.at(4)).toMatchObject({
      item_group_id: 'hoodie-eco',
      color: 'Navy',
      size: 'M',
      sale_price: '39.00',
      availability: 'out_of_stock',
      image_link: 'https://shop.example.com/hoodie-1.jpg',
    });
    expect(f.at(5)).toMatchObject({ id: 'mug-stone', material: 'Stoneware', color: 'Sand', brand: 'Kiln & Co' });
    expect(f.at(5).item_group_id).toBeUndefined();
    expect(f.at(6)).toMatchObject({ id: 'cap-plain', availability: 'backorder', color: 'Black' });
  });
});

describe('Amazon flat file layout', () => {
  it('children inherit from the parent SKU, which is no product; attribute names map to canonical fields', async () => {
    const f = await mapFile(fixture('amazon-flat-file.txt'));
    expect(f.layout).toBe('amazon');
    expect(f.products.map((p) => p.rowNo)).toEqual([3, 4, 5]);
    expect(f.at(3)).toMatchObject({
      id: 'RUN-BLK-42',
      item_group_id: 'RUN-PARENT',
      brand: 'StrideLab',
      gtin: '4006381333931',
      color: 'Black',
      size: '42',
      material: 'Mesh',
      gender: 'mens',
      description: 'Lightweight trail running shoe.',
      condition: 'new',
      price: '119.00',
    });
    expect(f.at(3).additional_image_link).toBe(
      'https://m.media.example.com/run-blk-2.jpg,https://m.media.example.com/run-blk-3.jpg',
    );
    expect(f.at(5)).toMatchObject({ id: 'SOCK-3P', size: 'One Size', material: 'Cotton' });
    expect(f.at(5).item_group_id).toBeUndefined();
  });
});

describe('TikTok Shop template layout', () => {
  it('skips the guidance row, groups consecutive SKUs of one product name and reads Variation values as colour and size', async () => {
    const f = await mapFile(fixture('tiktok-template.csv'));
    expect(f.layout).toBe('tiktok');
    expect(f.products.map((p) => p.rowNo)).toEqual([3, 4, 5, 6]);
    expect(f.mapper.mapping['Variation']).toBe('color');
    expect(f.mapper.mapping['Variation 2']).toBe('size');
    expect(f.at(4)).toMatchObject({
      id: 'TEE-BLK-M',
      item_group_id: 'TEE-BLK-S',
      color: 'Black',
      size: 'M',
      brand: 'Sunny Days (7012345)',
      gtin: '5012345678900',
      price: '19.99',
    });
    expect(f.at(5)).toMatchObject({ item_group_id: 'TEE-BLK-S', color: 'White' });
    expect(f.at(6).item_group_id).toBeUndefined();
  });
});

describe('Google Merchant feed layout', () => {
  it('maps g:-prefixed columns directly and keeps other Google attributes as custom attributes', async () => {
    const f = await mapFile(fixture('google-feed.tsv'));
    expect(f.layout).toBe('google');
    expect(f.at(3)).toMatchObject({
      id: 'SH-1-RED-L',
      item_group_id: 'SH-1',
      availability: 'out_of_stock',
      price: '59.00 EUR',
      size: 'L',
      gtin: '5012345678900',
    });
    expect(f.at(3)['g:custom_label_0']).toBe('summer');
  });
});
