import type { ExportProfile, RowKind } from '../../../shared/profiles/export/index.js';
import type { ExportProduct, ProductGroup } from './catalog-groups.js';
import { groupImages } from './product-images.js';
import type { GroupOptions } from './variant-options.js';

/** One group while it is being written, with what its rows share (computed at most once). */
export class GroupContext {
  private images?: string[];
  private handleText?: string;

  constructor(
    readonly group: ProductGroup,
    readonly options: GroupOptions,
    private readonly nameHandle: (g: ProductGroup) => string,
  ) {}

  get first(): ExportProduct {
    return this.group.products[0]!;
  }

  allImages(): string[] {
    return (this.images ??= groupImages(this.group.products));
  }

  handle(): string {
    return (this.handleText ??= this.nameHandle(this.group));
  }
}

/** One row of a feed: which kinds of row it is, the product it describes, and (Shopify) the image it carries. */
export interface FeedRow {
  kinds: ReadonlySet<RowKind>;
  product: ExportProduct;
  ctx: GroupContext;
  image?: { url: string; position: number };
}

/** Whether a row stands for a sellable product (counted in the export and checked for required values). */
export function isProductRow(row: FeedRow): boolean {
  return row.kinds.has('single') || row.kinds.has('variant');
}

const SINGLE: ReadonlySet<RowKind> = new Set(['single', 'first']);
const FIRST_VARIANT: ReadonlySet<RowKind> = new Set(['variant', 'first']);
const VARIANT: ReadonlySet<RowKind> = new Set(['variant']);
const PARENT: ReadonlySet<RowKind> = new Set(['parent', 'first']);
const IMAGE: ReadonlySet<RowKind> = new Set(['image']);

function* productRows(ctx: GroupContext): Generator<FeedRow> {
  const { products } = ctx.group;
  if (products.length === 1) {
    yield { kinds: SINGLE, product: products[0]!, ctx };
    return;
  }
  for (let i = 0; i < products.length; i++) yield { kinds: i === 0 ? FIRST_VARIANT : VARIANT, product: products[i]!, ctx };
}

/** How each layout turns a group into rows. */
export const ROW_LAYOUTS: Record<ExportProfile['layout'], (ctx: GroupContext) => Iterable<FeedRow>> = {
  flat: productRows,

  /** One row per variant (the first carries image 1), then one image-only row per further image. */
  *shopify(ctx) {
    const images = ctx.allImages();
    for (const row of productRows(ctx)) {
      yield row.kinds.has('first') && images.length ? { ...row, image: { url: images[0]!, position: 1 } } : row;
    }
    for (let i = 1; i < images.length; i++)
      yield { kinds: IMAGE, product: ctx.first, ctx, image: { url: images[i]!, position: i + 1 } };
  },

  /** A product alone is one row; a group is its parent row followed by one row per variant. */
  *['parent-child'](ctx) {
    if (ctx.group.products.length > 1) yield { kinds: PARENT, product: ctx.first, ctx };
    for (const row of productRows(ctx)) yield row.kinds.has('variant') ? { ...row, kinds: VARIANT } : row;
  },
};
