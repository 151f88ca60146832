import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import { cellMapReader, type CellMap, type Db } from '../store/index.js';

// Columns read per product, by position: better-sqlite3's raw rows (arrays) are much cheaper than objects.
const COLUMNS = ['pid', 'source_id', 'attrs', 'cell_map', ...CANONICAL_FIELDS] as const;
const AT: Record<string, number> = Object.fromEntries(COLUMNS.map((c, i) => [c, i]));
const SELECT = COLUMNS.map((c) => `p."${c}"`).join(', ');

/** One product as a feed writer reads it: current values, and where each came from in the source. */
export class ExportProduct {
  private attrs?: Record<string, string>;
  private cells?: CellMap;
  private imageList?: string[];

  constructor(
    private readonly row: readonly unknown[],
    private readonly headers: ReadonlyMap<number, readonly string[]>,
    private readonly cellMapOf: (sourceId: number, cellMap: string) => CellMap,
  ) {}

  get pid(): number {
    return this.row[0] as number;
  }

  /** Current value of a canonical field or custom attribute; '' when blank. */
  get(field: string): string {
    const at = AT[field];
    if (at !== undefined && at > 3) return (this.row[at] as string | null) ?? '';
    const raw = this.row[2] as string | null;
    this.attrs ??= raw ? (JSON.parse(raw) as Record<string, string>) : {};
    return this.attrs[field] ?? '';
  }

  /** image_link first, then each additional_image_link entry (comma-separated, as GMC text feeds write them); read once. */
  images(): string[] {
    if (!this.imageList) {
      const all = [this.get('image_link'), ...this.get('additional_image_link').split(',')].map((u) => u.trim()).filter(Boolean);
      this.imageList = [...new Set(all)];
    }
    return this.imageList;
  }

  /** Column index the field was read from in the seller's file (negative: inherited from the group's first row). */
  cellIndex(field: string): number | undefined {
    this.cells ??= this.cellMapOf(this.row[1] as number, this.row[3] as string);
    return this.cells[field];
  }

  /** Header of the source column the field came from, e.g. "Variant Grams" (units are read from it). */
  sourceHeader(field: string): string | undefined {
    const i = this.cellIndex(field);
    if (i === undefined) return undefined;
    return this.headers.get(this.row[1] as number)?.[i < 0 ? -i - 1 : i];
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
 * Most catalogs list a group's variants together; only when one does not is the whole read sorted.
 */
export function* readGroups(db: Db): Generator<ProductGroup> {
  const headers = new Map<number, string[]>();
  for (const s of db.prepare('SELECT source_id, header FROM sources').all() as { source_id: number; header: string }[]) {
    headers.set(s.source_id, JSON.parse(s.header) as string[]);
  }
  // A group whose pids are not consecutive has other products between its variants.
  const scattered = db
    .prepare(
      `SELECT 1 FROM products WHERE item_group_id <> '' GROUP BY item_group_id HAVING max(pid) - min(pid) + 1 > count(*) LIMIT 1`,
    )
    .get();
  const stmt = scattered
    ? db.prepare(
        `WITH g AS (SELECT item_group_id AS k, min(pid) AS first FROM products WHERE item_group_id <> '' GROUP BY item_group_id)
         SELECT ${SELECT} FROM products p LEFT JOIN g ON g.k = p.item_group_id ORDER BY coalesce(g.first, p.pid), p.pid`,
      )
    : db.prepare(`SELECT ${SELECT} FROM products p ORDER BY p.pid`);
  stmt.raw(true);
  const groupAt = AT.item_group_id!;
  const cellMapOf = cellMapReader(db);
  let current: ProductGroup | null = null;
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    const product = new ExportProduct(row, headers, cellMapOf);
    const key = (row[groupAt] as string | null) || null;
    if (current && key !== null && key === current.key) {
      current.products.push(product);
      continue;
    }
    if (current) yield current;
    current = { key, products: [product] };
  }
  if (current) yield current;
}

/** The project's own settings that feeds use (meta table): the currency for prices that name none. */
export function projectCurrency(db: Db): string {
  const r = db.prepare(`SELECT value FROM meta WHERE key = 'currency'`).get() as { value: string } | undefined;
  return r?.value && /^[A-Z]{3}$/.test(r.value) ? r.value : 'USD';
}
