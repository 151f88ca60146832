import type { MappedProduct } from '../types.js';
import { convertCell, type ColumnPlan } from './plan.js';

/** FlatRows.read: the row has no cell filled (no product). */
export const BLANK_ROW = null;
/** FlatRows.read: the row needs the general path (its image cell may list several images). */
export const SPLIT_ROW = -1;

/** What a row's value in one slot is: none (blank cell), the cell itself, or a value made from it. */
export const NONE = 0;
export const OWN = 1;
export const MADE = 2;

/** A character that splitImageList may split an image cell at (values.ts LIST_SPLIT). */
const MAY_LIST = /[,~|;\s]/;

/**
 * A one-row-per-product column plan compiled for a million rows: each row's values land in a
 * reused array, one slot per mapped column, and the row gets a key saying which slots are filled
 * and how, so everything that only depends on that (the product's columns, its cell map, which
 * cells it reproduces) is worked out once per key rather than once per row (import/product-rows.ts).
 * It builds the same products as buildProduct (plan.ts), which stays the general path: plans where
 * two columns feed one field, and rows whose image cell lists several images.
 */
export class FlatRows {
  /** Per slot: the field it fills and the column it reads (the last slot may be id taken from the GTIN column). */
  readonly fields: string[] = [];
  readonly columns: number[] = [];
  private readonly converts: (Record<string, string> | undefined)[] = [];
  private readonly imageSlot: number;
  private readonly gtinSlot: number;
  /** Slots that read a column (the id-from-GTIN slot, when there is one, comes after them). */
  private readonly columnSlots: number;

  private constructor(plans: ColumnPlan[], gtinColumn: number | undefined) {
    for (const p of plans) {
      if (!p.field || p.derived) continue;
      this.fields.push(p.field);
      this.columns.push(p.index);
      this.converts.push(p.convert);
    }
    this.columnSlots = this.fields.length;
    this.imageSlot = this.fields.indexOf('image_link');
    this.gtinSlot = gtinColumn === undefined ? -1 : this.columns.indexOf(gtinColumn);
    // A file whose only identifier is the barcode (Open Food Facts' "code"): the GTIN is the id.
    if (this.gtinSlot >= 0) {
      this.fields.push('id');
      this.columns.push(gtinColumn!);
    }
  }

  /** Compiles `plans`, or null when two columns feed one field (the first filled one wins: row by row). */
  static compile(plans: ColumnPlan[], gtinColumn: number | undefined): FlatRows | null {
    const seen = new Set<string>();
    for (const p of plans) {
      if (!p.field || p.derived) continue;
      if (seen.has(p.field)) return null;
      seen.add(p.field);
    }
    return new FlatRows(plans, gtinColumn);
  }

  get slots(): number {
    return this.fields.length;
  }

  /**
   * Reads one row into `values` and `how` (NONE/OWN/MADE per slot) and returns its key (the same
   * for rows filled the same way), BLANK_ROW or SPLIT_ROW.
   */
  read(cells: string[], values: string[], how: Uint8Array): number | string | typeof BLANK_ROW {
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== '') {
        blank = false;
        break;
      }
    }
    if (blank) return BLANK_ROW;
    const n = this.columnSlots;
    for (let s = 0; s < n; s++) {
      const cell = cells[this.columns[s]!] ?? '';
      if (cell === '') {
        values[s] = '';
        how[s] = NONE;
        continue;
      }
      const convert = this.converts[s];
      const value = convert ? convertCell(convert, cell) : cell;
      if (s === this.imageSlot && MAY_LIST.test(value)) return SPLIT_ROW;
      values[s] = value;
      how[s] = value === cell ? OWN : MADE;
    }
    if (this.gtinSlot >= 0) {
      const id = how[this.gtinSlot] === NONE ? '' : values[this.gtinSlot]!;
      values[n] = id;
      how[n] = id === '' ? NONE : MADE;
    }
    return keyOf(how, this.fields.length);
  }

  /** The product a read row makes (what buildProduct makes of it). */
  product(rowNo: number, values: string[], how: Uint8Array): MappedProduct {
    const p: MappedProduct = { rowNo, values: {}, cellMap: {} };
    for (let s = 0; s < this.fields.length; s++) {
      if (how[s] === NONE) continue;
      const f = this.fields[s]!;
      p.values[f] = values[s]!;
      p.cellMap[f] = how[s] === OWN ? this.columns[s]! : -(this.columns[s]! + 1);
    }
    return p;
  }
}

/** Base-3 digits of `how` as a number while exact (33 slots), as a string beyond. */
function keyOf(how: Uint8Array, n: number): number | string {
  if (n <= 33) {
    let k = 0;
    for (let s = 0; s < n; s++) k = k * 3 + how[s]!;
    return k;
  }
  return how.subarray(0, n).join('');
}
