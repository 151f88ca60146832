import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../electron/core/graph/index.js';
import { extractFromText } from '../../electron/core/suggest/index.js';

/** A catalog that writes one brand two ways, once each (a seller's slip: "NorthWind" beside "Northwind"). */
function tiedVocabulary(): Vocabulary {
  const v = new Vocabulary();
  for (const s of ['NorthWind', 'Northwind']) {
    v.count('brand', 'northwind', s, 1);
    v.brands.add(s, { key: 'northwind', value: s, ambiguous: false });
  }
  return v;
}

describe("the catalog's spelling of a value", () => {
  it('takes the most used spelling, and on a tie the one the evidence is written in', () => {
    const v = tiedVocabulary();
    expect(v.spelling('brand', 'northwind', 'Northwind')).toBe('Northwind');
    expect(v.spelling('brand', 'northwind', 'NorthWind')).toBe('NorthWind');
    // Evidence in neither spelling: the first in code-point order, so the choice is stable.
    expect(v.spelling('brand', 'northwind', 'NORTHWIND')).toBe('NorthWind');
    v.count('brand', 'northwind', 'NorthWind', 1);
    expect(v.spelling('brand', 'northwind', 'Northwind')).toBe('NorthWind');
  });

  it("suggests a brand found in a title in the title's own spelling when the catalog's spellings tie", () => {
    const found = extractFromText(6, [{ kind: 'title', in: 'title', text: 'Northwind Bio-T-Shirt Navy L' }], {
      fields: new Set(['brand']),
      vocab: tiedVocabulary(),
    });
    expect(found.map((c) => c.value)).toContain('Northwind');
    expect(found.map((c) => c.value)).not.toContain('NorthWind');
  });
});
