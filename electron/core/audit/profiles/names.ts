import google from '../../../../shared/profiles/google.json' with { type: 'json' };
import shopify from '../../../../shared/profiles/shopify.json' with { type: 'json' };
import tiktok from '../../../../shared/profiles/tiktok.json' with { type: 'json' };
import amazon from '../../../../shared/profiles/amazon.json' with { type: 'json' };
import woocommerce from '../../../../shared/profiles/woocommerce.json' with { type: 'json' };

/** The audit profiles' data files as read, unvalidated (index.ts validates them), and their names. */
export const RAW: Record<string, unknown> = { google, shopify, tiktok, amazon, woocommerce };
export const PROFILE_NAMES: readonly string[] = Object.keys(RAW);
