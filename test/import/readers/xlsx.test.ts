import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../electron/core/import/readers/xlsx-cell-text.js';
import { useTmpDir } from '../../support/tmp.js';
import { readAll } from './read-all.js';

const tmp = useTmpDir();

/** A workbook as a seller makes one: a notes sheet first, then a catalogue with a title row and formats. */
async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes');
  const s = wb.addWorksheet('Catalogue');
  s.addRow(['GREEN LEAF — PRODUCT CATALOGUE']);
  s.addRow(['sku', 'title', 'price', 'gtin', 'added', 'qty', 'stock value', 'active', 'discount', 'link']);
  const r = s.addRow([
    'TEE-1',
    { richText: [{ text: 'Organic ', font: { bold: true } }, { text: 'Tee' }] },
    1234.5,
    4006381333931,
    new Date(Date.UTC(2024, 0, 15)),
    3,
    { formula: 'C3*F3', result: 3703.5 },
    true,
    0.15,
    { text: 'shop page', hyperlink: 'https://shop.example/tee' },
  ]);
  r.getCell(3).numFmt = '"$"#,##0.00';
  r.getCell(4).numFmt = '00000000000000';
  r.getCell(5).numFmt = 'dd/mm/yyyy';
  r.getCell(9).numFmt = '0%';
  s.addRow([]);
  const mug = s.addRow([
    'MUG-2',
    'Mug',
    12,
    5012345678900,
    new Date(Date.UTC(2024, 11, 31, 14, 5)),
    2,
    { formula: 'C5*F5', result: 24 },
    false,
    0,
    '',
  ]);
  mug.getCell(3).numFmt = '"$"#,##0.00';
  mug.getCell(4).numFmt = '00000000000000';
  mug.getCell(5).numFmt = 'yyyy-mm-dd hh:mm';
  const other = wb.addWorksheet('Archive');
  other.addRow(['id', 'name']);
  other.addRow(['OLD-1', 'Retired lamp']);
  const p = join(tmp(), 'catalogue.xlsx');
  await wb.xlsx.writeFile(p);
  return p;
}

describe('XLSX reader', () => {
  it('reads the first sheet with text, finds the header under the title, shows cells as Excel does', async () => {
    const p = await workbook();
    const { reader, rows } = await readAll(p);
    expect(reader.format).toBe('xlsx');
    expect(reader.dialect.sheet).toBe('Catalogue');
    expect(reader.dialect.preamble).toEqual([['GREEN LEAF — PRODUCT CATALOGUE']]);
    expect(reader.header).toEqual(['sku', 'title', 'price', 'gtin', 'added', 'qty', 'stock value', 'active', 'discount', 'link']);
    expect(rows[0]).toEqual({
      rowNo: 3,
      cells: ['TEE-1', 'Organic Tee', '$1,234.50', '04006381333931', '15/01/2024', '3', '3703.5', 'TRUE', '15%', 'shop page'],
    });
    // The blank sheet row 4 stays a blank row, so rows keep their sheet numbers.
    expect(rows[1]).toEqual({ rowNo: 4, cells: [] });
    expect(rows[2]!.cells.slice(0, 8)).toEqual([
      'MUG-2',
      'Mug',
      '$12.00',
      '05012345678900',
      '2024-12-31 14:05',
      '2',
      '24',
      'FALSE',
    ]);
  });

  it('reads the sheet named by --sheet, and lists the sheets when the name is wrong', async () => {
    const p = await workbook();
    const archive = await readAll(p, { sheet: 'archive' });
    expect(archive.reader.header).toEqual(['id', 'name']);
    expect(archive.rows).toEqual([{ rowNo: 2, cells: ['OLD-1', 'Retired lamp'] }]);
    await expect(readAll(p, { sheet: 'Products' })).rejects.toThrow(
      /catalogue\.xlsx: there is no sheet named "Products"; the sheets are "Notes", "Catalogue", "Archive"/,
    );
  });

  it('says a truncated workbook is damaged', async () => {
    const p = await workbook();
    const cut = join(tmp(), 'cut.xlsx');
    writeFileSync(cut, readFileSync(p).subarray(0, 3000));
    await expect(readAll(cut)).rejects.toThrow(
      /cut\.xlsx: the workbook cannot be read \(.+\); it looks damaged or cut short \(expected a complete \.xlsx workbook/,
    );
  });

  it('formats numbers the way common number formats show them', () => {
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(-1234.567, '#,##0.00;(#,##0.00)')).toBe('(1,234.57)');
    expect(formatNumber(19.9, '[$€-407] #,##0.00')).toBe('€ 19.90');
    expect(formatNumber(42, '0000')).toBe('0042');
    expect(formatNumber(2.5, '0.0#')).toBe('2.5');
    expect(formatNumber(45306, 'd mmm yyyy')).toBe('15 Jan 2024');
    expect(formatNumber(45306.75, 'h:mm AM/PM')).toBe('6:00 PM');
  });
});
