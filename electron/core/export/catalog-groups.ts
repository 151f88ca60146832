import { CANONICAL_FIELDS, isCanonicalField } from '../../../shared/fields.js';
import type { Db } from '../store/index.js';

/** One product as a feed writer reads it: current values, and where each came from in the source. */
export class ExportProduct {
  private attrs?: Record<string, string>;
  private cells?: Record<string, number>;

  constructor(
    private readonly row: Record<string, unknown>,
    private readonly headers: ReadonlyMap<number, readonly string[]>,
  ) {}

  get pid(): number {
    return this.row.pid as number;
  }

  /** Current value of a canonical field or custom attribute; '' when blank. */
  get(field: string): string {
    if (isCanonicalField(field)) return (this.row[field] as string | null) ?? '';
    this.attrs ??= this.row.attrs ? (JSON.parse(this.row.attrs as string) as Record<string, string>) : {};
    return this.attrs[field] ?? '';
  }

  /** Column index the field was read from in the seller's file (negative: inherited from the group's first row). */
  cellIndex(field: string): number | undefined {
    this.cells ??= JSON.parse(this.row.cell_map as string) as Record<string, number>;
    return this.cells[field];
  }

  /** Header of the source column the field came from, e.g. "Variant Grams" (units are read from it). */
  sourceHeader(field: string): string | undefined {
    const i = this.cellIndex(field);
    if (i === undefined) return undefined;
    return this.headers.get(this.row.source_id as number)?.[i < 0 ? -i - 1 : i];
  }
}

/** Products that form one feed entry: a variant group (same item_group_id), or one product alone. */
export interface ProductGroup {
  key: string | null;
  products: ExportProduct[];
}

/**
 * Streams the project's products group by group, groups in the order their first product was
 * imported and products in import order within a group, so scattered variants are brought together.
 */
export function* readGroups(db: Db): Generator<ProductGroup> {
  const headers = new Map<number, string[]>();
  for (const s of db.prepare('SELECT source_id, header FROM sources').all() as { source_id: number; header: string }[]) {
    headers.set(s.source_id, JSON.parse(s.header) as string[]);
  }
  const cols = CANONICAL_FIELDS.map((f) => `p."${f}"`).join(', ');
  const stmt = db.prepare(
    `WITH g AS (SELECT item_group_id AS k, min(pid) AS first FROM products WHERE item_group_id <> '' GROUP BY item_group_id)
     SELECT p.pid, p.source_id, p.attrs, p.cell_map, ${cols}, coalesce(g.first, p.pid) AS group_order
     FROM products p LEFT JOIN g ON g.k = p.item_group_id
     ORDER BY group_order, p.pid`,
  );
  let current: ProductGroup | null = null;
  let order = -1;
  for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
    const product = new ExportProduct(row, headers);
    if (current && row.group_order === order) {
      current.products.push(product);
      continue;
    }
    if (current) yield current;
    order = row.group_order as number;
    current = { key: (row.item_group_id as string | null) || null, products: [product] };
  }
  if (current) yield current;
}

/** The project's own settings that feeds use (meta table): the currency for prices that name none. */
export function projectCurrency(db: Db): string {
  const r = db.prepare(`SELECT value FROM meta WHERE key = 'currency'`).get() as { value: string } | undefined;
  return r?.value && /^[A-Z]{3}$/.test(r.value) ? r.value : 'USD';
}
