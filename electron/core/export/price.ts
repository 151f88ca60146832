import currencies from '../../../shared/profiles/export/currencies.json' with { type: 'json' };

/**
 * Reads a price as sellers type it ("$15", "15,00 €", "1.234,50 EUR", "USD 15.5", "15") into an
 * amount and, when the text names one, an ISO 4217 currency. Hand-written: price texts are short and
 * messy, and no maintained library reads mixed decimal conventions without a locale to go on.
 */
export interface Money {
  /** The amount as a plain decimal with a dot, e.g. "1234.5". */
  amount: string;
  currency?: string;
}

const SYMBOLS = Object.entries(currencies.symbols as Record<string, string>).sort((a, b) => b[0].length - a[0].length);
const ZERO_DECIMAL: ReadonlySet<string> = new Set(currencies.zeroDecimal);
const DOLLARS: ReadonlySet<string> = new Set(currencies.dollarCurrencies);
const CODE = /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/;
const NUMBER = /^[+-]?[\d.,' \u00a0\u202f]*\d[\d.,' \u00a0\u202f]*$/;

export function parseMoney(text: string, projectCurrency = 'USD'): Money | undefined {
  let rest = text.trim();
  if (!rest) return undefined;
  let currency: string | undefined;
  const code = CODE.exec(rest);
  if (code) {
    currency = code[1]!;
    rest = rest.replace(code[1]!, ' ');
  } else {
    for (const [sign, iso] of SYMBOLS) {
      if (!rest.includes(sign)) continue;
      currency = sign === '$' && DOLLARS.has(projectCurrency) ? projectCurrency : iso;
      rest = rest.replace(sign, ' ');
      break;
    }
  }
  rest = rest.trim();
  if (!NUMBER.test(rest)) return undefined;
  const amount = normaliseNumber(rest);
  return amount === undefined ? undefined : { amount, currency };
}

/** "1.234,50" and "1,234.50" both give "1234.50"; a lone separator followed by exactly 3 digits groups thousands. */
function normaliseNumber(raw: string): string | undefined {
  const sign = raw.startsWith('-') ? '-' : '';
  const s = raw.replace(/^[+-]/, '').replace(/[' \u00a0\u202f]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    decimal = count === 1 && after !== 3 ? sep : null;
  }
  const [int, frac] = decimal ? [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)] : [s, ''];
  const digits = int.replace(/[.,]/g, '');
  if (!/^\d*$/.test(digits) || !/^\d*$/.test(frac) || (digits === '' && frac === '')) return undefined;
  return `${sign}${digits || '0'}${frac ? `.${frac}` : ''}`;
}

/** The amount with the currency's minor unit digits: 2, or 0 for JPY, KRW, ... */
export function formatAmount(money: Money, currency: string): string {
  const decimals = ZERO_DECIMAL.has(currency) ? 0 : 2;
  return Number(money.amount).toFixed(decimals);
}
