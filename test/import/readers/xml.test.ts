import { describe, expect, it } from 'vitest';
import { fixture, readAll } from './read-all.js';

describe('Google Merchant XML reader', () => {
  it('reads RSS 2.0 items with g: fields by their plain names, keeping GTIN zeros, CDATA, repeats and nested shipping', async () => {
    const { reader, rows } = await readAll(fixture('rss-gmc.xml'));
    expect(reader.format).toBe('xml');
    expect(reader.header).toEqual([
      'id',
      'title',
      'description',
      'link',
      'image_link',
      'additional_image_link',
      'price',
      'gtin',
      'availability',
      'shipping.country',
      'shipping.price',
    ]);
    expect(rows[0]).toEqual({
      rowNo: 2,
      cells: [
        'TENT-2P',
        'Acme Trail Tent 2P & Footprint',
        'Light <b>2-person</b> tent.',
        'https://acme.example/tent-2p',
        'https://acme.example/img/tent.jpg',
        'https://acme.example/img/tent-2.jpg,https://acme.example/img/tent-3.jpg',
        '249.00 USD',
        '00012345678905',
        'in stock',
        'US',
        '0.00 USD',
      ],
    });
    expect(rows[1]!.cells[reader.header.indexOf('gtin')]).toBe('0123456789012');
  });

  it('reads Atom entries (link href, typed title)', async () => {
    const { reader, rows } = await readAll(fixture('atom-gmc.xml'));
    expect(reader.header).toEqual(['id', 'title', 'link', 'price', 'gtin', 'condition']);
    expect(rows[0]!.cells).toEqual([
      'PAN-28',
      'Cast Iron Pan 28 cm',
      'https://kitchen.example/pan-28',
      '39.90 EUR',
      '04006381333931',
      'new',
    ]);
    expect(rows[1]!.cells[4]).toBe('');
  });

  it('reads a feed without any namespace (<channel><item>)', async () => {
    const { reader, rows } = await readAll(fixture('plain-channel.xml'));
    expect(reader.header).toEqual(['id', 'item_group_id', 'title', 'price', 'size']);
    expect(rows.map((r) => r.cells[4])).toEqual(['XS', 'S']);
    expect(rows[0]!.cells[2]).toBe('Платье мини с цветочным принтом');
  });

  it('reads character references and HTML entities as the characters they stand for, wherever they are in the item', async () => {
    const { reader, rows } = await readAll(fixture('entities-rss.xml'));
    expect(reader.header).toEqual(['id', 'title', 'description', 'price']);
    // HTML's named references read as their characters, as XML's and numeric ones do; text in CDATA
    // stays as written, and a double-escaped one (`&amp;eacute;`) is the text `&eacute;`.
    expect(rows.map((r) => r.cells)).toEqual([
      ['MUG-01', 'Café mug – 350\u00a0ml', 'Stoneware\u00a0mug © Café Bleu & co. €', '12.00€'],
      ['MUG-03', 'Café crème mug… Édition &eacute;', '<p>Caf&eacute; as written in HTML</p>à la fj', '14.00 EUR'],
      ['MUG-02', 'Plain mug – white', 'No entities here <3', '9.00 EUR'],
    ]);
  });
});
