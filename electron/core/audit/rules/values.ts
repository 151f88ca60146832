import { isValidGtin } from '../../../../shared/gtin.js';
import type { ProductRule } from './context.js';
import { parsePrice } from '../text/price.js';
import { dimensionRange, formatIn } from '../text/units.js';
import { measuresOf } from '../measures.js';
import { colourFamilies, colourFamily, compatibleColours, letterSize, titleSizes } from '../text/lexicon-match.js';
import { label } from './hygiene.js';
import { memoShort } from '../text/memo.js';

/** GTIN: digits only, 8/12/13/14 long, valid GS1 check digit (shared/gtin.ts). */
export const gtinCheck: ProductRule = (p, _ctx, emit) => {
  const raw = p.values.gtin;
  if (!raw) return;
  const g = raw.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(g) || ![8, 12, 13, 14].includes(g.length)) {
    emit({
      rule: 'gtin-invalid',
      severity: 'error',
      field: 'gtin',
      message: `The GTIN "${raw}" is not 8, 12, 13 or 14 digits.`,
      fix: 'Copy the barcode number from the packaging, or leave the GTIN empty if the product has none.',
    });
  } else if (!isValidGtin(g)) {
    emit({
      rule: 'gtin-invalid',
      severity: 'error',
      field: 'gtin',
      message: /^0+$/.test(g)
        ? `The GTIN "${raw}" is a placeholder of zeros.`
        : `The GTIN "${raw}" has a wrong check digit, so it is mistyped.`,
      fix: 'Copy the barcode number from the packaging, or leave the GTIN empty if the product has none.',
    });
  }
};

/** Price missing, zero, unreadable, or a sale price above the price. */
export const priceCheck: ProductRule = (p, ctx, emit) => {
  const raw = p.values.price;
  if (!raw) {
    if (ctx.sourceHasField(p.sourceId, 'price')) {
      emit({
        rule: 'price-missing',
        severity: 'warning',
        field: 'price',
        message: 'The product has no price.',
        fix: 'Enter the price.',
      });
    }
  } else {
    const price = parsePrice(raw);
    if (!price) {
      emit({
        rule: 'price-unreadable',
        severity: 'warning',
        field: 'price',
        message: `The price "${raw}" is not a number.`,
        fix: 'Write the price as a number, e.g. 19.99.',
      });
    } else if (price.amount <= 0) {
      emit({
        rule: 'price-zero',
        severity: 'warning',
        field: 'price',
        message: `The price is ${raw.trim()}, so the product would be listed for free.`,
        fix: 'Enter the real price.',
      });
    }
  }
  const sale = p.values.sale_price;
  if (sale && raw) {
    const s = parsePrice(sale);
    const r = parsePrice(raw);
    if (s && r && r.amount > 0 && s.amount > r.amount && (!s.currency || !r.currency || s.currency === r.currency)) {
      emit({
        rule: 'sale-above-price',
        severity: 'error',
        field: 'sale_price',
        message: `The sale price ${sale.trim()} is higher than the regular price ${raw.trim()}.`,
        fix: 'Lower the sale price or swap the two prices.',
      });
    }
  }
};

/** Colours named in a colour or brand value: the same few values repeat across the catalog (read-only sets). */
const valueColours = memoShort((v: string): ReadonlySet<string> => colourFamilies(v, false));
const NO_COLOURS: ReadonlySet<string> = new Set();

/** Title says one colour or size, the attribute another. Title only: descriptions list every colour a product comes in. */
export const titleContradiction: ProductRule = (p, _ctx, emit) => {
  const title = p.values.title;
  if (!title) return;
  const color = p.values.color;
  if (color) {
    const inTitle = colourFamilies(title, true);
    const inField = valueColours(color);
    const brand = p.values.brand ? valueColours(p.values.brand) : NO_COLOURS;
    const stated = [...inTitle].filter((f) => !brand.has(f));
    if (
      stated.length &&
      inField.size &&
      colourFamily(color) !== 'multicolour' &&
      !inField.has('multicolour') &&
      stated.every((f) => ![...inField].some((g) => compatibleColours(f, g)))
    ) {
      emit({
        rule: 'title-contradicts-attribute',
        severity: 'warning',
        field: 'color',
        message: `The title says ${stated.join('/')} but the color is "${color}".`,
        fix: 'Correct the color or the title so they agree.',
      });
    }
  }
  const size = p.values.size;
  if (size) {
    const fieldSize = letterSize(size);
    const sizes = titleSizes(title);
    if (fieldSize && sizes.size && !sizes.has(fieldSize)) {
      emit({
        rule: 'title-contradicts-attribute',
        severity: 'warning',
        field: 'size',
        message: `The title says size ${[...sizes].map((s) => s.toUpperCase()).join('/')} but the size is "${size}".`,
        fix: 'Correct the size or the title so they agree.',
      });
    }
  }
};

/** Measurements outside sane ranges (a 0 g parcel, a 20 t T-shirt). Unit mix-ups across the catalog are a catalog rule. */
export const measureRange: ProductRule = (p, _ctx, emit) => {
  for (const [field, m] of measuresOf(p).measures) {
    const v = p.values[field]!;
    const r = dimensionRange(m.dimension);
    if (m.base < r.min || m.base > r.max) {
      emit({
        rule: 'value-out-of-range',
        severity: 'warning',
        field,
        message: `The ${label(field)} "${v}" is outside any plausible ${m.dimension} (${formatIn(r.min, baseUnit(m.dimension), m.dimension)} to ${formatIn(r.max, baseUnit(m.dimension), m.dimension)}).`,
        fix: 'Check the number and the unit.',
      });
    }
  }
};

const baseUnit = (d: string) => (d === 'mass' ? 'g' : d === 'volume' ? 'ml' : 'mm');

/** A product without an image, in a catalog that has an image column. */
export const imageMissing: ProductRule = (p, ctx, emit) => {
  if (p.values.image_link?.trim()) return;
  if (!ctx.sourceHasField(p.sourceId, 'image_link')) return;
  emit({
    rule: 'image-missing',
    severity: 'warning',
    field: 'image_link',
    message: 'The product has no image.',
    fix: 'Add a product photo.',
  });
};
