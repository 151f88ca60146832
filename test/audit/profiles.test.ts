import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../support/tmp.js';
import { audit, csv } from './support.js';
import { auditProfiles, ProfileSchema } from '../../electron/core/audit/index.js';

const tmp = useTmpDir();

const H = [
  'id',
  'title',
  'description',
  'link',
  'image_link',
  'availability',
  'price',
  'brand',
  'gtin',
  'mpn',
  'condition',
  'google_product_category',
  'color',
  'size',
  'gender',
  'age_group',
  'item_group_id',
  'shipping_weight',
  'product_type',
  'quantity',
];
const DESC =
  'Three-layer waterproof shell with taped seams and a helmet-compatible hood. Recycled polyester face fabric with a breathable membrane keeps you dry on long resort days and short backcountry tours alike. Machine washable.';
/** A product every profile accepts: a ski jacket in Google's Clothing category with every identifier. */
const COMPLIANT: Record<string, string> = {
  id: 'glacier-m-black',
  title: "Glacier Pro Men's Ski Jacket Black Size M",
  description: DESC,
  link: 'https://shop.example/p/glacier-m-black',
  image_link: 'https://shop.example/i/glacier-black.jpg',
  availability: 'in_stock',
  price: '349.00 EUR',
  brand: 'Northridge',
  gtin: '8123456700019',
  mpn: 'GLP-M-BLK',
  condition: 'new',
  google_product_category: '5322',
  color: 'Black',
  size: 'M',
  gender: 'male',
  age_group: 'adult',
  item_group_id: 'glacier-pro',
  shipping_weight: '1.2 kg',
  product_type: 'Jackets',
  quantity: '4',
};
const line = (o: Record<string, string>) => H.map((h) => o[h] ?? '');
const profileFindings = async (profile: string, o: Record<string, string>) =>
  (await audit(tmp(), csv(H, [line(o)]), [profile])).filter((f) => f.profile === profile).map((f) => `${f.rule}:${f.field}`);

/** Per profile: one violation per line, and the finding it must give. */
const VIOLATIONS: Record<string, [Record<string, string>, string][]> = {
  google: [
    [{ title: '' }, 'google:missing-required:title'],
    [{ title: 'x'.repeat(151) }, 'google:too-long:title'],
    [{ id: 'x'.repeat(51) }, 'google:too-long:id'],
    [{ description: 'd'.repeat(5001) }, 'google:too-long:description'],
    [{ availability: 'available' }, 'google:invalid-value:availability'],
    [{ condition: 'mint' }, 'google:invalid-value:condition'],
    [{ price: '349.00' }, 'google:price-currency:price'],
    [{ price: 'ask us' }, 'google:invalid-price:price'],
    [{ color: '' }, 'google:missing-required:color'],
    [{ gender: '' }, 'google:missing-required:gender'],
    [{ age_group: 'grown-up' }, 'google:invalid-value:age_group'],
    [{ size: '' }, 'google:missing-required:size'],
    [{ gtin: '', mpn: '' }, 'google:missing-identifier:gtin'],
    [{ gtin: '', mpn: 'N/A' }, 'google:invalid-mpn:mpn'],
    [{ title: "Glacier Jacket FREE SHIPPING men's black M" }, 'google:promo:title'],
    [{ title: 'GLACIER PRO MENS SKI JACKET' }, 'google:all-caps:title'],
    [{ title: "Glacier <b>Pro</b> Men's Ski Jacket" }, 'google:html:title'],
    [{ title: "Glacier Pro Men's Ski Jacket!!!" }, 'google:repeated-punctuation:title'],
    [{ image_link: 'images/glacier.jpg' }, 'google:invalid-url:image_link'],
  ],
  shopify: [
    [{ title: '' }, 'shopify:missing-required:title'],
    [{ item_group_id: 'Glacier Pro' }, 'shopify:invalid-format:item_group_id'],
    [{ brand: 'N' }, 'shopify:too-short:brand'],
    [{ price: '' }, 'shopify:missing-required:price'],
    [{ condition: 'as new' }, 'shopify:invalid-value:condition'],
  ],
  tiktok: [
    [{ title: 'Ski Jacket' }, 'tiktok:too-short:title'],
    [{ description: 'Warm jacket.' }, 'tiktok:too-short:description'],
    [{ title: "Glacier Pro Men's Ski Jacket 50% off today" }, 'tiktok:promo:title'],
    [{ title: "Glacier Pro Men's Ski Jacket ❄️ Black" }, 'tiktok:emoji:title'],
    [{ title: "Glacier Pro Men's Ski Jacket www.northridge.shop" }, 'tiktok:url:title'],
    [{ image_link: '' }, 'tiktok:missing-required:image_link'],
  ],
  amazon: [
    [{ title: 'x '.repeat(101) }, 'amazon:too-long:title'],
    [{ brand: '' }, 'amazon:missing-required:brand'],
    [{ size: '' }, 'amazon:missing-required:size'],
    [{ description: `<div>${DESC}</div>` }, 'amazon:html-except-br:description'],
    [{ title: "Glacier Pro Men's Ski Jacket {Black}" }, 'amazon:special-characters:title'],
    [{ title: "Glacier Pro Men's Ski Jacket best price" }, 'amazon:promo:title'],
  ],
  woocommerce: [
    [{ title: '' }, 'woocommerce:missing-required:title'],
    [{ price: '€ ninety' }, 'woocommerce:invalid-price:price'],
  ],
};

describe('marketplace profiles', () => {
  it('every profile data file passes its schema and cites a source on each entry', () => {
    const all = auditProfiles();
    expect([...all.keys()].sort()).toEqual(['amazon', 'google', 'shopify', 'tiktok', 'woocommerce']);
    for (const p of all.values()) {
      expect(ProfileSchema.safeParse(p).success).toBe(true);
      for (const f of Object.values(p.fields)) expect(f.source.length).toBeGreaterThan(10);
    }
  });

  for (const [profile, cases] of Object.entries(VIOLATIONS)) {
    describe(profile, () => {
      it('a compliant product passes', async () => {
        expect(await profileFindings(profile, COMPLIANT)).toEqual([]);
      });
      it('each violation is caught', async () => {
        const dir = tmp();
        const rows = cases.map(([change], i) =>
          line({ ...COMPLIANT, id: `${COMPLIANT.id}-${i}`, ...change, ...(change.id ? { id: change.id } : {}) }),
        );
        const found = (await audit(dir, csv(H, rows), [profile])).filter((f) => f.profile === profile);
        cases.forEach(([, expected], i) => {
          const at = found.filter((f) => f.row === i + 2).map((f) => `${f.rule}:${f.field}`);
          expect(at, `row ${i + 2}: ${JSON.stringify(cases[i]![0]).slice(0, 80)}`).toContain(expected);
        });
      });
    });
  }
});
