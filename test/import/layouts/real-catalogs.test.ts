import { describe, expect, it } from 'vitest';
import { openSource } from '../../../electron/core/import/readers/index.js';
import { detectLayout } from '../../../electron/core/import/layouts/index.js';
import { HAS_SHARED_DATA, SHARED_DATA_MISSING, catalog } from '../../support/shared-data.js';
import { mapFile } from './map-file.js';

/** The layout every real catalog must be detected as (files no layout claims are generic). */
const EXPECTED: [string, string][] = [
  ['shopify-partners-samples/apparel.csv', 'shopify'],
  ['shopify-partners-samples/home-and-garden.csv', 'shopify'],
  ['shopify-partners-samples/jewelery.csv', 'shopify'],
  ['shopify-parispousse-fr/products_export.csv', 'shopify'],
  ['woocommerce-sample-data/sample_products.csv', 'woocommerce'],
  ['woocommerce-export-local/wc-product-export-28-7-2024-1722216242241.csv', 'woocommerce'],
  ['woocommerce-export-ptbr/sample_products.txt', 'woocommerce'],
  ['gmc-tsv-learning-lab/feed.tsv', 'google'],
  ['gmc-shopify-scrape-broken/processed_products.csv', 'google'],
  ['gmc-shopify-scrape-broken/google_merchant_feed.xml', 'google'],
  ['gmc-farfetch-ru/google_merchant_feed.xml', 'google'],
  ['adidas-us-products/adidas_usa.csv', 'generic'],
  ['akeneo-icecat-demo/products.csv', 'generic'],
  ['bigbasket-grocery-in/BigBasket Products.csv', 'generic'],
  ['eccube-jp-sjis/product_upload_sjis.csv', 'generic'],
  ['etsy-exports/eleswooddesigns_EtsyListingsDownload.csv', 'generic'],
  ['etsy-exports/petioleandbloom_EtsyListingsDownload.csv', 'generic'],
  ['flipkart-20k-in/flipkart_com-ecommerce_sample.csv', 'generic'],
  ['flipkart-20k-in/amz_com-ecommerce_sample.csv', 'generic'],
  ['flipkart-mobiles-in/Flipkart_Mobiles.csv', 'generic'],
  ['ikea-sa-furniture/IKEA_SA_Furniture_Web_Scrapings_sss.csv', 'generic'],
  ['leipzig-abt-buy/Abt.csv', 'generic'],
  ['leipzig-abt-buy/Buy.csv', 'generic'],
  ['leipzig-amazon-google-cp1252/Amazon.csv', 'generic'],
  ['leipzig-amazon-google-cp1252/GoogleProducts.csv', 'generic'],
  ['magento-luma-sample/configurable_products.csv', 'generic'],
  ['mercadolibre-cl-json/viaje_azul_productos_backup_2items.csv', 'generic'],
  ['myntra-fashion-in/myntra_products_catalog.csv', 'generic'],
  ['openfoodfacts-sample/products.csv', 'generic'],
  ['openfoodfacts-sample/openfoodfacts_italy.csv', 'generic'],
  ['xlsx-hm-us-5k/products.csv', 'generic'],
  ['xlsx-18steps-pantry/products.csv', 'generic'],
];

describe.skipIf(!HAS_SHARED_DATA)(`real catalogs (${HAS_SHARED_DATA ? '../shared/data' : SHARED_DATA_MISSING})`, () => {
  it.each(EXPECTED)('%s is detected as %s', async (file, layout) => {
    const reader = await openSource(catalog(file));
    try {
      expect(detectLayout(reader.header).name).toBe(layout);
    } finally {
      await reader.rows[Symbol.asyncIterator]().return?.();
    }
  });

  it('apparel.csv row 4 is size Medium in group classic-varsity-top, brand and title inherited from row 3', async () => {
    const f = await mapFile(catalog('shopify-partners-samples/apparel.csv'));
    expect(f.at(3)).toMatchObject({ item_group_id: 'classic-varsity-top', size: 'Small', brand: 'partners-demo' });
    expect(f.at(4)).toMatchObject({
      item_group_id: 'classic-varsity-top',
      size: 'Medium',
      brand: 'partners-demo',
      title: 'Classic Varsity Top',
      price: '60',
    });
    expect(f.products).toHaveLength(22);
  });

  it('jewelery.csv: 18 image-only rows attach images; Color and Colour options both become color', async () => {
    const f = await mapFile(catalog('shopify-partners-samples/jewelery.csv'));
    expect(f.rows).toHaveLength(41);
    expect(f.products).toHaveLength(23);
    expect(f.at(3)).toMatchObject({ item_group_id: 'chain-bracelet', color: 'Black', brand: 'Company 123' });
    const colours = f.products.filter((p) => p.values.color).map((p) => p.values.color);
    expect(colours.length).toBeGreaterThan(4);
    expect(f.products.filter((p) => p.values.additional_image_link).length).toBeGreaterThan(10);
  });

  it('parispousse (French): option "Taille" becomes size; 111 variants in 40 groups', async () => {
    const f = await mapFile(catalog('shopify-parispousse-fr/products_export.csv'));
    expect(f.products).toHaveLength(111);
    expect(new Set(f.products.map((p) => p.values.item_group_id)).size).toBe(40);
    expect(f.at(10)).toMatchObject({
      item_group_id: 'pot-horticole-terre-naturelle',
      size: 'M- Ø 39 cm - hauteur 36 cm',
      brand: 'ParisPousse',
      product_type: 'Pot',
      price: '59.00',
    });
  });

  it('WooCommerce sample: variations inherit category and link to the parent SKU; Portuguese export maps by its headers', async () => {
    const f = await mapFile(catalog('woocommerce-sample-data/sample_products.csv'));
    expect(f.has(2)).toBe(false); // the variable V-Neck parent
    expect(f.at(16)).toMatchObject({
      id: 'woo-vneck-tee-red',
      item_group_id: 'woo-vneck-tee',
      color: 'Red',
      product_type: 'Clothing > Tshirts',
      price: '20',
    });
    expect(f.at(26)).toMatchObject({ item_group_id: 'woo-hoodie', color: 'Blue', Logo: 'Yes' });
    const pt = await mapFile(catalog('woocommerce-export-ptbr/sample_products.txt'));
    expect(pt.at(3)).toMatchObject({
      id: '66',
      item_group_id: '65',
      price: '500',
      sale_price: '450',
      quantity: '20',
      product_type: 'Sem categoria',
    });
  });

  it('Google TSV feed and generic files map their key columns', async () => {
    const g = await mapFile(catalog('gmc-tsv-learning-lab/feed.tsv'));
    expect(g.mapper.mapping).toMatchObject({ id: 'id', item_group_id: 'item_group_id', gtin: 'gtin', color: 'color' });
    const m = await mapFile(catalog('myntra-fashion-in/myntra_products_catalog.csv'));
    expect(m.mapper.mapping).toMatchObject({
      ProductID: 'id',
      ProductName: 'title',
      ProductBrand: 'brand',
      Gender: 'gender',
      'Price (INR)': 'price',
      PrimaryColor: 'color',
    });
    const e = await mapFile(catalog('eccube-jp-sjis/product_upload_sjis.csv'));
    expect(e.mapper.mapping).toMatchObject({ 商品ID: 'id', 商品名: 'title', 販売価格: 'price', 在庫数: 'quantity' });
  });
});
