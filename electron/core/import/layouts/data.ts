import synonymsJson from '../../../../shared/data/header-synonyms.json' with { type: 'json' };
import vocabulariesJson from '../../../../shared/data/value-vocabularies.json' with { type: 'json' };
import shopifyJson from '../../../../shared/data/shopify-columns.json' with { type: 'json' };
import woocommerceJson from '../../../../shared/data/woocommerce-columns.json' with { type: 'json' };
import amazonJson from '../../../../shared/data/amazon-columns.json' with { type: 'json' };
import tiktokJson from '../../../../shared/data/tiktok-columns.json' with { type: 'json' };
import googleJson from '../../../../shared/data/google-columns.json' with { type: 'json' };
import type { LayoutTable, ShopifySpec, Synonyms, Vocabularies } from './data-schemas.js';

export type { LayoutTable, TableColumn } from './data-schemas.js';

/** The layout data files, typed by their schemas (data-schemas.ts), which the tests hold them to. */
export const SYNONYMS = synonymsJson as unknown as Synonyms;
export const VOCABULARIES = vocabulariesJson as unknown as Vocabularies;
export const SHOPIFY_SPEC = shopifyJson as unknown as ShopifySpec;
export const WOOCOMMERCE_TABLE = woocommerceJson as unknown as LayoutTable;
export const AMAZON_TABLE = amazonJson as unknown as LayoutTable;
export const TIKTOK_TABLE = tiktokJson as unknown as LayoutTable;
export const GOOGLE_TABLE = googleJson as unknown as LayoutTable;
