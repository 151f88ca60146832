import { z } from 'zod';

/**
 * Lexicons are data: each entry is one canonical value with the words sellers write for it, per
 * language. Matching is case- and accent-insensitive on whole words (see electron/core/suggest/phrases.ts).
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt'] as const;

const words = z.array(z.string().min(1));

export const LexiconEntrySchema = z.object({
  /** The canonical form: what a suggestion proposes when the catalog has no spelling of its own. */
  canonical: z.string().min(1),
  /** Surface forms by language; the canonical form itself matches too, unless `matchCanonical` is false. */
  words: z.partialRecord(z.enum(LANGUAGES), words),
  /**
   * false when the canonical form alone is an everyday word that names something else far more often
   * ("down" the material is written "goose down"; "down" alone is a direction): only `words` match.
   */
  matchCanonical: z.boolean().optional(),
  /** Also an everyday word in another sense ("orange" juice, "gold" the metal): matches get their own, weaker signal. */
  ambiguous: z.boolean().optional(),
  /** The broader value this one is a shade or kind of (Navy → Blue), for catalogs that only use broad values. */
  family: z.string().min(1).optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconSchema = z.object({
  $comment: z.string(),
  /** The canonical field whose values this lexicon names (GMC attribute names, shared/fields.ts). */
  field: z.string().min(1),
  /** Where the canonical values come from (the marketplace's published rule). */
  source: z.string().min(1),
  entries: z.array(LexiconEntrySchema).min(1),
  /**
   * Words that, right after a value word, make it part of a product or edition name rather than the
   * product's value ("Blue Version Luxe Backpack" is a black backpack; "Black Label" is a line).
   */
  nameWords: z.object({ $comment: z.string(), words: z.partialRecord(z.enum(LANGUAGES), words) }).optional(),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Cue words that announce a size ("Size M", "Taille 42", "Größe L"), per language. */
export const SizeCuesSchema = z.object({
  $comment: z.string(),
  source: z.string().min(1),
  cues: z.partialRecord(z.enum(LANGUAGES), words),
});
export type SizeCues = z.infer<typeof SizeCuesSchema>;

/** Units of net content (volume, weight, count), with canonical symbols. */
export const UnitsSchema = z.object({
  $comment: z.string(),
  field: z.string().min(1),
  source: z.string().min(1),
  units: z.array(
    z.object({
      canonical: z.string().min(1),
      words: z.array(z.string().min(1)).min(1),
      kind: z.enum(['volume', 'weight', 'count']),
    }),
  ),
});
export type Units = z.infer<typeof UnitsSchema>;
