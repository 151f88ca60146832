import { LEXICONS, UNITS, type LexiconEntry } from '../../../shared/lexicons/index.js';
import { fold, PhraseIndex, tokenize } from './phrases.js';

export interface LexiconHit {
  entry: LexiconEntry;
  key: string;
}

/** One phrase index per lexicon field, built once; and the languages each word belongs to. */
const INDEXES = new Map<string, PhraseIndex<LexiconHit>>();
const LANGS = new Map<string, Map<string, Set<string>>>();
const FAMILIES = new Map<string, Map<string, string>>();
const NAME_WORDS = new Map<string, Set<string>>();
for (const lex of LEXICONS) {
  if (lex.nameWords)
    NAME_WORDS.set(lex.field, new Set(Object.values(lex.nameWords.words).flatMap((ws) => (ws ?? []).map((w) => fold(w)))));
  const idx = new PhraseIndex<LexiconHit>();
  const langs = new Map<string, Set<string>>();
  const note = (w: string, lang: string) => {
    const k = plainKey(w);
    langs.set(k, (langs.get(k) ?? new Set()).add(lang));
  };
  for (const entry of lex.entries) {
    const hit = { entry, key: fold(entry.canonical) };
    if (entry.family) FAMILIES.set(lex.field, (FAMILIES.get(lex.field) ?? new Map()).set(hit.key, fold(entry.family)));
    if (entry.matchCanonical !== false) {
      idx.add(entry.canonical, hit);
      note(entry.canonical, 'en');
    }
    for (const [lang, words] of Object.entries(entry.words)) {
      for (const w of words ?? []) {
        idx.add(w, hit);
        note(w, lang);
      }
    }
  }
  INDEXES.set(lex.field, idx);
  LANGS.set(lex.field, langs);
}

/** Whether the word after a value word makes it part of a name ("Blue Version", "Black Label"), not the product's value. */
export function isNameWord(field: string, tokenKey: string | undefined): boolean {
  return tokenKey !== undefined && (NAME_WORDS.get(field)?.has(tokenKey) ?? false);
}

/** The broader canonical key of a value (navy → blue), if the lexicon names one. */
export function familyOf(field: string, key: string): string | undefined {
  return FAMILIES.get(field)?.get(key);
}

/** The languages a lexicon word is written in ("noir": fr; "navy": en, de), empty when unknown. */
export function languagesOf(field: string, word: string): ReadonlySet<string> {
  return LANGS.get(field)?.get(plainKey(word)) ?? new Set();
}

export function lexiconIndex(field: string): PhraseIndex<LexiconHit> | undefined {
  return INDEXES.get(field);
}

export const LEXICON_FIELDS = [...INDEXES.keys()];
export const MEASURE_FIELD = UNITS.field;

const UNIT_BY_WORD = new Map<string, string>();
for (const u of UNITS.units) for (const w of u.words) UNIT_BY_WORD.set(fold(w).replace(/[\s.]/g, ''), u.canonical);

/** Number + unit ("750 g", "1,5L", "12 fl. oz"), not inside a longer word. */
const MEASURE = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s?(fl\.?\s?oz|[\p{L}]{1,12})(?![\p{L}\p{N}])/gu;

export interface MeasureHit {
  amount: string;
  unit: string;
  start: number;
  end: number;
  phrase: string;
}

export function findMeasures(text: string): MeasureHit[] {
  const out: MeasureHit[] = [];
  for (const m of text.matchAll(MEASURE)) {
    const unit = UNIT_BY_WORD.get(fold(m[2]!).replace(/[\s.]/g, ''));
    if (!unit) continue;
    const amount = m[1]!.replace(',', '.').replace(/\.0+$/, '');
    if (Number(amount) === 0) continue;
    out.push({ amount, unit, start: m.index!, end: m.index! + m[0].length, phrase: m[0] });
  }
  return out;
}

/** Canonical keys by field and value, bounded (a catalog of unique values must not grow it without end). */
const KEYS = new Map<string, readonly string[]>();
const KEYS_MAX = 100_000;

/**
 * The canonical keys a field value stands for, to compare values written differently
 * ("Navy Blue" and "navy" are both Navy; "1 l" and "1L" are the same measure).
 */
export function canonicalKeys(field: string, value: string | null | undefined): readonly string[] {
  const v = (value ?? '').trim();
  if (!v) return [];
  // The same few values come back for every product (current values, group values, suggestions).
  const memo = `${field}\u0000${v}`;
  let keys = KEYS.get(memo);
  if (keys === undefined) {
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(memo, (keys = Object.freeze(keysOf(field, v))));
  }
  return keys;
}

function keysOf(field: string, v: string): string[] {
  const idx = INDEXES.get(field);
  if (idx) {
    const keys = [...new Set(idx.find(tokenize(v)).map((h) => h.payload.key))];
    return keys.length ? keys : [plainKey(v)];
  }
  if (field === MEASURE_FIELD) {
    const m = findMeasures(v);
    return m.length ? [`${m[0]!.amount}${m[0]!.unit}`] : [plainKey(v)];
  }
  return [plainKey(v)];
}

/** Fields whose value may list several things (GMC material: "cotton/polyester/elastane", up to 3). */
export const LIST_FIELDS: ReadonlySet<string> = new Set(['material']);

/**
 * The key a whole value stands for: its canonical key, or for a list field the set of them
 * ("leather and polyester" → "leather/polyester"), so a sibling's list and a word in the text that
 * names one of its materials are two different answers, not one.
 */
export function valueKey(field: string, value: string, key: string): string {
  if (!LIST_FIELDS.has(field)) return key;
  const keys = [...new Set(value.split('/').flatMap((part) => canonicalKeys(field, part)))].sort();
  return keys.length > 1 ? keys.join('/') : key;
}

/** Folded, punctuation-insensitive form of a free value such as a brand. */
export function plainKey(v: string): string {
  return tokenize(v)
    .map((t) => t.key)
    .join(' ');
}

/** Whether two values of a field name the same thing. */
export function sameValue(field: string, a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = canonicalKeys(field, a);
  const kb = canonicalKeys(field, b);
  if (!ka.length || !kb.length) return false;
  if (plainKey(a!) === plainKey(b!)) return true;
  // A value naming one thing matches the first thing a multi-valued one names ("Black & Grey" ~ "Black").
  return ka[0] === kb[0] && (ka.length === 1 || kb.length === 1);
}
