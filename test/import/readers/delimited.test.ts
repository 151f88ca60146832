import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../../support/tmp.js';
import { fixture, readAll } from './read-all.js';

const tmp = useTmpDir();

const JAPANESE =
  '商品コード,商品名,価格,在庫\r\nA-001,有機緑茶 ティーバッグ 20袋入り,580,12\r\nA-002,抹茶ラテ スティック 10本,720,5\r\n';
const CHINESE = '货号,商品名称,价格,库存\nB-001,纯棉短袖T恤 白色 M码,59.00,100\nB-002,不锈钢保温杯 500毫升,89.00,40\n';
const FRENCH =
  'sku,titre,prix\r\n1,Café crème – 250 g,"4,50 €"\r\n2,Crêpière Ø 24 cm,"19,99 €"\r\n3,Thé à la menthe,"3,20 €"\r\n';

function write(name: string, bytes: Buffer | string): string {
  const p = join(tmp(), name);
  writeFileSync(p, bytes);
  return p;
}

describe('CSV/TSV reader: dialects', () => {
  it('reads quoted cells with embedded CRLF newlines, doubled quotes, a blank line and keeps the row numbers', async () => {
    const { reader, rows } = await readAll(fixture('multiline-crlf.csv'));
    expect(reader.format).toBe('csv');
    expect(reader.dialect).toMatchObject({ delimiter: ',', lineEnding: '\r\n', bom: false });
    expect(reader.header).toEqual(['sku', 'title', 'description', 'price', 'gtin']);
    expect(rows[0]).toEqual({
      rowNo: 2,
      cells: ['TEE-001', 'Organic Cotton Tee, Navy', 'Soft organic cotton.\r\nMachine wash cold.', '19.90', '04006381333931'],
    });
    expect(rows[1]!.cells[1]).toBe('Linen Shirt "Relaxed"');
    expect(rows[2]).toEqual({ rowNo: 4, cells: [''] });
    expect(rows[3]).toMatchObject({ rowNo: 5, cells: ['MUG-010', 'Ceramic Mug 350 ml', '', '12.00', '5012345678900'] });
  });

  it('sniffs semicolons (with a quoted ; inside a cell), tabs and pipes', async () => {
    const semi = await readAll(fixture('semicolon.csv'));
    expect(semi.reader.dialect.delimiter).toBe(';');
    expect(semi.rows[1]!.cells).toEqual(['A-101', 'Teekanne; Glas', '24,90', 'Tasso']);
    const tsv = await readAll(fixture('feed.tsv'));
    expect(tsv.reader.format).toBe('tsv');
    expect(tsv.rows[1]!.cells).toEqual(['G-2', 'Trail "Pro" Boots', '89.00 USD', 'out of stock']);
    const pipe = await readAll(fixture('pipe.txt'));
    expect(pipe.reader.dialect.delimiter).toBe('|');
    expect(pipe.rows.map((r) => r.cells[1])).toEqual(['Desk Lamp', 'Floor Lamp']);
  });

  it('detects a file with no header row, names its columns and numbers rows from 1', async () => {
    const { reader, rows } = await readAll(fixture('headerless.csv'));
    expect(reader.dialect.headerless).toBe(true);
    expect(reader.header).toEqual(['column 1', 'column 2', 'column 3', 'column 4', 'column 5']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      rowNo: 1,
      cells: ['b000jz4hqo', 'clickart 950 000 - premier image pack (dvd-rom)', '', 'broderbund', '0'],
    });
  });

  it('finds the header under a title row and keeps the title as the preamble', async () => {
    const { reader, rows } = await readAll(fixture('title-rows.csv'));
    expect(reader.header).toEqual(['Product name', 'Pack size', 'Price', 'Stock status']);
    expect(reader.dialect.preamble).toEqual([['       GREEN LEAF GROCERY — PRICE LIST', '', '', '']]);
    expect(rows[0]).toEqual({ rowNo: 3, cells: ['RICE', '', '', ''] });
    expect(rows.find((r) => r.cells[0] === 'Turmeric Powder')!.rowNo).toBe(8);
  });

  it('takes the attribute-name row of an Amazon flat file as the header, template rows as the preamble', async () => {
    const { reader, rows } = await readAll(fixture('amazon-template.csv'));
    expect(reader.header).toEqual(['feed_product_type', 'item_sku', 'brand_name', 'item_name', 'standard_price', 'quantity']);
    expect(reader.dialect.preamble).toHaveLength(2);
    expect(reader.dialect.preamble![0]![0]).toBe('TemplateType=fptcustom');
    expect(rows[0]).toMatchObject({ rowNo: 4, cells: ['home', 'LAMP-01', 'Lumina', 'Lumina Desk Lamp Brass', '49.99', '12'] });
  });

  it('keeps a row with more filled cells than the header aside, with its cells and a reason; short rows import', async () => {
    const { rows, rejected } = await readAll(fixture('ragged.csv'));
    expect(rows.map((r) => r.rowNo)).toEqual([2, 4, 5]);
    expect(rows[1]!.cells).toEqual(['S3', 'Leather Belt']);
    expect(rows[2]!.cells).toEqual(['S4', 'Cap', '15.00', '']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.rowNo).toBe(3);
    expect(rejected[0]!.cells).toEqual(['S2', 'Silk Tie', '30.00', 'EXTRA', 'MORE']);
    expect(rejected[0]!.error).toMatch(
      /5 cells but the header has 3 columns; "MORE" in cell 5 has no column \(an unquoted "," inside a value\?\)/,
    );
  });

  it('keeps a record whose quoting is broken aside with its raw text', async () => {
    const p = write('bad-quote.csv', 'sku,title\nA1,"Mug"s,x\nA2,Plate\n');
    const { rows, rejected } = await readAll(p);
    expect(rows.map((r) => r.cells[0])).toEqual(['A2']);
    expect(rejected[0]).toMatchObject({ rowNo: 2, raw: 'A1,"Mug"s,x' });
    expect(rejected[0]!.error).toMatch(/after a closing quote/);
  });
});

describe('CSV/TSV reader: encodings', () => {
  const cases: { name: string; encoding: string; bom?: number[]; text: string; expectEncoding: string }[] = [
    { name: 'UTF-8 with BOM', encoding: 'utf-8', bom: [0xef, 0xbb, 0xbf], text: FRENCH, expectEncoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', encoding: 'utf-16le', bom: [0xff, 0xfe], text: FRENCH, expectEncoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', encoding: 'utf-16be', bom: [0xfe, 0xff], text: FRENCH, expectEncoding: 'utf-16be' },
    { name: 'UTF-16 LE without BOM', encoding: 'utf-16le', text: FRENCH, expectEncoding: 'utf-16le' },
    { name: 'UTF-16 BE without BOM', encoding: 'utf-16be', text: FRENCH, expectEncoding: 'utf-16be' },
    { name: 'Windows-1252', encoding: 'windows-1252', text: FRENCH, expectEncoding: 'windows-1252' },
    { name: 'Shift_JIS', encoding: 'shift_jis', text: JAPANESE, expectEncoding: 'shift_jis' },
    { name: 'GBK', encoding: 'gbk', text: CHINESE, expectEncoding: 'gbk' },
  ];
  for (const c of cases) {
    it(`detects ${c.name} and decodes every cell`, async () => {
      const bytes = Buffer.concat([
        Buffer.from(c.bom ?? []),
        c.encoding === 'utf-8' ? Buffer.from(c.text) : iconv.encode(c.text, c.encoding),
      ]);
      const { reader, rows } = await readAll(write('enc.csv', bytes));
      expect(reader.encoding).toBe(c.expectEncoding);
      expect(reader.dialect.bom).toBe(!!c.bom);
      const expected = c.text.trim().split(/\r?\n/).slice(1);
      expect(rows.map((r) => r.cells.join('|'))).toEqual(
        expected.map((l) =>
          l
            .replace(/"([^"]*)"/g, (_, x: string) => x)
            .split(',')
            .join('|')
            .replace(/\|(\d+)\|(\d+ €)$/, '|$1,$2'),
        ),
      );
      expect(reader.header[0]!.startsWith('\ufeff')).toBe(false);
    });
  }

  // Files many read chunks long, whose multi-byte characters land on every chunk boundary sooner or later.
  const WORDS = ['緑茶', 'ティーバッグ', '抹茶ラテ', 'é', 'Ø', '—', 'ü', 'x', 'ab', '保温杯'];
  const longText = (rows: number, words: string[]) => {
    const lines = ['sku,title,note'];
    for (let i = 0; i < rows; i++) {
      const title = Array.from({ length: 3 + (i % 7) }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
      lines.push(`S-${i},"${title}, ${i}",${words[i % words.length]!.repeat(1 + (i % 5))}`);
    }
    return lines.join('\n') + '\n';
  };
  const longCases: { name: string; encoding: string; bom?: number[]; words: string[] }[] = [
    { name: 'UTF-8', encoding: 'utf-8', words: [...WORDS, '👕', '🧦'] },
    { name: 'UTF-16 LE', encoding: 'utf-16le', bom: [0xff, 0xfe], words: [...WORDS, '👕', '🧦'] },
    { name: 'Shift_JIS', encoding: 'shift_jis', words: ['緑茶', 'ティーバッグ', '抹茶ラテ', '商品', 'x', 'ab', '価格'] },
  ];
  for (const c of longCases) {
    it(`decodes a ${c.name} file many read chunks long, characters cut at chunk boundaries included`, async () => {
      const text = longText(6_000, c.words);
      const bytes = Buffer.concat([
        Buffer.from(c.bom ?? []),
        c.encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, c.encoding),
      ]);
      expect(bytes.length).toBeGreaterThan(300_000);
      const { reader, rows, rejected } = await readAll(write('long.csv', bytes), { encoding: c.encoding });
      expect(reader.encoding).toBe(c.encoding);
      expect(rejected).toEqual([]);
      const expected = text
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => {
          const [, sku, title, note] = /^([^,]*),"([^"]*)",(.*)$/.exec(l)!;
          return [sku, title, note];
        });
      expect(rows.map((r) => r.cells)).toEqual(expected);
      expect(reader.warnings ?? []).toEqual([]);
    });
  }

  it('obeys --encoding over detection, and names an unknown encoding', async () => {
    const p = write('latin.csv', iconv.encode(FRENCH, 'windows-1252'));
    const asLatin1 = await readAll(p, { encoding: 'latin1' });
    expect(asLatin1.reader.encoding).toBe('windows-1252');
    expect(asLatin1.rows[0]!.cells[1]).toBe('Café crème – 250 g');
    const sjis = write('sjis.csv', iconv.encode(JAPANESE, 'shift_jis'));
    expect((await readAll(sjis, { encoding: 'Shift_JIS' })).rows[1]!.cells[1]).toBe('抹茶ラテ スティック 10本');
    await expect(readAll(p, { encoding: 'klingon-8' })).rejects.toThrow(
      /latin\.csv: unknown encoding "klingon-8" given with --encoding \(expected an encoding name such as utf-8/,
    );
  });

  it('imports a UTF-8 file with a few invalid byte sequences far into the file, naming their rows', async () => {
    // 400 KB of clean UTF-8 (beyond the first sample), then a row with bytes that are not UTF-8.
    const good = Array.from({ length: 4000 }, (_, i) => `P${i},Crème brûlée kit ${'x'.repeat(80)},9.99`).join('\n');
    const bad = Buffer.concat([
      Buffer.from(`sku,title,price\n${good}\nBAD1,GROOMER GM-729`),
      Buffer.from([0xcf, 0xbf, 0xbd, 0xbd]),
      Buffer.from(' TRIMMER,5.00\nP-last,Plain,1.00\n'),
    ]);
    const { reader, rows } = await readAll(write('mixed.csv', bad));
    expect(reader.encoding).toBe('utf-8');
    expect(rows).toHaveLength(4002);
    const badRow = rows.find((r) => r.cells[0] === 'BAD1')!;
    expect(badRow.rowNo).toBe(4002);
    expect(badRow.cells[1]).toBe('GROOMER GM-729\u03ff\ufffd\ufffd TRIMMER');
    expect(reader.warnings).toEqual([
      { message: expect.stringMatching(/^2 byte sequences in 1 row are not valid UTF-8/) as unknown },
      { row: 4002, message: expect.stringMatching(/^2 byte sequences are not valid UTF-8 \(at byte \d+\)/) as unknown },
    ]);
  });
});
