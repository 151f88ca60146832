import availability from '../../../shared/profiles/export/availability.json' with { type: 'json' };
import type { CellSpec, ExportProfile, FillName } from '../../../shared/profiles/export/index.js';
import type { ExportProduct } from './catalog-groups.js';
import type { FeedRow } from './feed-rows.js';
import { formatAmount, parseMoney, type Money } from './price.js';
import { distinctValues } from './variant-options.js';
import { convertGrams, formatWeight, parseGrams, unitFromHeader } from './weight.js';

/** What every fill can see besides the row: the profile, the project's currency, and where to note trouble. */
export interface FillEnv {
  profile: ExportProfile;
  currency: string;
  /** Counts a product once per message ("price is not a number", ...), keeping the first value as an example. */
  note(product: ExportProduct, message: string, example: string): void;
}

/** A named way to compute one cell; `input` is the value read through the column's `from` fields ('' without). */
export type Fill = (row: FeedRow, input: string, spec: CellSpec, env: FillEnv) => string;

const AVAILABILITY = new Map(Object.entries(availability.values as Record<string, string>));

/** The price's currency, else the project's: a sale price without a currency sign is in the price's currency. */
function money(text: string, product: ExportProduct, env: FillEnv): { m: Money; currency: string } | undefined {
  const m = parseMoney(text, env.currency);
  if (!m) {
    if (text.trim()) env.note(product, 'price is not a number; written as it was', text);
    return undefined;
  }
  const currency = m.currency ?? parseMoney(product.get('price'), env.currency)?.currency ?? env.currency;
  return { m, currency };
}

function amountOf(text: string, product: ExportProduct, env: FillEnv): string {
  const r = money(text, product, env);
  return r ? formatAmount(r.m, r.currency) : text;
}

/** Sale price and price when the sale price is set and lower, else undefined. */
function onSale(product: ExportProduct, env: FillEnv): { sale: string; regular: string } | undefined {
  const sale = product.get('sale_price');
  const price = product.get('price');
  if (!sale || !price) return undefined;
  const s = money(sale, product, env);
  const p = money(price, product, env);
  if (!s || !p || !(Number(s.m.amount) < Number(p.m.amount))) return undefined;
  return { sale: formatAmount(s.m, s.currency), regular: formatAmount(p.m, p.currency) };
}

function optionField(row: FeedRow, n: number): string | undefined {
  return row.ctx.options.fields[n - 1];
}

function grams(row: FeedRow, env: FillEnv): number | undefined {
  const text = row.product.get('shipping_weight');
  if (!text) return undefined;
  const g = parseGrams(text, unitFromHeader(row.product.sourceHeader('shipping_weight') ?? ''));
  if (g === undefined) env.note(row.product, 'shipping_weight has no unit this export can read; left blank', text);
  return g;
}

const convert =
  (unit: 'g' | 'kg' | 'lb', decimals: number): Fill =>
  (row, _input, _spec, env) => {
    const g = grams(row, env);
    return g === undefined ? '' : formatWeight(convertGrams(g, unit), decimals);
  };

/** Every fill a profile may name (shared/profiles/export/schema.ts lists and explains them). */
export const FILL_REGISTRY: Record<FillName, Fill> = {
  price(row, input, _spec, env) {
    const r = money(input, row.product, env);
    return r ? `${formatAmount(r.m, r.currency)} ${r.currency}` : input;
  },
  amount: (row, input, _spec, env) => amountOf(input, row.product, env),
  current_price(row, _input, _spec, env) {
    return onSale(row.product, env)?.sale ?? amountOf(row.product.get('price'), row.product, env);
  },
  compare_at_price: (row, _input, _spec, env) => onSale(row.product, env)?.regular ?? '',
  availability(row) {
    const text = row.product.get('availability').trim();
    if (text) return AVAILABILITY.get(text.toLowerCase()) ?? text;
    const qty = row.product.get('quantity').trim();
    if (!/^-?\d+(\.\d+)?$/.test(qty)) return '';
    return Number(qty) > 0 ? 'in_stock' : 'out_of_stock';
  },
  image: (row, _input, spec) => row.product.images()[spec.arg ?? 0] ?? '',
  images: (row) => row.product.images().join(', '),
  group_images: (row) => row.ctx.allImages().join(', '),
  variant_image(row) {
    const own = row.product.get('image_link');
    return row.ctx.group.products.some((p) => p.get('image_link') !== own) ? own : '';
  },
  row_image: (row) => row.image?.url ?? '',
  image_position: (row) => (row.image ? String(row.image.position) : ''),
  handle: (row) => row.ctx.handle(),
  group_sku: (row) => row.ctx.group.key ?? row.ctx.first.get('id'),
  option_name(row, _input, spec, env) {
    const n = spec.arg ?? 1;
    const single = env.profile.options.single;
    if (row.kinds.has('single') && single) return n === 1 ? single.name : '';
    const f = optionField(row, n);
    return f ? (env.profile.options.names[f] ?? f) : '';
  },
  option_value(row, _input, spec, env) {
    const n = spec.arg ?? 1;
    const single = env.profile.options.single;
    if (row.kinds.has('single') && single) return n === 1 ? single.value : '';
    const f = optionField(row, n);
    if (!f) return '';
    return row.kinds.has('parent') ? distinctValues(row.ctx.group.products, f).join(', ') : row.product.get(f);
  },
  variation_theme(row, _input, _spec, env) {
    const order = env.profile.options.theme ?? env.profile.options.fields;
    return [...row.ctx.options.fields]
      .sort((a, b) => order.indexOf(a) - order.indexOf(b))
      .map((f) => env.profile.options.names[f] ?? f)
      .join('');
  },
  variant_title(row) {
    const values = row.ctx.options.fields.map((f) => row.product.get(f)).filter(Boolean);
    const title = row.product.get('title');
    return values.length ? `${title} - ${values.join(', ')}` : title;
  },
  gtin_type(row) {
    const g = row.product.get('gtin').replace(/[\s-]/g, '');
    if (!/^\d+$/.test(g)) return '';
    if (g.length === 12) return 'UPC';
    if (g.length === 13) return /^97[89]/.test(g) ? 'ISBN' : 'EAN';
    if (g.length === 8) return 'EAN';
    if (g.length === 14) return 'GTIN';
    return '';
  },
  digits: (_row, input) => input.replace(/[\s-]/g, ''),
  weight(row, _input, _spec, env) {
    const text = row.product.get('shipping_weight').trim();
    if (!text || /[a-z]/i.test(text)) return text;
    const unit = unitFromHeader(row.product.sourceHeader('shipping_weight') ?? '');
    if (unit) return `${text} ${unit}`;
    env.note(row.product, 'shipping_weight has no unit; written as it was', text);
    return text;
  },
  grams: convert('g', 2),
  kilograms: convert('kg', 3),
  pounds: convert('lb', 2),
};
