import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import { Calibrator, combine, extractFromText, SHIPPED_CALIBRATION } from '../../electron/core/suggest/index.js';
import { buildVocabulary } from '../../electron/core/graph/index.js';
import { useTmpDir } from '../support/tmp.js';
import { projectWith } from './project.js';

const tmp = useTmpDir();
const fields = new Set(['material']);

describe('materials are lists', () => {
  it('reads "down" only as a filling, not as the everyday word', async () => {
    const { db } = await projectWith(tmp());
    try {
      const vocab = buildVocabulary(db, ['material']);
      const read = (text: string) =>
        extractFromText(1, [{ kind: 'desc', in: 'description', text }], { fields, vocab }).map((c) => c.key);
      expect(read('Zip it down when the wind picks up')).toEqual([]);
      expect(read('Warm shell with goose down filling')).toEqual(['down']);
      expect(read('Lightweight down jacket')).toEqual(['down']);
    } finally {
      closeProject(db);
    }
  });

  it('does not replace a list of materials with one of them, nor pool a list with a word that starts it', async () => {
    const { db } = await projectWith(tmp());
    try {
      const vocab = buildVocabulary(db, ['material']);
      // Every signal here is "always right", so only the list rules can hold a suggestion back.
      const calibrator = new Calibrator({
        ...SHIPPED_CALIBRATION,
        fields: { material: { 'any:desc': [99, 100], 'any:fix:desc': [99, 100], 'any:group': [99, 100] } },
      });
      const text = extractFromText(
        1,
        [{ kind: 'desc', in: 'description', text: 'Leather palm with a polyester back and mesh panels' }],
        { fields: new Set(['material']), vocab },
      );
      expect(text.map((c) => c.key)).toContain('leather');
      const product = { pid: 1, row: 2, id: 'GLOVE-1', values: { material: 'Leather/Polyester' } };
      // The seller's list already names the materials the text mentions, and then some: no correction.
      expect(combine(product, text, calibrator, 0)).toEqual([]);
      // A blank material: the group's "leather and polyester" and the text's "leather" are two answers.
      const group = { ...text[0]!, key: 'leather', value: 'leather and polyester', source: 'graph' as const, signal: 'group' };
      const [s] = combine({ ...product, values: {} }, [...text, group], calibrator, 0);
      expect(s!.signals).toContain('|conflict');
      // Before, both pooled under "leather": the list lost its polyester and won on two sources' agreement.
      const signals = s!.signals.split('|')[0]!.split('+');
      expect(signals.includes('group') && signals.some((x) => x.startsWith('desc'))).toBe(false);
      if (signals.includes('group')) expect(s!.suggested).toBe('leather and polyester');
    } finally {
      closeProject(db);
    }
  });
});
