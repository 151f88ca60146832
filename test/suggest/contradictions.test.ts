import { describe, expect, it } from 'vitest';
import { closeProject } from '../../electron/core/store/index.js';
import {
  suggest,
  extractFromText,
  findContradictions,
  Calibrator,
  CONTRADICTION_RULE,
  SHIPPED_CALIBRATION,
} from '../../electron/core/suggest/index.js';
import { buildVocabulary } from '../../electron/core/graph/index.js';
import { useTmpDir } from '../support/tmp.js';
import { projectWith } from './project.js';

const tmp = useTmpDir();

interface FindingRow {
  id: string;
  rule: string;
  severity: string;
  field: string;
  message: string;
  fix: string | null;
}

const findings = (db: Parameters<typeof closeProject>[0]) =>
  db
    .prepare(
      `SELECT p."id" AS id, f.rule, f.severity, f.field, f.message, f.fix FROM findings f JOIN products p ON p.pid = f.pid WHERE f.rule = ?`,
    )
    .all(CONTRADICTION_RULE) as FindingRow[];

describe('contradictions become findings', () => {
  it('records a current value that strong evidence contradicts, once per run, in the findings table', async () => {
    const { db } = await projectWith(tmp());
    try {
      // A calibration in which a title correcting a colour is right 49 times in 50: (49 + 1) / (50 + 2) = 0.96.
      const calibrator = new Calibrator({
        ...SHIPPED_CALIBRATION,
        fields: { ...SHIPPED_CALIBRATION.fields, color: { 'fix:title': [49, 50], 'any:fix:title': [49, 50] } },
      });
      const r = await suggest(db, { embed: false, fields: ['color'], calibrator });
      const rows = findings(db);
      const tee = rows.find((f) => f.id === 'TEE-BLACK-S')!;
      expect(tee).toMatchObject({ severity: 'warning', field: 'color', fix: 'Black' });
      expect(tee.message).toBe('color is "Red" but the text says "Black" (confidence 0.96).');
      expect(rows.find((f) => f.id === 'PULL-ROUGE-S')).toBeUndefined(); // "Rouge" agrees with its title
      expect(r.contradictions).toBe(rows.length);
      // A second run replaces, not duplicates, the findings; other rules' findings are left alone.
      db.prepare(
        `INSERT INTO findings (pid, rule, severity, field, message) VALUES (1, 'gmc.title-length', 'info', 'title', 'x')`,
      ).run();
      await suggest(db, { embed: false, fields: ['color'], calibrator });
      expect(findings(db)).toEqual(rows);
      expect(db.prepare(`SELECT count(*) AS n FROM findings WHERE rule = 'gmc.title-length'`).get()).toEqual({ n: 1 });
    } finally {
      closeProject(db);
    }
  });

  it('flags text and image naming different colours, but not a shade and its family', async () => {
    const { db } = await projectWith(tmp());
    try {
      const vocab = buildVocabulary(db, ['color']);
      const fields = new Set(['color']);
      const text = extractFromText(7, [{ kind: 'title', in: 'title', text: 'Classic Crew Sweater, Red' }], { fields, vocab });
      const image = extractFromText(7, [{ kind: 'ocr', in: 'sweater.jpg', text: 'CREW SWEATER BLUE L' }], {
        fields,
        vocab,
        source: 'ocr',
      });
      const product = { pid: 7, row: 8, id: 'SW-1', values: { color: undefined } };
      // A filled colour is judged by its correcting suggestion, not by the sources' disagreement.
      expect(findContradictions({ ...product, values: { color: 'Red' } }, [...text, ...image], [])).toEqual([]);
      const found = findContradictions(product, [...text, ...image], []);
      expect(found).toEqual([
        { pid: 7, field: 'color', message: 'the text says color "Red" but the image says "Blue".', fix: null },
      ]);
      const navy = extractFromText(7, [{ kind: 'ocr', in: 'sweater.jpg', text: 'NAVY' }], { fields, vocab, source: 'ocr' });
      const blue = extractFromText(7, [{ kind: 'title', in: 'title', text: 'Crew Sweater Blue' }], { fields, vocab });
      expect(findContradictions(product, [...blue, ...navy], [])).toEqual([]);
      // A jacket's "down" filling beside its group's "recycled polyester" shell: materials are many, not a contradiction.
      const down = extractFromText(7, [{ kind: 'desc', in: 'description', text: 'Shell with down filling' }], {
        fields: new Set(['material']),
        vocab,
      });
      expect(down.map((c) => c.key)).toEqual(['down']);
      const group = {
        ...down[0]!,
        key: 'recycled polyester',
        value: 'recycled polyester',
        source: 'graph' as const,
        signal: 'group',
      };
      expect(findContradictions({ ...product, values: {} }, [...down, group], [])).toEqual([]);
    } finally {
      closeProject(db);
    }
  });
});
