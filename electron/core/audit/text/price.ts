import { CURRENCIES } from '../lexicons.js';
import { memoShort } from './memo.js';

export interface ParsedPrice {
  amount: number;
  /** ISO 4217 code when the value names one (code or unambiguous symbol). */
  currency?: string;
  /** The value carried a currency code or symbol. */
  hasCurrencyMark: boolean;
}

const CODES = new Set(CURRENCIES.codes);
const SYMBOLS = Object.entries(CURRENCIES.symbols).sort((a, b) => b[0].length - a[0].length);
const NUMBER = /[-+]?\d[\d.,\s\u00a0\u202f']*/;

/**
 * Reads a price the ways sellers write it: "19.99", "15.00 USD", "USD 15", "$2,030", "SR 1,385",
 * "1.234,56 €", "2,5". Returns undefined when no number can be read.
 */
export const parsePrice: (raw: string) => ParsedPrice | undefined = memoShort(readPrice);

/** The result is shared by every caller with the same text (memoised): treat it as read-only. */
function readPrice(raw: string): ParsedPrice | undefined {
  const s = raw.trim();
  if (!s) return undefined;
  const m = NUMBER.exec(s);
  if (!m) return undefined;
  const rest = (s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length)).trim();
  let currency: string | undefined;
  let mark = false;
  const code = /\b([A-Za-z]{3})\b/.exec(rest);
  if (code && CODES.has(code[1]!.toUpperCase())) {
    currency = code[1]!.toUpperCase();
    mark = true;
  } else {
    for (const [sym, c] of SYMBOLS) {
      if (rest.includes(sym)) {
        currency = c;
        mark = true;
        break;
      }
    }
    if (!mark && /[$¢₱₫₴₦₲₪]/.test(rest)) mark = true;
  }
  if (rest.replace(/[A-Za-z]{3}|[^\p{L}\p{N}]/gu, '').length > 3 && !mark) return undefined; // "call for price 3"
  const amount = readNumber(m[0]);
  if (amount === undefined) return undefined;
  return { amount, currency, hasCurrencyMark: mark };
}

function readNumber(t: string): number | undefined {
  let s = t.replace(/[\s\u00a0\u202f']/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator.
    s = lastDot > lastComma ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const decimals = s.length - lastComma - 1;
    // "2,030" or "1,385,000" are thousands; "2,5" and "19,99" are decimals.
    s = decimals === 3 && /^\d{1,3}(,\d{3})+$/.test(s.replace(/^[-+]/, '')) ? s.replace(/,/g, '') : s.replace(/,/g, '.');
  } else if (lastDot >= 0 && (s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, '');
  }
  s = s.replace(/[.,]$/, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
