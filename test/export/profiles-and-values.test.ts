import { describe, expect, it } from 'vitest';
import { EXPORT_PROFILES, FILLS, parseExportProfile } from '../../shared/profiles/export/index.js';
import google from '../../shared/profiles/export/google.json' with { type: 'json' };
import { FILL_REGISTRY } from '../../electron/core/export/fills.js';
import { formatAmount, parseMoney } from '../../electron/core/export/price.js';
import { parseGrams, unitFromHeader } from '../../electron/core/export/weight.js';
import { escapeXml } from '../../electron/core/export/xml-escape.js';
import { slugify } from '../../electron/core/export/shopify-handle.js';

describe('export profile data files', () => {
  it('all validate, and every column cites where the marketplace documents it', () => {
    expect(EXPORT_PROFILES.map((p) => p.profile)).toEqual(['shopify', 'google', 'tiktok', 'amazon', 'woocommerce']);
    for (const p of EXPORT_PROFILES) {
      expect(p.source.length, p.profile).toBeGreaterThan(10);
      for (const c of p.columns) expect(c.source.length, `${p.profile} ${c.header}`).toBeGreaterThan(10);
    }
    // Every fill a profile may name has an implementation.
    expect(Object.keys(FILL_REGISTRY).sort()).toEqual([...FILLS].sort());
  });

  it('rejects a profile with a column that says neither where its value comes from nor its source', () => {
    const broken = structuredClone(google) as { columns: Record<string, unknown>[] };
    broken.columns.push({ header: 'mystery' });
    expect(() => parseExportProfile('broken', broken)).toThrow(/broken\.json: columns\.\d+\.source/);
    const dup = structuredClone(google) as { columns: Record<string, unknown>[] };
    dup.columns.push({ ...dup.columns[0]! });
    expect(() => parseExportProfile('dup', dup)).toThrow('duplicate column "id"');
    const noMap = structuredClone(google) as { columns: Record<string, unknown>[] };
    noMap.columns[0] = { ...noMap.columns[0]!, map: 'nowhere' };
    expect(() => parseExportProfile('nomap', noMap)).toThrow('no map named "nowhere"');
  });
});

describe('reading prices', () => {
  it.each([
    ['15', '15', undefined],
    ['15.00 USD', '15.00', 'USD'],
    ['USD 15.5', '15.5', 'USD'],
    ['$15', '15', 'USD'],
    ['€49,90', '49.90', 'EUR'],
    ['39,90 €', '39.90', 'EUR'],
    ['1.234,50 EUR', '1234.50', 'EUR'],
    ['1,234.50', '1234.50', undefined],
    ['1,234', '1234', undefined],
    ['£ 1 299.99', '1299.99', 'GBP'],
    ['¥1500', '1500', 'JPY'],
    ['R$ 10,00', '10.00', 'BRL'],
    ['-5', '-5', undefined],
  ])('%s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('refuses what is not a price, and formats with the currency minor unit', () => {
    expect(parseMoney('call us')).toBeUndefined();
    expect(parseMoney('')).toBeUndefined();
    expect(parseMoney('12 for 2')).toBeUndefined();
    expect(formatAmount({ amount: '1500' }, 'JPY')).toBe('1500');
    expect(formatAmount({ amount: '12.5' }, 'USD')).toBe('12.50');
    expect(parseMoney('$15', 'CAD')).toEqual({ amount: '15', currency: 'CAD' });
    expect(parseMoney('$15', 'EUR')).toEqual({ amount: '15', currency: 'USD' });
  });
});

describe('weights, handles and XML text', () => {
  it('reads weights with their unit, or the unit of the column they came from', () => {
    expect(parseGrams('500 g')).toBe(500);
    expect(parseGrams('1,2 kg')).toBe(1200);
    expect(parseGrams('2 lbs')).toBeCloseTo(907.18, 2);
    expect(parseGrams('0.45', unitFromHeader('Weight (kg)'))).toBe(450);
    expect(parseGrams('180', unitFromHeader('Variant Grams'))).toBe(180);
    expect(parseGrams('25')).toBeUndefined();
    expect(unitFromHeader('Package Weight(lb)')).toBe('lb');
  });

  it('makes Shopify handles of letters, digits and dashes', () => {
    expect(slugify('Crème Brûlée Tee — XL')).toBe('creme-brulee-tee-xl');
    expect(slugify('organic-cotton-tee')).toBe('organic-cotton-tee');
    expect(slugify('東京')).toBe('');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>\u0001\uFFFE\ud800ok`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;ok',
    );
    expect(escapeXml('emoji 👕 stays')).toBe('emoji 👕 stays');
  });
});
