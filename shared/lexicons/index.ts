import colors from './colors.json' with { type: 'json' };
import materials from './materials.json' with { type: 'json' };
import patterns from './patterns.json' with { type: 'json' };
import genders from './genders.json' with { type: 'json' };
import ageGroups from './age-groups.json' with { type: 'json' };
import sizes from './sizes.json' with { type: 'json' };
import sizeCues from './size-cues.json' with { type: 'json' };
import units from './units.json' with { type: 'json' };
import { LexiconSchema, SizeCuesSchema, UnitsSchema, type Lexicon } from './schema.js';

export * from './schema.js';

/** Every value lexicon, validated once at load: a broken data file fails loudly, not silently. */
export const LEXICONS: readonly Lexicon[] = [colors, materials, patterns, genders, ageGroups, sizes].map((l) =>
  LexiconSchema.parse(l),
);
export const SIZE_CUES = SizeCuesSchema.parse(sizeCues);
export const UNITS = UnitsSchema.parse(units);

export function lexiconFor(field: string): Lexicon | undefined {
  return LEXICONS.find((l) => l.field === field);
}
