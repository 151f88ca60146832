import { describe, expect, it } from 'vitest';
import { matchHeader, fieldForHeader } from '../../../electron/core/import/layouts/synonyms.js';
import { proposeColumns } from '../../../electron/core/import/layouts/propose.js';
import { evidence, recogniseValues } from '../../../electron/core/import/layouts/values.js';
import type { RawRow } from '../../../electron/core/import/types.js';
import { fixture, mapFile } from './map-file.js';

const rows = (...cells: string[][]): RawRow[] => cells.map((c, i) => ({ rowNo: i + 2, cells: c }));

describe('header synonyms', () => {
  it.each([
    ['Product Name', 'title', 'en'],
    ['Nom du produit', 'title', 'fr'],
    ['Artikelbezeichnung', 'title', 'de'],
    ['Nombre del producto', 'title', 'es'],
    ['Nome do produto', 'title', 'pt'],
    ['Nome prodotto', 'title', 'it'],
    ['商品名', 'title', 'ja'],
    ['商品标题', 'title', 'zh'],
    ['Prix', 'price', 'fr'],
    ['Preço', 'price', 'pt'],
    ['販売価格', 'price', 'ja'],
    ['Marke', 'brand', 'de'],
    ['品牌', 'brand', 'zh'],
    ['Código de barras', 'gtin', 'es'],
    ['JANコード', 'gtin', 'ja'],
    ['Taglia', 'size', 'it'],
    ['Couleur', 'color', 'fr'],
    ['颜色', 'color', 'zh'],
    ['g:item_group_id', 'item_group_id', 'GMC'],
    ['brandName', 'brand', 'camelCase'],
  ])('%s -> %s (%s)', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('matches qualified headers loosely but not on a generic word alone', () => {
    expect(matchHeader('Price (INR)')).toMatchObject({ field: 'price', how: 'qualified' });
    expect(matchHeader('price-EUR')).toMatchObject({ field: 'price', how: 'qualified' });
    expect(matchHeader('description-en_US-ecommerce')).toMatchObject({ field: 'description', how: 'qualified' });
    expect(matchHeader('product_rating')).toBeUndefined();
  });
});

describe('values', () => {
  it('recognises GTINs by their check digit, not by length alone', () => {
    expect(evidence('gtin', ['4006381333931', '5012345678900', '8712345678906']).score).toBe(1);
    expect(evidence('gtin', ['4006381333932', '5012345678901', '8712345678907']).score).toBe(0);
  });
  it('needs a currency or cents before calling plain numbers prices', () => {
    expect(recogniseValues(['25.39 USD', '$2,030', 'SR 1,385', '12,50 €'])?.kind).toBe('price');
    expect(recogniseValues(['4.3', '4.1', '3.9', '4.5'])).toBeUndefined();
    expect(recogniseValues(['SKU-9001', 'SKU-9002', 'SKU-9003'])).toBeUndefined();
  });
  it('recognises image URLs, colour and gender vocabularies in several languages', () => {
    expect(recogniseValues(['https://a.example/x.jpg', '//cdn.example/y.png?v=3', 'https://a.example/z.webp'])?.kind).toBe(
      'image',
    );
    expect(recogniseValues(['Noir', 'Bleu marine', 'Rot', 'light blue', 'Black/White'])?.kind).toBe('color');
    expect(recogniseValues(['Herren', 'Damen', 'Unisex', 'femme'])?.kind).toBe('gender');
  });
});

describe('automatic column mapping', () => {
  it('maps a German file by synonyms and by values, with a confidence and a reason per column', async () => {
    const f = await mapFile(fixture('generic-de.csv'));
    expect(f.layout).toBe('generic');
    const by = Object.fromEntries((f.mapper.proposals ?? []).map((p) => [p.column, p]));
    expect(by['Artikelnummer']).toMatchObject({ field: 'id', from: 'header' });
    expect(by['Kosten']).toMatchObject({ field: 'price', from: 'values' });
    expect(by['Nummer 2']).toMatchObject({ field: 'gtin', from: 'values' });
    expect(by['Nummer 2']!.reason).toContain('4 of 4 sample values are valid GTINs');
    expect(by['Foto-Adresse']).toMatchObject({ field: 'image_link' });
    expect(by['Variante']).toMatchObject({ field: 'color', from: 'values' });
    expect(by['Geschlecht']).toMatchObject({ field: 'gender', from: 'header' });
    expect(by['Notiz']).toMatchObject({ field: 'Notiz', from: 'custom' });
    for (const p of f.mapper.proposals!) {
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.reason.length).toBeGreaterThan(10);
    }
    expect(f.at(3)).toMatchObject({
      id: 'A-1002',
      title: 'Trekkingrucksack 45 Liter',
      price: '109,90 €',
      gtin: '5012345678900',
      color: 'Blau',
      gender: 'Damen',
    });
  });

  it('maps a file whose headers say nothing from its values alone', async () => {
    const f = await mapFile(fixture('generic-values-only.csv'));
    expect(f.mapper.mapping).toEqual({ c1: 'id', c2: 'title', c3: 'gtin', c4: 'price', c5: 'image_link' });
    expect(f.at(4)).toMatchObject({ id: 'SKU-9003', title: 'Oxford Shirt Button Down', gtin: '8712345678906', price: '$52.00' });
  });

  it('refuses a header its values contradict, and never lets a custom attribute take a canonical name', () => {
    const p = proposeColumns(
      ['code', 'product_name', 'quantity'],
      rows(
        ['3017620422003', 'Nutella', '400 g'],
        ['5449000000996', 'Coca-Cola', '330 ml'],
        ['8000500310427', 'Kinder', '8 x 12,5 g'],
        ['7622210449283', 'Oreo', '154 g'],
        ['3175680011480', 'Madeleines', '250 g'],
      ),
    );
    const q = p.find((x) => x.column === 'quantity')!;
    expect(q.field).toBe('quantity (as written)');
    expect(q.reason).toContain('but only 0 of 5 sample values are whole numbers');
    expect(p.find((x) => x.column === 'code')!.field).toBe('gtin');
  });

  it('gives each field to the surest column and a second image column to additional images', () => {
    const p = proposeColumns(
      ['image', 'image 2', 'Price', 'Sale price'],
      rows(
        ['https://x.example/1.jpg', 'https://x.example/2.jpg', '10.00', '8.00'],
        ['https://x.example/3.jpg', 'https://x.example/4.jpg', '12.00', ''],
        ['https://x.example/5.jpg', 'https://x.example/6.jpg', '9.50', '9.00'],
      ),
    );
    expect(p.map((x) => x.field)).toEqual(['image_link', 'additional_image_link', 'price', 'sale_price']);
  });
});
