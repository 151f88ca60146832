import type { Db } from '../store/index.js';
import type { ProductGroup } from './catalog-groups.js';

/** Shopify handles are lower-case letters, digits and dashes (help.shopify.com/en/manual/products/import-export/using-csv). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Names each group's URL handle: its item_group_id (already a handle when the catalog came from
 * Shopify), else the title, else the SKU. Two groups never share a handle, since Shopify would merge
 * them into one product; a product without a group never takes a handle a real group will use.
 */
export class HandleNamer {
  private readonly used = new Set<string>();
  private reserved?: Set<string>;

  constructor(private readonly db: Db) {}

  name(group: ProductGroup): string {
    const first = group.products[0]!;
    let base = group.key ? slugify(group.key) : '';
    const fromKey = base !== '';
    if (!base) base = slugify(first.get('title')) || slugify(first.get('id')) || `product-${first.pid}`;
    if (!fromKey) {
      this.reserved ??= new Set(
        (
          this.db.prepare(`SELECT DISTINCT item_group_id AS k FROM products WHERE item_group_id <> ''`).all() as { k: string }[]
        ).map((r) => slugify(r.k)),
      );
    }
    let handle = base;
    for (let n = 2; this.used.has(handle) || (!fromKey && this.reserved!.has(handle)); n++) handle = `${base}-${n}`;
    this.used.add(handle);
    return handle;
  }
}
