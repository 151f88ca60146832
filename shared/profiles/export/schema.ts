import { z } from 'zod';

/**
 * The shape of one marketplace export profile (a JSON file beside this one). A profile lists the
 * feed's columns in order and says how each cell is filled from the canonical product fields; the
 * engine only knows row layouts and a few named fills, never a marketplace's column names.
 */

/** Kinds of rows a feed can hold. A row can be several at once (a single product is also `first`). */
export const ROW_KINDS = [
  'single', // a product that is not part of a variant group
  'parent', // the group's own row (WooCommerce "variable", Amazon "parent"); carries no offer
  'variant', // one sellable variant inside a group
  'first', // the first row written for a group (Shopify: the row that carries product-level cells)
  'image', // a Shopify image-only row
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Named ways to compute a cell; each is implemented once in electron/core/export/fills.ts. */
export const FILLS = [
  'price', // "15.00 USD": amount with 2 decimals (0 for zero-decimal currencies) and ISO 4217 code
  'amount', // "15.00": the same amount without the currency
  'current_price', // amount of sale_price when set, else of price (Shopify "Price")
  'compare_at_price', // amount of price when a lower sale_price is set (Shopify "Compare-at price")
  'availability', // GMC enum from availability (through the profile's `availability` map), else from quantity
  'image', // the product's Nth image (arg: 0 = image_link, 1.. = additional_image_link entries)
  'images', // all the product's images, joined with ", "
  'group_images', // every distinct image of the group, joined with ", "
  'variant_image', // the variant's image_link when the group's variants do not all share one (else it is the product's image, not the variant's)
  'row_image', // Shopify: the group's image this row carries (first row: image 1; image rows: the next ones)
  'image_position', // Shopify: 1-based position of row_image
  'handle', // Shopify URL handle: the item_group_id (else title, else id) as lowercase letters, digits and dashes
  'group_sku', // the group's own SKU: its item_group_id
  'option_name', // name of the Nth variant option (arg: 1..3)
  'option_value', // value of the Nth option; on a parent row, every value in the group joined with ", "
  'variation_theme', // Amazon: the option names joined in the profile's theme order, e.g. "SizeColor"
  'variant_title', // the title followed by " - " and the variant's option values
  'gtin_type', // UPC (12 digits), EAN (8 or 13), ISBN (13, 978/979 prefix), GTIN (14)
  'digits', // the value with spaces and dashes removed (identifiers)
  'weight', // shipping_weight as number and unit, e.g. "500 g" (a plain number takes its unit from the source column's header)
  'grams', // shipping_weight converted to grams (a plain number takes its unit from the source column's header)
  'kilograms', // ... to kilograms
  'pounds', // ... to pounds
] as const;
export type FillName = (typeof FILLS)[number];

/** How one cell is filled: from fields, a constant, or a named fill; then optionally through a value map. */
const CellSpec = z.object({
  /** Canonical field or custom attribute names; the first that is not blank is used. */
  from: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  value: z.string().optional(),
  fill: z.enum(FILLS).optional(),
  arg: z.number().int().min(0).optional(),
  /** Name of a map in the profile's `maps`: the value (trimmed, lower-cased) is looked up, unknown values pass through. */
  map: z.string().optional(),
  /** Only filled when this field is not blank. */
  if: z.string().optional(),
});

const Column = CellSpec.extend({
  header: z.string().min(1),
  /** The human label row some templates carry above the attribute names (Amazon). */
  label: z.string().optional(),
  /** Row kinds that get this cell; default: every kind except `image`. */
  rows: z.array(z.enum(ROW_KINDS)).min(1).optional(),
  /** Different filling on some row kinds (e.g. WooCommerce Type: simple / variable / variation). */
  on: z.partialRecord(z.enum(ROW_KINDS), CellSpec).optional(),
  /** The marketplace requires a value: products written without one are counted in the export warnings. */
  required: z.boolean().optional(),
  /** XML: the value is a list split on this separator, one element per entry (GMC additional_image_link). */
  list: z.string().optional(),
  /** Where the marketplace documents this column. */
  source: z.string().min(1),
});

export const ExportProfileSchema = z
  .object({
    $comment: z.string().optional(),
    profile: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    /** The marketplace's published specification for the whole file. */
    source: z.string().min(1),
    /** Formats this profile writes; the first is the default. */
    formats: z.array(z.enum(['csv', 'tsv', 'xml'])).min(1),
    /** flat: one row per product. shopify: variant rows per handle, then image-only rows. parent-child: a parent row before each group's variants. */
    layout: z.enum(['flat', 'shopify', 'parent-child']),
    /** Rows written before the header (Amazon's template-type row). */
    preamble: z.array(z.array(z.string())).optional(),
    /** Header rows in order: `labels` (each column's label) and `headers` (each column's header). */
    headerRows: z
      .array(z.enum(['labels', 'headers']))
      .min(1)
      .default(['headers']),
    xml: z
      .object({
        namespace: z.object({ prefix: z.string().min(1), uri: z.string().min(1) }),
        channel: z.object({ title: z.string().min(1), description: z.string().min(1) }),
        source: z.string().min(1),
      })
      .optional(),
    options: z.object({
      /** Fields that can tell variants apart, in the order they become Option1, Option2, ... when the source gives no order. */
      fields: z.array(z.string().min(1)).min(1),
      /** How each option field is named in the feed (Shopify "Option1 name", WooCommerce "Attribute 1 name"). */
      names: z.record(z.string(), z.string().min(1)),
      max: z.number().int().min(1).max(10),
      /** What a product with no variants says in option 1 (Shopify: Title / Default Title). */
      single: z.object({ name: z.string(), value: z.string() }).optional(),
      /** A product with no variants lists its own option fields as attributes (WooCommerce simple products). */
      singleAttributes: z.boolean().optional(),
      /** Amazon variation_theme: option names in theme order. */
      theme: z.array(z.string().min(1)).optional(),
      source: z.string().min(1),
    }),
    maps: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    columns: z.array(Column).min(1),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.columns.forEach((c, i) => {
      if (seen.has(c.header))
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'header'], message: `duplicate column "${c.header}"` });
      seen.add(c.header);
      const specs = [c, ...Object.values(c.on ?? {})];
      for (const s of specs) {
        if (s.from === undefined && s.value === undefined && s.fill === undefined) {
          ctx.addIssue({ code: 'custom', path: ['columns', i], message: `column "${c.header}" needs from, value or fill` });
        }
        if (s.map && !(s.map in p.maps))
          ctx.addIssue({ code: 'custom', path: ['columns', i, 'map'], message: `no map named "${s.map}"` });
      }
    });
    if (p.formats.includes('xml') && !p.xml)
      ctx.addIssue({ code: 'custom', path: ['xml'], message: 'a profile that writes xml needs an xml section' });
  });

export type ExportProfile = z.infer<typeof ExportProfileSchema>;
export type ExportColumn = ExportProfile['columns'][number];
export type CellSpec = z.infer<typeof CellSpec>;
