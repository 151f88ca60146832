import { PROMO } from '../lexicons.js';

/**
 * Text tests shared by the hygiene rules and the profiles' forbidden-content rules.
 * Each returns what it found (for the message) or undefined.
 */

// UTF-8 read as Latin-1/cp1252: "Ã©", "Ã¨", "â€™", "Â " ... (the lead byte's Latin-1 letter
// followed by a continuation byte shown as a cp1252/Latin-1 character).
const MOJIBAKE =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]?|\ufffd/;
export function findMojibake(s: string): string | undefined {
  const m = MOJIBAKE.exec(s);
  return m ? m[0] : undefined;
}

// C0 controls other than tab/newline/carriage return, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
// eslint-disable-next-line no-control-regex -- as above, line breaks included for one-line fields
const CONTROL_WITH_BREAKS = /[\x00-\x1f\x7f-\x9f]/;
export function hasControlChars(s: string, singleLine: boolean): boolean {
  return (singleLine ? CONTROL_WITH_BREAKS : CONTROL).test(s);
}

export function stripControlChars(s: string, singleLine: boolean): string {
  // eslint-disable-next-line no-control-regex -- removes the characters the rule found
  return s.replace(singleLine ? /[\x00-\x1f\x7f-\x9f]+/g : /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+/g, singleLine ? ' ' : '');
}

/** Leading/trailing whitespace (incl. no-break space) and, for one-line fields, runs of spaces. */
export function whitespaceIssue(s: string, singleLine: boolean): { kind: 'ends' | 'double'; fixed: string } | undefined {
  const trimmed = s.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  const collapsed = singleLine ? trimmed.replace(/[ \u00a0]{2,}/g, ' ') : trimmed;
  if (trimmed !== s) return { kind: 'ends', fixed: collapsed };
  if (collapsed !== trimmed) return { kind: 'double', fixed: collapsed };
  return undefined;
}

const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'param',
  'track',
]);
// Elements whose end tag HTML lets authors leave out (WHATWG HTML "optional tags").
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'colgroup',
  'rt',
  'rp',
  'optgroup',
  'html',
  'body',
  'head',
]);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(\/?)>/g;

/**
 * Broken HTML: a tag left open (no `>`), or an element closed that was never opened / opened and
 * never closed. Optional end tags and void elements are valid HTML and not reported.
 */
export function brokenHtml(s: string): string | undefined {
  if (!s.includes('<')) return undefined;
  if (/<\/?[a-zA-Z][^<>]*(?=<|$)/.test(s)) return 'a tag is not closed with ">"';
  const stack: string[] = [];
  let m: RegExpExecArray | null;
  TAG.lastIndex = 0;
  while ((m = TAG.exec(s))) {
    const name = m[1]!.toLowerCase();
    if (VOID.has(name) || m[2] === '/') continue;
    if (!m[0].startsWith('</')) {
      stack.push(name);
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at < 0) {
      if (OPTIONAL_END.has(name)) continue; // a stray </p> is repaired by every browser the same way
      return `</${name}> closes an element that was never opened`;
    }
    const skipped = stack.splice(at).slice(1);
    const bad = skipped.find((t) => !OPTIONAL_END.has(t));
    if (bad) return `<${bad}> is never closed`;
  }
  const open = stack.find((t) => !OPTIONAL_END.has(t));
  return open ? `<${open}> is never closed` : undefined;
}

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
export function hasHtml(s: string): string | undefined {
  const m = HTML_TAG.exec(s);
  return m ? m[0] : undefined;
}
export function hasHtmlExceptBr(s: string): string | undefined {
  const re = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (m[1]!.toLowerCase() !== 'br') return m[0];
  return undefined;
}

/** ALL CAPS: at least 3 words of 2+ letters, and 80% of letters upper-case (abbreviations alone don't count). */
export function isAllCaps(s: string): boolean {
  const ws = s.match(/\p{L}{2,}/gu) ?? [];
  if (ws.length < 3) return false;
  const letters = ws.join('');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return (
    upper + lower > 0 &&
    upper / (upper + lower) >= 0.8 &&
    ws.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length >= 3
  );
}

/** The same punctuation mark three or more times, or !!/?? (gimmicky punctuation). */
export function repeatedPunctuation(s: string): string | undefined {
  const m = /([!?])\1+|([!?]{2,})|([*#~$])\3{2,}|(\.{4,})/.exec(s);
  return m ? m[0] : undefined;
}

const EMOJI = /\p{Extended_Pictographic}/u;
export function findEmoji(s: string): string | undefined {
  const m = EMOJI.exec(s);
  if (!m) return undefined;
  // ©, ®, ™ are Extended_Pictographic too but are ordinary trademark signs in product titles.
  if ('©®™'.includes(m[0])) {
    const rest = s.replace(/[©®™]/g, '');
    const again = EMOJI.exec(rest);
    return again ? again[0] : undefined;
  }
  return m[0];
}

export function findPrivateUse(s: string): string | undefined {
  const m = /[\ue000-\uf8ff]/.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase()}` : undefined;
}

export function findUrl(s: string): string | undefined {
  const m = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*/i.exec(s);
  return m ? m[0] : undefined;
}

export function findSpecialCharacters(s: string): string | undefined {
  const m = /[!$?_{}^¬¦]/.exec(s);
  return m ? m[0] : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PROMO_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.values(PROMO.phrases)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![\\p{L}\\p{N}])|${PROMO.percentOff.pattern}`,
  'iu',
);
export function findPromo(s: string): string | undefined {
  const m = PROMO_RE.exec(s);
  return m ? m[0] : undefined;
}
