import { ProfileSchema, type Profile } from './schema.js';
import { PROFILE_NAMES, RAW } from './names.js';

export { ProfileSchema, type Profile, type FieldRule, type ForbiddenCheck } from './schema.js';

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

export { PROFILE_NAMES };

export function auditProfile(name: string): Profile | undefined {
  return auditProfiles().get(name);
}
