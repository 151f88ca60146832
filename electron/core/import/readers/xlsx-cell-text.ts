/**
 * A spreadsheet cell's text as the seller sees it in Excel: numbers and dates through the cell's
 * number format, rich text joined, a formula's result, an error code as shown.
 *
 * Hand-written because exceljs gives raw values only and no number-format library is installed;
 * it covers the formats catalogs use (decimals, thousands, currency, percent, zero padding such as
 * 0000000000000 for GTINs, dates and times) and falls back to the plain number for the rest.
 */
export function cellText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, numFmt);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return cellText(v.text, numFmt);
    if ('result' in v) return cellText(v.result, numFmt);
  }
  return String(value);
}

/** Excel's "General": integers in full, fractions to 15 significant digits (what the cell shows). */
function general(v: number): string {
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? String(v) : v.toPrecision(15).replace(/\.?0+(e|$)/, '$1');
  return String(Number(v.toPrecision(15)));
}

/** Splits a format at `;` outside quotes: positive;negative;zero;text. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) {
      cur += c + (fmt[++i] ?? '');
      continue;
    }
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Literal text and placeholders of one format section. */
function tokens(section: string): { literal: boolean; text: string }[] {
  const out: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i]!;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ literal: true, text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (c === '\\') out.push({ literal: true, text: section[++i] ?? '' });
    else if (c === '_') {
      out.push({ literal: true, text: ' ' });
      i++;
    } else if (c === '*') i++;
    else if (c === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$€-407] is a currency symbol with a locale; [Red] and [>100] are colours and conditions.
      if (inner.startsWith('$')) out.push({ literal: true, text: inner.slice(1).split('-')[0]! });
      i = end < 0 ? section.length : end;
    } else out.push({ literal: false, text: c });
  }
  return out;
}

const DATE_TOKEN = /[ymdhs]/i;

export function formatNumber(v: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === 'General' || numFmt === '@') return general(v);
  const secs = sections(numFmt);
  let section = secs[0]!;
  let value = v;
  if (v < 0 && secs.length > 1 && secs[1] !== '') {
    section = secs[1]!;
    value = -v;
  } else if (v === 0 && secs.length > 2 && secs[2] !== '') section = secs[2]!;
  const toks = tokens(section);
  const pattern = toks
    .filter((t) => !t.literal)
    .map((t) => t.text)
    .join('');
  if (DATE_TOKEN.test(pattern.replace(/E[+-]/gi, ''))) return formatDate(serialToDate(v), numFmt);
  if (/[?/]/.test(pattern) || /E[+-]/i.test(pattern) || !/[0#]/.test(pattern)) return (value < v ? '-' : '') + general(value);
  if (pattern.includes('%')) value *= 100;
  const core = /[0#,.]+/.exec(pattern)![0];
  const dot = core.indexOf('.');
  const intPart = dot < 0 ? core : core.slice(0, dot);
  const decimals = dot < 0 ? 0 : core.slice(dot + 1).replace(/,/g, '').length;
  const minInt = (intPart.replace(/,/g, '').match(/0/g) ?? []).length;
  const grouping = /[0#],[0#]/.test(intPart);
  const negative = value < 0;
  let [whole, frac] = Math.abs(value).toFixed(decimals).split('.') as [string, string | undefined];
  if (whole === '0' && minInt === 0) whole = '';
  whole = whole.padStart(minInt, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Optional decimals (#) drop trailing zeros.
  if (frac !== undefined) {
    const required = (core.slice(dot + 1).match(/0/g) ?? []).length;
    while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
  }
  const number = (negative ? '-' : '') + whole + (frac ? `.${frac}` : '');
  // Put the number where its placeholders were, keep the literal text around it.
  let out = '';
  let placed = false;
  for (const t of toks) {
    if (t.literal) out += t.text;
    else if (/[0#?,.]/.test(t.text)) {
      if (!placed) out += number;
      placed = true;
    } else out += t.text;
  }
  return out;
}

/** Excel's 1900 date system: serial 25569 = 1970-01-01. */
function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** exceljs dates are the sheet's wall-clock time stored as UTC. */
export function formatDate(d: Date, numFmt: string | undefined): string {
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const fmt = numFmt && numFmt !== 'General' ? sections(numFmt)[0]! : '';
  if (!fmt || !DATE_TOKEN.test(fmt)) {
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const ms = d.getTime() % 86400000;
    return ms === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  // AM/PM markers become one placeholder each before the letters are read as date parts.
  const ampm = /AM\/PM|A\/P/i.test(fmt);
  const toks = tokens(fmt.replace(/AM\/PM/gi, '\u0001').replace(/A\/P/gi, '\u0002'));
  // Group runs of the same letter (yyyy, mm, dd ...); `m` right after h or before s means minutes.
  const runs: { literal: boolean; text: string }[] = [];
  for (const t of toks) {
    const last = runs[runs.length - 1];
    if (!t.literal && last && !last.literal && /[a-z]/i.test(t.text) && last.text[0]!.toLowerCase() === t.text.toLowerCase())
      last.text += t.text;
    else runs.push({ ...t });
  }
  const parts = runs.filter((r) => !r.literal && /[ymdhs]/i.test(r.text));
  let out = '';
  for (const r of runs) {
    const k = r.text.toLowerCase();
    if (r.literal || !(/^[ymdhs]/.test(k) || k === '\u0001' || k === '\u0002')) {
      out += r.text;
      continue;
    }
    const at = parts.indexOf(r);
    const prev = parts[at - 1]?.text[0]?.toLowerCase();
    const next = parts[at + 1]?.text[0]?.toLowerCase();
    if (k === '\u0001') out += d.getUTCHours() < 12 ? 'AM' : 'PM';
    else if (k === '\u0002') out += d.getUTCHours() < 12 ? 'A' : 'P';
    else if (k[0] === 'y') out += k.length <= 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    else if (k[0] === 'm' && k.length <= 2 && (prev === 'h' || next === 's'))
      out += k.length === 2 ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
    else if (k[0] === 'm') {
      const m = d.getUTCMonth();
      out +=
        k.length === 1
          ? String(m + 1)
          : k.length === 2
            ? pad(m + 1)
            : k.length === 3
              ? MONTHS[m]!.slice(0, 3)
              : k.length === 5
                ? MONTHS[m]![0]!
                : MONTHS[m]!;
    } else if (k[0] === 'd') {
      out +=
        k.length === 1
          ? String(d.getUTCDate())
          : k.length === 2
            ? pad(d.getUTCDate())
            : k.length === 3
              ? DAYS[d.getUTCDay()]!.slice(0, 3)
              : DAYS[d.getUTCDay()]!;
    } else if (k[0] === 'h') {
      const h = ampm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
      out += k.length >= 2 ? pad(h) : String(h);
    } else out += k.length >= 2 ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
  }
  return out;
}
