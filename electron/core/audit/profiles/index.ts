import google from '../../../../shared/profiles/google.json' with { type: 'json' };
import shopify from '../../../../shared/profiles/shopify.json' with { type: 'json' };
import tiktok from '../../../../shared/profiles/tiktok.json' with { type: 'json' };
import amazon from '../../../../shared/profiles/amazon.json' with { type: 'json' };
import woocommerce from '../../../../shared/profiles/woocommerce.json' with { type: 'json' };
import { ProfileSchema, type Profile } from './schema.js';

export { ProfileSchema, type Profile, type FieldRule, type ForbiddenCheck } from './schema.js';

const RAW: Record<string, unknown> = { google, shopify, tiktok, amazon, woocommerce };

let cache: Map<string, Profile> | null = null;

/** Every audit profile, validated against the schema (a broken data file fails loudly, naming itself). */
export function auditProfiles(): ReadonlyMap<string, Profile> {
  if (cache) return cache;
  const m = new Map<string, Profile>();
  for (const [name, raw] of Object.entries(RAW)) {
    const r = ProfileSchema.safeParse(raw);
    if (!r.success)
      throw new Error(
        `shared/profiles/${name}.json is invalid: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    if (r.data.name !== name) throw new Error(`shared/profiles/${name}.json names itself "${r.data.name}"`);
    m.set(name, r.data);
  }
  cache = m;
  return m;
}

export const PROFILE_NAMES: readonly string[] = Object.keys(RAW);

export function auditProfile(name: string): Profile | undefined {
  return auditProfiles().get(name);
}
