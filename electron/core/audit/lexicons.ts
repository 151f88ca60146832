import { z } from 'zod';
import promoRaw from '../../../shared/rules/promo-phrases.json' with { type: 'json' };
import coloursRaw from '../../../shared/rules/colours.json' with { type: 'json' };
import sizesRaw from '../../../shared/rules/sizes.json' with { type: 'json' };
import unitsRaw from '../../../shared/rules/units.json' with { type: 'json' };
import currenciesRaw from '../../../shared/rules/currencies.json' with { type: 'json' };
import paramsRaw from '../../../shared/rules/audit-params.json' with { type: 'json' };
import apparelRaw from '../../../shared/rules/google-apparel-categories.json' with { type: 'json' };

/** Rule parameters and word lists are data (shared/rules/*.json); each is validated once here. */
const cited = { $comment: z.string().optional(), source: z.string().min(5) };

const PromoSchema = z.object({
  ...cited,
  phrases: z.record(z.string(), z.array(z.string())),
  percentOff: z.object({ $comment: z.string().optional(), pattern: z.string() }),
});
const ColoursSchema = z.object({
  ...cited,
  families: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
  titleAmbiguous: z.object({ $comment: z.string().optional(), words: z.array(z.string()) }),
  related: z.object({ $comment: z.string().optional(), pairs: z.array(z.tuple([z.string(), z.string()])) }),
  spellings: z.object({ $comment: z.string().optional(), groups: z.array(z.array(z.string()).min(2)) }),
});
const SizesSchema = z.object({
  ...cited,
  letterSizes: z.record(z.string(), z.array(z.string())),
  standaloneInTitle: z.array(z.string()),
  markers: z.array(z.string()),
});
const Dimension = z.object({
  base: z.string(),
  range: z.object({ min: z.number(), max: z.number(), $comment: z.string().optional() }),
  units: z.record(z.string(), z.number().positive()),
});
const UnitsSchema = z.object({
  ...cited,
  dimensions: z.record(z.string(), Dimension),
  fieldDimensions: z.record(z.string(), z.string()),
  minShareWithUnits: z.number(),
  $minShareComment: z.string().optional(),
  sameSystemDominance: z.number(),
  $sameSystemComment: z.string().optional(),
});
const CurrenciesSchema = z.object({
  ...cited,
  codes: z.array(z.string().length(3)),
  symbols: z.record(z.string(), z.string().length(3)),
});
const ParamsSchema = z.object({
  $comment: z.string().optional(),
  clustering: z.object({
    ...cited,
    ngramSize: z.number().int().positive(),
    knnMinLength: z.number().int(),
    knnRadius: z.number().int(),
    knnRadiusLong: z.number().int(),
    knnLongLength: z.number().int(),
    knnBlockingNgram: z.number().int().positive(),
    knnDominanceRatio: z.number().positive(),
    maxDistinctValues: z.number().int().positive(),
    maxValueLength: z.number().int().positive(),
    fields: z.array(z.string()),
  }),
  priceOutlier: z.object({
    $comment: z.string().optional(),
    minProducts: z.number().int(),
    threshold: z.number(),
    minRatio: z.number(),
  }),
  nearDuplicate: z.object({ $comment: z.string().optional(), minTitleLength: z.number().int() }),
  sharedImage: z.object({ $comment: z.string().optional(), maxTitleJaccard: z.number() }),
  images: z.object({
    $comment: z.string().optional(),
    minWidth: z.number().int(),
    minHeight: z.number().int(),
    apparelMinWidth: z.number().int(),
    apparelMinHeight: z.number().int(),
    source: z.string(),
  }),
});
const ApparelSchema = z.object({
  ...cited,
  apparel: z.array(z.number().int()),
  apparelExempt: z.object({ $comment: z.string().optional(), ids: z.array(z.number().int()) }),
  clothingAndShoes: z.array(z.number().int()),
});

function load<T>(name: string, schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new Error(
      `shared/rules/${name} is invalid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

export const PROMO = load('promo-phrases.json', PromoSchema, promoRaw);
export const COLOURS = load('colours.json', ColoursSchema, coloursRaw);
export const SIZES = load('sizes.json', SizesSchema, sizesRaw);
export const UNITS = load('units.json', UnitsSchema, unitsRaw);
export const CURRENCIES = load('currencies.json', CurrenciesSchema, currenciesRaw);
export const PARAMS = load('audit-params.json', ParamsSchema, paramsRaw);
const APPAREL = load('google-apparel-categories.json', ApparelSchema, apparelRaw);

/** Named lists of Google product category ids that profiles refer to (categoryList / exceptList). */
export const CATEGORY_LISTS: Record<string, ReadonlySet<number>> = {
  apparel: new Set(APPAREL.apparel),
  apparelExempt: new Set(APPAREL.apparelExempt.ids),
  clothingAndShoes: new Set(APPAREL.clothingAndShoes),
};
