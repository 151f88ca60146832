import amazon from './amazon.json' with { type: 'json' };
import google from './google.json' with { type: 'json' };
import shopify from './shopify.json' with { type: 'json' };
import tiktok from './tiktok.json' with { type: 'json' };
import woocommerce from './woocommerce.json' with { type: 'json' };
import { ExportProfileSchema, type ExportProfile } from './schema.js';

export * from './schema.js';

/** Checks a profile file against the schema; a mistake names the file and the field. */
export function parseExportProfile(name: string, data: unknown): ExportProfile {
  const r = ExportProfileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`export profile ${name}.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** Every marketplace export profile shipped with the app, validated once at load. */
export const EXPORT_PROFILES: readonly ExportProfile[] = Object.entries({ shopify, google, tiktok, amazon, woocommerce }).map(
  ([name, data]) => parseExportProfile(name, data),
);
