import { z } from 'zod';
import { CANONICAL_FIELDS, isCanonicalField } from '../../../../shared/fields.js';
import { LAYOUTS } from '../../../../shared/layouts.js';

/**
 * The schemas of the layout data files (shared/data/*.json). The files are part of the build, not
 * input: test/import/layouts/mapping.test.ts checks every one against its schema, so the engine
 * reads them without loading zod (which costs an import worker about 90 ms at start).
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
export type Synonyms = z.infer<typeof SynonymsSchema>;
export type Vocabularies = z.infer<typeof VocabulariesSchema>;
export type ShopifySpec = z.infer<typeof ShopifySpecSchema>;
