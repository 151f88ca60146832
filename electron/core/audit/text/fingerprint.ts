import { memoShort } from './memo.js';

/**
 * OpenRefine's key-collision keyers, ported from FingerprintKeyer.java and NGramFingerprintKeyer.java
 * (OpenRefine/OpenRefine modules/core/.../clustering/binning). Hand-written: no npm package
 * reproduces OpenRefine's exact steps (diacritics, the non-decomposable letter table, punctuation deleted).
 */
const NON_DECOMPOSABLE: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  '©': 'c',
  ð: 'd',
  đ: 'd',
  ɖ: 'd',
  þ: 'th',
  ƿ: 'w',
  ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ł: 'l',
  ŋ: 'n',
  ſ: 's',
  ŧ: 't',
  œ: 'oe',
  ẜ: 's',
  ẝ: 's',
};
const NON_DECOMPOSABLE_RE = /[ßæøå©ðđɖþƿħıĸłŋſŧœẜẝ]/g;
// OpenRefine deletes \p{InCombiningDiacriticalMarks}, \p{IsLm} and \p{IsSk} after NFKD; \p{Mn} covers the combining marks.
const DIACRITICS = /[\p{Mn}\p{Lm}\p{Sk}]/gu;
// \p{P} plus symbols OpenRefine's \p{Punct} (POSIX ASCII punctuation) covers: $+<=>^`|~
const PUNCT = /[\p{P}$+<=>^`|~]/gu;
// eslint-disable-next-line no-control-regex -- OpenRefine's fingerprint deletes exactly these controls
const CONTROLS = /[\x00-\x08\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/g;

// Plain ASCII text has no accents or special letters to fold: skip the Unicode steps (most catalog text).
const NOT_PLAIN = /[^\x20-\x7e]/;

function normalise(s: string): string {
  if (!NOT_PLAIN.test(s)) return s.trim().toLowerCase().replace(PUNCT_ASCII, '');
  return s
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(NON_DECOMPOSABLE_RE, (c) => NON_DECOMPOSABLE[c] ?? c)
    .replace(PUNCT, '')
    .replace(CONTROLS, '');
}

const PUNCT_ASCII = /[!-/:-@[-`{-~]/g;

/** fingerprint: normalise, split on whitespace, sort, de-duplicate, join with one space (memoised for short values). */
export const fingerprint: (s: string) => string = memoShort(computeFingerprint);

function computeFingerprint(s: string): string {
  const tokens = normalise(s).split(/\s+/u).filter(Boolean);
  return [...new Set(tokens)].sort().join(' ');
}

/** ngram-fingerprint: normalise, drop whitespace, sorted unique character n-grams concatenated. */
export function ngramFingerprint(s: string, n = 2): string {
  const t = normalise(s).replace(/[\p{Cc}\s]/gu, '');
  if (t.length < n) return t;
  const grams = new Set<string>();
  for (let i = 0; i + n <= t.length; i++) grams.add(t.slice(i, i + n));
  return [...grams].sort().join('');
}

/** Lowercase words of a text, split at spaces and punctuation, accents removed (for word-set comparisons). */
export function words(s: string): string[] {
  if (!NOT_PLAIN.test(s))
    return s
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
