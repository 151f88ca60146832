import type { MappedProduct } from '../types.js';
import { inheritable, type ColumnPlan, type Inherited } from './plan.js';

/**
 * Parents and children spread over a file (WooCommerce variable products and their variations,
 * Amazon parent and child SKUs): a parent is not sellable, so it becomes a product only if no child
 * names it; children inherit its product-level values. Only parent rows are remembered, so memory
 * grows with the number of parents, not with the file.
 */
export class Family {
  private readonly parents = new Map<string, { info: Inherited; group: string; product: MappedProduct | null }>();
  private readonly order: string[] = [];

  constructor(private readonly plans: ColumnPlan[]) {}

  /** Remembers a parent row under every reference a child may use (SKU, `id:N`, ...); a pending parent waits to see whether a child names it. */
  addParent(refs: string[], group: string, parent: MappedProduct, pending: boolean): void {
    const entry = { info: inheritable(this.plans, parent), group, product: pending ? parent : null };
    const own = refs.filter(Boolean);
    for (const r of own) this.parents.set(r, entry);
    if (own[0]) this.order.push(own[0]);
  }

  /** The parent a child names, marking it as having children (so it is not emitted as a product). */
  claim(ref: string): { info: Inherited; group: string } | undefined {
    const e = this.parents.get(ref);
    if (!e) return undefined;
    e.product = null;
    return e;
  }

  /** Parents no child claimed: they are products after all (a variable product with no variations). */
  unclaimed(): MappedProduct[] {
    const out: MappedProduct[] = [];
    for (const r of this.order) {
      const e = this.parents.get(r);
      if (e?.product) {
        out.push(e.product);
        e.product = null;
      }
    }
    return out.sort((a, b) => a.rowNo - b.rowNo);
  }
}
