import type { FeedWriter } from './types.js';
import { sourceWriter } from './profiles/source.js';

/** Feed writers by profile name. */
export const WRITERS: readonly FeedWriter[] = [sourceWriter];

export function writerFor(profile: string): FeedWriter {
  const w = WRITERS.find((x) => x.profile === profile);
  if (!w) throw new Error(`unknown export profile "${profile}" (known: ${WRITERS.map((x) => x.profile).join(', ')})`);
  return w;
}
