import synonyms from '../../../../shared/data/header-synonyms.json' with { type: 'json' };
import { isCanonicalField, type CanonicalField } from '../../../../shared/fields.js';
import { normaliseHeader } from './normalise.js';

const byHeader = new Map<string, CanonicalField>();
for (const [field, names] of Object.entries(synonyms)) {
  if (!isCanonicalField(field) || !Array.isArray(names)) continue;
  for (const name of names) {
    const key = normaliseHeader(String(name));
    if (!byHeader.has(key)) byHeader.set(key, field);
  }
  byHeader.set(normaliseHeader(field), field);
}

/** The canonical field a header names, in any of the languages the synonym file lists. */
export function fieldForHeader(header: string): CanonicalField | undefined {
  return byHeader.get(normaliseHeader(header));
}
