import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flatMapper } from '../../../electron/core/import/layouts/generic.js';
import { buildProduct, type ColumnPlan } from '../../../electron/core/import/layouts/plan.js';
import { FlatRows } from '../../../electron/core/import/layouts/flat.js';

/** What flatMapper made of a row before FlatRows: buildProduct, then the id taken from the GTIN. */
function general(plans: ColumnPlan[], rowNo: number, cells: string[]) {
  const p = buildProduct({ rowNo, cells }, plans);
  if (!p) return [];
  const gtinCol = plans.some((pl) => pl.field === 'id') ? undefined : plans.find((pl) => pl.field === 'gtin')?.index;
  if (!p.values.id && p.values.gtin && gtinCol !== undefined) {
    p.values.id = p.values.gtin;
    p.cellMap.id = -(gtinCol + 1);
  }
  return [p];
}

const plan = (index: number, field: string | null, convert?: Record<string, string>): ColumnPlan => ({
  column: `c${index}`,
  index,
  field,
  confidence: 1,
  from: 'header',
  reason: 'test',
  ...(convert ? { convert } : {}),
});

describe('compiled one-row-per-product plans (layouts/flat.ts)', () => {
  it('make exactly the products buildProduct makes, for any plan and row', () => {
    const fields = ['id', 'title', 'brand', 'gtin', 'color', 'image_link', 'fit', 'care'];
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        'Red',
        'red',
        ' Red ',
        'R',
        'https://x.example/a.jpg',
        'https://x.example/a.jpg, https://x.example/b.jpg',
        '4006381333931',
        'constructor',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...fields), { nil: null }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(fc.array(cell, { minLength: 0, maxLength: 10 }), { minLength: 1, maxLength: 8 }),
        (columnFields, converts, rows) => {
          const plans = columnFields.map((f, i) => plan(i, f, converts[i] ? { R: 'red', Red: 'red', x: 'y' } : undefined));
          const mapper = flatMapper(plans);
          rows.forEach((cells, i) => {
            expect(mapper.push({ rowNo: i + 2, cells }).products).toEqual(general(plans, i + 2, cells));
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('give rows filled the same way the same key, and leave plans where two columns feed one field to the general path', () => {
    const plans = [plan(0, 'id'), plan(1, 'title'), plan(2, 'color', { Rd: 'Red' })];
    const flat = FlatRows.compile(plans, undefined)!;
    const values: string[] = [];
    const how = new Uint8Array(flat.slots);
    const a = flat.read(['A1', 'Mug', 'Rd'], values, how);
    expect(values).toEqual(['A1', 'Mug', 'Red']);
    expect(flat.read(['A2', 'Cup', 'Rd'], values, how)).toBe(a);
    // A converted value and the cell itself are filled differently (the cell cannot be written back as is).
    expect(flat.read(['A3', 'Cup', 'Red'], values, how)).not.toBe(a);
    expect(flat.read(['A4', '', 'Rd'], values, how)).not.toBe(a);
    expect(flat.read(['', '', ''], values, how)).toBeNull();
    expect(FlatRows.compile([plan(0, 'title'), plan(1, 'title')], undefined)).toBeNull();
  });
});
