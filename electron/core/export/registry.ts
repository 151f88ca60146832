import { EXPORT_PROFILES } from '../../../shared/profiles/export/index.js';
import type { FeedWriter } from './types.js';
import { sourceWriter } from './profiles/source.js';
import { profileWriter } from './profile-writer.js';

/** Feed writers by profile name: the seller's own layout, then one per marketplace profile data file. */
export const WRITERS: readonly FeedWriter[] = [sourceWriter, ...EXPORT_PROFILES.map(profileWriter)];

export function writerFor(profile: string): FeedWriter {
  const w = WRITERS.find((x) => x.profile === profile);
  if (!w) throw new Error(`unknown export profile "${profile}" (known: ${WRITERS.map((x) => x.profile).join(', ')})`);
  return w;
}
