import { z } from 'zod';

/** A marketplace's rule for one field. Every entry cites the published rule in `source`. */
export const FieldRuleSchema = z
  .object({
    status: z.enum(['required', 'recommended', 'optional']),
    maxLength: z.number().int().positive().optional(),
    minLength: z.number().int().positive().optional(),
    minWords: z.number().int().positive().optional(),
    values: z.array(z.string()).optional(),
    aliases: z.record(z.string(), z.string()).optional(),
    format: z.enum(['price', 'gtin', 'url']).optional(),
    currencyRequired: z.boolean().optional(),
    pattern: z.string().optional(),
    patternMessage: z.string().optional(),
    source: z.string().min(5),
  })
  .strict();

export const CategoryRequirementSchema = z
  .object({
    $comment: z.string().optional(),
    categoryList: z.string(),
    exceptList: z.string().optional(),
    require: z.array(z.string()).min(1),
    source: z.string().min(5),
  })
  .strict();

export const ForbiddenCheck = z.enum([
  'promo',
  'all-caps',
  'html',
  'html-except-br',
  'repeated-punctuation',
  'emoji',
  'private-use',
  'url',
  'special-characters',
]);
export type ForbiddenCheck = z.infer<typeof ForbiddenCheck>;

export const ProfileSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string(),
    source: z.string().min(5),
    fields: z.record(z.string(), FieldRuleSchema),
    categoryRequirements: z.array(CategoryRequirementSchema),
    identifiers: z
      .object({
        rule: z.literal('gtin-or-brand-mpn'),
        severity: z.enum(['error', 'warning', 'info']),
        invalidMpn: z.array(z.string()),
        source: z.string().min(5),
      })
      .strict()
      .optional(),
    images: z
      .object({
        minWidth: z.number().int().positive().optional(),
        minHeight: z.number().int().positive().optional(),
        apparelMinWidth: z.number().int().positive().optional(),
        apparelMinHeight: z.number().int().positive().optional(),
        minLongestSide: z.number().int().positive().optional(),
        severity: z.enum(['error', 'warning', 'info']).optional(),
        source: z.string().min(5),
      })
      .strict()
      .optional(),
    forbidden: z.array(
      z
        .object({
          check: ForbiddenCheck,
          fields: z.array(z.string()).min(1),
          severity: z.enum(['error', 'warning', 'info']),
          source: z.string().min(5),
        })
        .strict(),
    ),
  })
  .strict();

export type Profile = z.infer<typeof ProfileSchema>;
export type FieldRule = z.infer<typeof FieldRuleSchema>;
