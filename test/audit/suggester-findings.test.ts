import { describe, expect, it } from 'vitest';
import { closeProject, type Db } from '../../electron/core/store/index.js';
import { auditProject, runAudit } from '../../electron/core/audit/index.js';
import { suggest, Calibrator, CONTRADICTION_RULE, SHIPPED_CALIBRATION } from '../../electron/core/suggest/index.js';
import { useTmpDir } from '../support/tmp.js';
import { projectWith } from '../suggest/project.js';

const tmp = useTmpDir();

const contradictions = (db: Db) =>
  db.prepare(`SELECT pid, field, message FROM findings WHERE rule = ? ORDER BY pid, field`).all(CONTRADICTION_RULE);
const auditFindings = (db: Db) =>
  db.prepare(`SELECT count(*) FROM findings WHERE rule NOT LIKE 'suggest.%'`).pluck().get() as number;

describe('a full audit and the suggester share the findings table', () => {
  it("keeps the suggester's contradiction findings through a full audit, in one thread and in workers", async () => {
    const { db } = await projectWith(tmp());
    try {
      // A calibration in which a title correcting a colour is right 49 times in 50, so the red "Black" tee is flagged.
      const calibrator = new Calibrator({
        ...SHIPPED_CALIBRATION,
        fields: { ...SHIPPED_CALIBRATION.fields, color: { 'fix:title': [49, 50], 'any:fix:title': [49, 50] } },
      });
      await suggest(db, { embed: false, fields: ['color'], calibrator });
      const before = contradictions(db);
      expect(before.length).toBeGreaterThan(0);

      runAudit(db, { profiles: ['google'], full: true });
      expect(auditFindings(db)).toBeGreaterThan(0);
      expect(contradictions(db)).toEqual(before);

      await auditProject(db, { profiles: ['google'], full: true, workers: 2 });
      expect(contradictions(db)).toEqual(before);
    } finally {
      closeProject(db);
    }
  });
});
