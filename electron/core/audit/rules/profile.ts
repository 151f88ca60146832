import type { Profile, ForbiddenCheck } from '../profiles/index.js';
import type { AuditProduct, Severity } from '../types.js';
import type { Emit } from './context.js';
import { CATEGORY_LISTS, CURRENCIES } from '../lexicons.js';
import { parsePrice } from '../text/price.js';
import { label } from './hygiene.js';
import {
  findEmoji,
  findPrivateUse,
  findPromo,
  findSpecialCharacters,
  findUrl,
  hasHtml,
  hasHtmlExceptBr,
  isAllCaps,
  repeatedPunctuation,
} from '../text/checks.js';

const CODES = new Set(CURRENCIES.codes);
/** Path prefixes of Google taxonomy lists, for products that carry the category as text. */
const LIST_PATHS: Record<string, string[]> = {
  apparel: ['apparel & accessories'],
  clothingAndShoes: ['apparel & accessories > clothing', 'apparel & accessories > shoes'],
  apparelExempt: [
    'apparel & accessories > handbag & wallet accessories > keychains',
    'apparel & accessories > handbag & wallet accessories > lanyards',
    'apparel & accessories > jewelry > watch accessories > watch bands',
    'apparel & accessories > shoe accessories > shoelaces',
  ],
};

export function inCategoryList(gpc: string | undefined, list: string): boolean {
  if (!gpc) return false;
  const t = gpc.trim();
  const id = /^(\d+)\b/.exec(t);
  if (id) return CATEGORY_LISTS[list]?.has(Number(id[1])) ?? false;
  const path = t.toLowerCase().replace(/\s*>\s*/g, ' > ');
  return (LIST_PATHS[list] ?? []).some((p) => path === p || path.startsWith(p + ' > '));
}

/** The fields a profile requires for this product: its required fields plus category-specific ones. */
export function requiredFields(
  profile: Profile,
  p: AuditProduct,
): { required: Map<string, string>; recommended: Map<string, string> } {
  const required = new Map<string, string>();
  const recommended = new Map<string, string>();
  for (const [f, r] of Object.entries(profile.fields)) {
    if (r.status === 'required') required.set(f, r.source);
    else if (r.status === 'recommended') recommended.set(f, r.source);
  }
  const gpc = p.values.google_product_category;
  for (const c of profile.categoryRequirements) {
    if (!inCategoryList(gpc, c.categoryList)) continue;
    if (c.exceptList && inCategoryList(gpc, c.exceptList)) continue;
    for (const f of c.require) {
      required.set(f, c.source);
      recommended.delete(f);
    }
  }
  return { required, recommended };
}

/** "an availability", "a link": the message reads as a sentence whatever the field. */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * One profile's rules on one product. Rule ids are `<profile>:<rule>` so a finding says which
 * marketplace it is about; errors block export to that marketplace.
 */
export function checkProfile(profile: Profile, p: AuditProduct, emit: Emit): { nRequired: number; nRecommended: number } {
  const P = profile.name;
  const T = profile.title;
  const out = (rule: string, severity: Severity, field: string, message: string, fix?: string, suggested?: string) =>
    emit({ rule: `${P}:${rule}`, severity, field, message, fix, suggested, profile: P });
  const { required, recommended } = requiredFields(profile, p);
  for (const f of required.keys()) {
    if (!p.values[f]?.trim())
      out(
        'missing-required',
        'error',
        f,
        `${T} requires ${withArticle(label(f))}${categoryNote(profile, p, f)}.`,
        `Fill in the ${label(f)}.`,
      );
  }
  for (const f of recommended.keys()) {
    if (!p.values[f]?.trim())
      out(
        'missing-recommended',
        'info',
        f,
        `${T} recommends ${withArticle(label(f))}.`,
        `Fill in the ${label(f)} if you have it.`,
      );
  }
  for (const [f, r] of Object.entries(profile.fields)) {
    const v = p.values[f];
    if (!v?.trim()) continue;
    const len = [...v].length;
    if (r.maxLength && len > r.maxLength) {
      out(
        'too-long',
        'error',
        f,
        `The ${label(f)} has ${len} characters; ${T} allows at most ${r.maxLength}.`,
        `Shorten the ${label(f)} to ${r.maxLength} characters.`,
      );
    }
    if (r.minLength && len < r.minLength) {
      out(
        'too-short',
        'warning',
        f,
        `The ${label(f)} has ${len} characters; ${T} asks for at least ${r.minLength}.`,
        `Write a fuller ${label(f)}.`,
      );
    }
    if (r.minWords) {
      const n = v
        .replace(/<[^>]*>/g, ' ')
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length;
      if (n < r.minWords)
        out(
          'too-short',
          'warning',
          f,
          `The ${label(f)} has ${n} words; ${T} asks for at least ${r.minWords}.`,
          `Write a fuller ${label(f)}.`,
        );
    }
    if (r.values) {
      const norm = v.trim().toLowerCase();
      const alias = r.aliases?.[norm];
      const ok = r.values.includes(norm) || alias !== undefined;
      if (!ok) {
        const fixed = r.values.find((x) => x === norm.replace(/[\s-]+/g, '_'));
        out(
          'invalid-value',
          'error',
          f,
          `${T} does not accept "${v}" as ${label(f)}; allowed values are ${r.values.join(', ')}.`,
          fixed ? `Change it to "${fixed}".` : `Use one of: ${r.values.join(', ')}.`,
          fixed,
        );
      }
    }
    if (r.format === 'price') {
      const pr = parsePrice(v);
      if (!pr)
        out(
          'invalid-price',
          'error',
          f,
          `${T} cannot read the ${label(f)} "${v}" as a number.`,
          'Write the price as a number, e.g. 19.99.',
        );
      else if (r.currencyRequired && !(pr.currency && CODES.has(pr.currency)) && !currencyColumn(p)) {
        out(
          'price-currency',
          'error',
          f,
          `${T} needs the ${label(f)} with its ISO 4217 currency code, e.g. "${pr.amount.toFixed(2)} USD".`,
          'Add the currency code after the amount.',
        );
      }
    }
    if (r.format === 'url' && !/^https?:\/\/[^\s]+$/i.test(v.trim())) {
      out(
        'invalid-url',
        'error',
        f,
        `The ${label(f)} "${short(v)}" is not a web address starting with http:// or https://.`,
        'Use the full public URL.',
      );
    }
    if (r.pattern && !new RegExp(r.pattern).test(v)) {
      out(
        'invalid-format',
        'error',
        f,
        `The ${label(f)} "${short(v)}" is not valid for ${T}: ${r.patternMessage ?? `it must match ${r.pattern}`}.`,
        `Rewrite the ${label(f)}.`,
      );
    }
  }
  if (profile.identifiers) identifierRule(profile, p, out);
  for (const fb of profile.forbidden) {
    for (const f of fb.fields) {
      const v = p.values[f];
      if (!v) continue;
      const hit = forbidden(fb.check, v);
      if (hit) out(fb.check, fb.severity, f, `${T} rejects ${label(f)}s with ${hit}.`, FORBIDDEN_FIX[fb.check]);
    }
  }
  return { nRequired: required.size, nRecommended: recommended.size };
}

function categoryNote(profile: Profile, p: AuditProduct, f: string): string {
  if (profile.fields[f]?.status === 'required') return '';
  return ` for products in the category "${p.values.google_product_category}"`;
}

function currencyColumn(p: AuditProduct): boolean {
  for (const [k, v] of Object.entries(p.values)) {
    if (v && /^currency([ _-]?code)?$/i.test(k.trim()) && CODES.has(v.trim().toUpperCase())) return true;
  }
  return false;
}

const short = (v: string) => (v.length > 60 ? v.slice(0, 57) + '...' : v);

function identifierRule(
  profile: Profile,
  p: AuditProduct,
  out: (rule: string, sev: Severity, field: string, msg: string, fix?: string) => void,
) {
  const id = profile.identifiers!;
  const T = profile.title;
  const gtin = p.values.gtin?.trim();
  const mpn = p.values.mpn?.trim();
  const brand = p.values.brand?.trim();
  const exists = p.values.identifier_exists?.trim().toLowerCase();
  const mpnValid = !!mpn && !id.invalidMpn.includes(mpn.toLowerCase());
  if (mpn && !mpnValid)
    out(
      'invalid-mpn',
      'warning',
      'mpn',
      `"${mpn}" is a placeholder, not a manufacturer part number.`,
      'Enter the real MPN or leave it empty.',
    );
  if (exists === 'no' || exists === 'false') {
    if (gtin || mpnValid) {
      out(
        'identifier-exists-conflict',
        'error',
        'identifier_exists',
        `identifier_exists says the product has no identifiers, but it has a ${gtin ? 'GTIN' : 'MPN'}; ${T} disapproves this.`,
        'Remove identifier_exists or the identifier.',
      );
    }
    return;
  }
  if (!gtin && !(brand && mpnValid)) {
    out(
      'missing-identifier',
      id.severity,
      'gtin',
      `${T} needs a GTIN, or a brand and an MPN, or identifier_exists set to "no" for custom or handmade products.`,
      'Add the barcode number (GTIN) or the manufacturer part number.',
    );
  }
}

const FORBIDDEN_FIX: Record<ForbiddenCheck, string> = {
  promo: 'Remove the promotional words from the title.',
  'all-caps': 'Write the title in normal capitalisation.',
  html: 'Remove the HTML tags.',
  'html-except-br': 'Keep only <br> line breaks.',
  'repeated-punctuation': 'Use single punctuation marks.',
  emoji: 'Remove the emoji and symbols.',
  'private-use': 'Remove the invisible private-use characters.',
  url: 'Remove the web address.',
  'special-characters': 'Remove the special characters.',
};

function forbidden(check: ForbiddenCheck, v: string): string | undefined {
  switch (check) {
    case 'promo': {
      const m = findPromo(v);
      return m && `promotional text ("${m}")`;
    }
    case 'all-caps':
      return isAllCaps(v) ? 'text written in capital letters' : undefined;
    case 'html': {
      const m = hasHtml(v);
      return m && `HTML ("${m}")`;
    }
    case 'html-except-br': {
      const m = hasHtmlExceptBr(v);
      return m && `HTML other than <br> ("${m}")`;
    }
    case 'repeated-punctuation': {
      const m = repeatedPunctuation(v);
      return m && `repeated punctuation ("${m}")`;
    }
    case 'emoji': {
      const m = findEmoji(v);
      return m && `emoji or symbols ("${m}")`;
    }
    case 'private-use': {
      const m = findPrivateUse(v);
      return m && `an invisible private-use character (${m})`;
    }
    case 'url': {
      const m = findUrl(v);
      return m && `a web address ("${short(m)}")`;
    }
    case 'special-characters': {
      const m = findSpecialCharacters(v);
      return m && `the special character "${m}"`;
    }
  }
}
