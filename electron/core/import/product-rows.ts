import { CANONICAL_FIELDS, type ProductValues } from '../../../shared/fields.js';
import { fieldsByColumn, FROM_PRODUCT, type StoredCell } from '../store/source-rows.js';
import { NONE, type FlatRows } from './layouts/flat.js';
import { sharedCellMapRef } from '../store/products.js';
import type { ImportBatch, InsertForm } from './messages.js';
import { ProductsPacker } from './packed-products.js';
import type { MappedProduct } from './types.js';

/*
 * Turns products and rows into the insert-ready data of ImportBatch (messages.ts), in the worker.
 * The work per row is kept to copying values: what depends only on which fields a product fills
 * (its shape, its cell map, which of its row's cells it reproduces, its insert form) is worked out
 * once and reused.
 */

const FIELD_INDEX = new Map<string, number>(CANONICAL_FIELDS.map((f, i) => [f, i]));
/**
 * Most products of a file share one of a few cell maps (the columns their values came from), so
 * each distinct map is stored once per source; past this many, a product keeps its own (e.g. a
 * very sparse file where every product fills a different set of columns).
 */
const MAX_SHARED_CELL_MAPS = 4096;
/**
 * Each shape is one prepared INSERT in the inserting thread; a file whose rows fill ever new sets of
 * fields (a very sparse one) would make one per row. Past this many, products use the shape of all
 * canonical fields, binding NULL for the empty ones.
 */
const MAX_SHAPES = 256;
/**
 * Forms that write constants (InsertForm): each is one more prepared INSERT, so past this many a
 * product binds everything, with the one form of its shape that does (there are at most
 * MAX_SHAPES + 1 of those).
 */
const MAX_CONSTANT_FORMS = 256;
const ALL_FIELDS = CANONICAL_FIELDS.map((_, i) => i);
/** Distinct row patterns worked out and kept (FlatRows keys); past this many a row's is worked out again. */
const MAX_PATTERNS = 4096;

/** One distinct cell map of the import. */
export interface CellMapEntry {
  /** products.cell_map: '@n' for the n-th of the import's shared maps, or its own JSON past MAX_SHARED_CELL_MAPS. */
  ref: string;
  /** (column, field) for each column a field's value was read from as is: the first such field per column. */
  own: [number, string][];
}

/** What a flat row's key (FlatRows.read) decides. */
interface Pattern {
  /** The canonical fields its products bind (its shape). */
  fields: number[];
  /** Slots of the shape's fields, in its order (-1: the shape has a field the row leaves empty). */
  canonical: number[];
  /** Slots of custom attributes and their JSON keys (`"name":`). */
  attrs: number[];
  attrKeys: string[];
  map: CellMapEntry;
  /** Per cell index: the product reproduces the cell. */
  own: boolean[];
  /** Stored cells of a row whose other cells are all blank, by the row's length. */
  plain: string[];
  /** Its forms by what products.cells is: bound, NULL, or a plain row's constant text. */
  forms: Map<true | string | null, Form>;
}

/** A form and its number in the import. */
interface Form {
  n: number;
  form: InsertForm;
}

export class ProductRows {
  private batch: ImportBatch | undefined;
  private readonly out = new ProductsPacker();
  private readonly shapes = new Map<string, number[]>();
  private readonly forms = new Map<string, Form>();
  private constantForms = 0;
  /** The form binding everything, by shape (shape() returns one array per shape). */
  private readonly bindAll = new Map<number[], Form>();
  private readonly maps = new Map<string, CellMapEntry>();
  private readonly patterns = new Map<number | string, Pattern>();
  // The previous product's map: consecutive products nearly always share one, and comparing is cheaper than encoding.
  private last: { map: Record<string, number>; keys: number; entry: CellMapEntry } | null = null;
  /**
   * A product's row is stored with the product (products.cells) while products come in row order,
   * so `source` export reads products and the other rows (source_rows) in one merge by row.
   */
  private lastRowWithProduct = 0;

  /** Where the next products and rows go; the batch before it is sealed. */
  into(batch: ImportBatch): void {
    if (this.batch) this.seal();
    this.batch = batch;
  }

  /** Puts the products so far into the current batch (packed): call before sending it. */
  seal(): void {
    this.batch!.products = this.out.pack();
  }

  /** Characters of text the current batch's products hold so far. */
  get textLength(): number {
    return this.out.textLength;
  }

  /** A row FlatRows.read gave `key`: its product (ordinal `k`) with its row, in one go. */
  flat(flat: FlatRows, k: number, rowNo: number, cells: string[], values: string[], how: Uint8Array, key: number | string): void {
    let pat = this.patterns.get(key);
    if (!pat) {
      pat = this.pattern(flat, rowNo, values, how);
      if (this.patterns.size < MAX_PATTERNS) this.patterns.set(key, pat);
    }
    const b = this.batch!;
    const stored = flatCells(cells, pat.own, pat.plain);
    const withRow = rowNo > this.lastRowWithProduct;
    // A row whose every filled cell its product reproduces is stored as its length's constant text.
    const kind = !withRow ? null : stored === pat.plain[cells.length] ? stored : true;
    let f = pat.forms.get(kind);
    if (!f) {
      f = this.form(pat.fields, pat.map.ref, pat.attrs.length > 0, kind);
      pat.forms.set(kind, f);
    }
    const { form } = f;
    const out = this.out;
    out.head(f.n, rowNo);
    if (form.cellMap === null) out.value(pat.map.ref);
    if (form.attrs) out.value(pat.attrs.length ? attrsJson(pat, values) : null);
    if (form.cells === true) out.value(withRow ? stored : null);
    for (let i = 0; i < pat.canonical.length; i++) {
      const slot = pat.canonical[i]!;
      out.value(slot < 0 ? null : values[slot]!);
    }
    if (withRow) {
      this.lastRowWithProduct = rowNo;
      b.productRows++;
    } else b.rows.push(rowNo, stored, k);
  }

  /**
   * A product a layout made (ordinal `k`). `cells`: its row's cells, when the row is not stored yet;
   * they are stored with the product if its row comes after every row stored so, and then true is
   * returned. Otherwise the row goes through row(), with the cell map entry returned in `made`.
   */
  product(k: number, p: MappedProduct, cells?: string[]): { entry: CellMapEntry; withRow: boolean } {
    const fields: number[] = [];
    const values: string[] = [];
    let attrs: Record<string, string> | null = null;
    for (const f in p.values) {
      const v = p.values[f];
      if (!v) continue;
      const i = FIELD_INDEX.get(f);
      if (i === undefined) {
        (attrs ??= {})[f] = v;
        continue;
      }
      // Kept in field order (the shape's order): a product has a few dozen fields at most.
      let at = fields.length;
      while (at > 0 && fields[at - 1]! > i) at--;
      fields.splice(at, 0, i);
      values.splice(at, 0, v);
    }
    const entry = this.cellMap(p.cellMap);
    const withRow = cells !== undefined && p.rowNo > this.lastRowWithProduct;
    const stored = withRow ? madeCells(cells, p.values, entry.own) : null;
    if (withRow) {
      this.lastRowWithProduct = p.rowNo;
      this.batch!.productRows++;
    }
    const out = this.out;
    const shape = this.shape(fields);
    // Products a layout made (grouped rows) vary in map and cells: the form of the shape that binds everything.
    let form = this.bindAll.get(shape);
    if (!form) this.bindAll.set(shape, (form = this.form(shape, null, true, true)));
    out.head(form.n, p.rowNo);
    out.value(entry.ref);
    out.value(attrs ? JSON.stringify(attrs) : null);
    out.value(stored);
    // The shape is this product's fields, or past MAX_SHAPES every canonical field (index i at position i).
    if (shape.length === fields.length) for (const v of values) out.value(v);
    else for (let i = 0, j = 0; i < shape.length; i++) out.value(fields[j] === i ? values[j++]! : null);
    return { entry, withRow };
  }

  /** A row without its product: none (-1), or `made`, which may reproduce some of its cells. */
  row(rowNo: number, cells: string[], k: number, made?: { p: MappedProduct; entry: CellMapEntry }): void {
    this.batch!.rows.push(rowNo, made ? madeCells(cells, made.p.values, made.entry.own) : JSON.stringify(cells), k);
  }

  /** The fields a product filling `fields` (ascending) binds: `fields` (or an equal array), or all past MAX_SHAPES. */
  private shape(fields: number[]): number[] {
    const key = fields.join(',');
    const known = this.shapes.get(key);
    if (known) return known;
    if (this.shapes.size >= MAX_SHAPES && fields !== ALL_FIELDS) return this.shape(ALL_FIELDS);
    this.shapes.set(key, fields);
    return fields;
  }

  /** The form binding `fields` with these constants, new ones announced in the batch; past MAX_CONSTANT_FORMS, the one binding everything. */
  private form(fields: number[], cellMap: string | null, attrs: boolean, cells: true | string | null): Form {
    const constant = cellMap !== null || !attrs || cells !== true;
    const key = `${fields.join(',')}|${attrs ? 1 : 0}|${cells === true ? 'bound' : cells === null ? 'null' : `=${cells}`}|${cellMap ?? ''}`;
    const known = this.forms.get(key);
    if (known) return known;
    if (constant && this.constantForms >= MAX_CONSTANT_FORMS) return this.form(fields, null, true, true);
    if (constant) this.constantForms++;
    const f: Form = { n: this.forms.size, form: { fields, cellMap, attrs, cells } };
    this.forms.set(key, f);
    this.batch!.forms.push(f.form);
    return f;
  }

  private cellMap(map: Record<string, number>): CellMapEntry {
    const last = this.last;
    if (last && sameCellMap(map, last.map, last.keys)) return last.entry;
    const json = JSON.stringify(map);
    let entry = this.maps.get(json);
    if (!entry) {
      if (this.maps.size >= MAX_SHARED_CELL_MAPS) return { ref: json, own: ownColumns(map) };
      entry = { ref: sharedCellMapRef(this.maps.size), own: ownColumns(map) };
      this.maps.set(json, entry);
      this.batch!.cellMaps.push(json);
    }
    this.last = { map, keys: Object.keys(map).length, entry };
    return entry;
  }

  private pattern(flat: FlatRows, rowNo: number, values: string[], how: Uint8Array): Pattern {
    const canonical: [number, number][] = [];
    const attrs: number[] = [];
    for (let s = 0; s < flat.slots; s++) {
      if (how[s] === NONE) continue;
      const i = FIELD_INDEX.get(flat.fields[s]!);
      if (i === undefined) attrs.push(s);
      else canonical.push([i, s]);
    }
    canonical.sort((a, b) => a[0] - b[0]);
    const map = this.cellMap(flat.product(rowNo, values, how).cellMap);
    const own: boolean[] = [];
    for (const [i] of map.own) own[i] = true;
    const fields = this.shape(canonical.map((c) => c[0]));
    const slotOf = new Map(canonical);
    return {
      fields,
      canonical: fields.map((i) => slotOf.get(i) ?? -1),
      attrs,
      attrKeys: attrs.map((s) => `${JSON.stringify(flat.fields[s])}:`),
      map,
      own,
      plain: [],
      forms: new Map(),
    };
  }
}

function attrsJson(pat: Pattern, values: string[]): string {
  let s = '{';
  for (let i = 0; i < pat.attrs.length; i++) s += (i ? ',' : '') + pat.attrKeys[i] + JSON.stringify(values[pat.attrs[i]!]);
  return s + '}';
}

/** A flat row's stored cells (store/source-rows.ts): its product reproduces the cells marked in `own`. */
function flatCells(cells: string[], own: boolean[], plain: string[]): string {
  for (let i = 0; i < cells.length; i++) {
    if (!own[i] && cells[i] !== '') return JSON.stringify(cells.map((c, j): StoredCell => (own[j] ? FROM_PRODUCT : c)));
  }
  return (plain[cells.length] ??= JSON.stringify(cells.map((_, j): StoredCell => (own[j] ? FROM_PRODUCT : ''))));
}

/** A row's stored cells, given the product made from it: a cell equal to the value read from it is left to the product. */
function madeCells(cells: string[], values: ProductValues, own: [number, string][]): string {
  let stored: StoredCell[] | null = null;
  for (const [i, f] of own) {
    if (i < cells.length && cells[i] !== '' && cells[i] === values[f]) (stored ??= cells.slice())[i] = FROM_PRODUCT;
  }
  return JSON.stringify(stored ?? cells);
}

function ownColumns(map: Record<string, number>): [number, string][] {
  return [...fieldsByColumn(map)];
}

/** Whether a cell map has exactly `bKeys` entries, all equal to b's. */
function sameCellMap(a: Record<string, number>, b: Record<string, number>, bKeys: number): boolean {
  let n = 0;
  for (const k in a) {
    if (a[k] !== b[k]) return false;
    n++;
  }
  return n === bKeys;
}
