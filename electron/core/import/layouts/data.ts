import { z } from 'zod';
import synonymsJson from '../../../../shared/data/header-synonyms.json' with { type: 'json' };
import vocabulariesJson from '../../../../shared/data/value-vocabularies.json' with { type: 'json' };
import shopifyJson from '../../../../shared/data/shopify-columns.json' with { type: 'json' };
import woocommerceJson from '../../../../shared/data/woocommerce-columns.json' with { type: 'json' };
import amazonJson from '../../../../shared/data/amazon-columns.json' with { type: 'json' };
import tiktokJson from '../../../../shared/data/tiktok-columns.json' with { type: 'json' };
import googleJson from '../../../../shared/data/google-columns.json' with { type: 'json' };
import { CANONICAL_FIELDS, isCanonicalField } from '../../../../shared/fields.js';
import { LAYOUTS } from '../../../../shared/layouts.js';

/**
 * The layout data files, validated once when the engine loads: a typo in a data file fails loudly
 * here (naming the file and the path inside it) instead of mapping columns wrongly.
 */
const canonical = z.enum(CANONICAL_FIELDS);

export const SynonymsSchema = z
  .object({ $comment: z.string() })
  .catchall(z.union([z.string(), z.array(z.string().min(1))]))
  .superRefine((v, ctx) => {
    for (const k of Object.keys(v)) {
      if (k !== '$comment' && !isCanonicalField(k))
        ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is not a canonical field` });
    }
  });

const Vocabulary = z.object({
  source: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  patterns: z.array(z.string()).optional(),
});
export const VocabulariesSchema = z.object({
  $comment: z.string(),
  color: Vocabulary,
  size: Vocabulary,
  gender: Vocabulary,
  availability: Vocabulary,
  condition: Vocabulary,
  age_group: Vocabulary,
});

const Level = z.enum(['product', 'variant']);
export const ShopifySpecSchema = z.object({
  $comment: z.string(),
  source: z.string().min(1),
  handle: z.array(z.string()).min(1),
  columns: z.record(z.string(), z.object({ field: canonical.optional(), level: Level })),
  imageColumns: z.array(z.string()),
  optionColumns: z.array(z.tuple([z.string(), z.string()])),
  imageDetailColumns: z.array(z.string()),
  $metafields: z.string(),
  metafields: z.record(z.string(), canonical),
});

export const TableColumnSchema = z.object({
  names: z.array(z.string().min(1)).min(1),
  /** Canonical field the column feeds; absent = custom attribute named after the column; null = the same, said explicitly. */
  field: canonical.nullable().optional(),
  /** A structural meaning the layout's row logic uses (parent link, row type, ...). */
  role: z.enum(['wp_id', 'type', 'parent', 'parent_child', 'group', 'variation']).optional(),
  /** A variation/child with a blank cell takes its parent's (or group's first row's) value. */
  inherit: z.boolean().optional(),
  /** The column is distinctive of this layout (counts for detection). */
  marker: z.boolean().optional(),
  /** Cell text -> field value, where the layout encodes a field its own way (WooCommerce `In stock?` 1/0). */
  values: z.record(z.string(), z.string()).optional(),
  $comment: z.string().optional(),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

export const LayoutTableSchema = z.object({
  $comment: z.string().min(1),
  source: z.string().min(1),
  layout: z.enum(LAYOUTS),
  columns: z.array(TableColumnSchema).min(1),
  attributePairs: z.array(z.object({ name: z.string(), value: z.string(), lang: z.string() })).optional(),
  types: z.object({ parent: z.array(z.string()), variation: z.array(z.string()) }).optional(),
  parentValues: z.array(z.string()).optional(),
  childValues: z.array(z.string()).optional(),
});
export type LayoutTable = z.infer<typeof LayoutTableSchema>;

function load<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const r = schema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`shared/data/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

export const SYNONYMS = load(SynonymsSchema, synonymsJson, 'header-synonyms.json');
export const VOCABULARIES = load(VocabulariesSchema, vocabulariesJson, 'value-vocabularies.json');
export const SHOPIFY_SPEC = load(ShopifySpecSchema, shopifyJson, 'shopify-columns.json');
export const WOOCOMMERCE_TABLE = load(LayoutTableSchema, woocommerceJson, 'woocommerce-columns.json');
export const AMAZON_TABLE = load(LayoutTableSchema, amazonJson, 'amazon-columns.json');
export const TIKTOK_TABLE = load(LayoutTableSchema, tiktokJson, 'tiktok-columns.json');
export const GOOGLE_TABLE = load(LayoutTableSchema, googleJson, 'google-columns.json');
