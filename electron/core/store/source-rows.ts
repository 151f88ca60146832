import type { CellMap } from './products.js';

/*
 * A source row's cells (products.cells for a product's own row, source_rows.cells for the others;
 * schema 9): the cells as read, as a JSON array, where a cell that the row's product reproduces
 * exactly is written as FROM_PRODUCT (the number 0) instead of its text. Most cells of a product row
 * are such copies (a title cell is the product's title), so a row usually stores only what the
 * product does not: blank cells, ignored columns, cells a layout converted. Storing each value once
 * halves the project and the import's writes. Rows written by schema 8 and earlier, and rows
 * without a product, hold every cell's text.
 */

/** Marks a cell whose text is its product's original value of the field read from that column. */
export const FROM_PRODUCT = 0;

export type StoredCell = string | typeof FROM_PRODUCT;

const fieldsByColumnOf = new WeakMap<CellMap, Map<number, string>>();

/**
 * Column index -> the field a FROM_PRODUCT cell in that column stands for: the first field the cell
 * map reads from the column as is (index >= 0). The import writes rows by this same rule.
 */
export function fieldsByColumn(cellMap: CellMap): ReadonlyMap<number, string> {
  let m = fieldsByColumnOf.get(cellMap);
  if (!m) {
    m = new Map();
    for (const f in cellMap) {
      const i = cellMap[f]!;
      if (i >= 0 && !m.has(i)) m.set(i, f);
    }
    fieldsByColumnOf.set(cellMap, m);
  }
  return m;
}

/**
 * The row's cells as read: `stored` (parsed source_rows.cells), filled in place, every FROM_PRODUCT
 * cell replaced by its product's original value (`original(field)`) of the field read from it.
 */
export function rowCells(stored: StoredCell[], original?: (field: string) => string | undefined, cellMap?: CellMap): string[] {
  let byColumn: ReadonlyMap<number, string> | undefined;
  for (let i = 0; i < stored.length; i++) {
    if (stored[i] !== FROM_PRODUCT) continue;
    if (!original || !cellMap) throw new Error(`source row cell ${i + 1} refers to a product the row does not have`);
    byColumn ??= fieldsByColumn(cellMap);
    const f = byColumn.get(i);
    const v = f === undefined ? undefined : original(f);
    if (v === undefined) throw new Error(`source row cell ${i + 1} refers to a value its product does not have`);
    stored[i] = v;
  }
  return stored as string[];
}
