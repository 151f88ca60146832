import { describe, expect, it } from 'vitest';
import { useTmpDir } from '../support/tmp.js';
import { csv, projectFrom } from './support.js';
import { applyBatch, closeProject, undo, type Db } from '../../electron/core/store/index.js';
import { iterateFindings, runAudit } from '../../electron/core/audit/index.js';

const tmp = useTmpDir();
const H = ['id', 'item_group_id', 'title', 'image_link', 'price', 'brand', 'gtin', 'color', 'size'];
const rows = [
  ['A1', 'tee', 'Cotton Tee', 'https://s.example/tee.jpg', '19', 'Acme', '4006381333931', 'Red', 'S'],
  ['A2', 'tee', 'Cotton Tee', 'https://s.example/tee.jpg', '19', 'Acme', '5901234123457', 'Red', 'M'],
  ['A3', 'tee', 'Cotton Tee', 'https://s.example/tee.jpg', '19', 'Acme', '8123456700019', 'Red', 'L'],
  ['B1', '', 'Canvas Tote Bag', 'https://s.example/tote.jpg', '12', 'Acme', '', 'Navy', ''],
  ['B2', '', 'Linen Apron', 'https://s.example/apron.jpg', '22', 'Acme', '', 'Navy', ''],
  ['B3', '', 'Oak Coaster Set', 'https://s.example/coaster.jpg', '9', 'Acme', '', 'Navy', ''],
  ['B4', '', 'Wool Blanket', 'https://s.example/blanket.jpg', '89', 'acme', '', 'navy blue', ''],
];
const snapshot = (db: Db) => [...iterateFindings(db)].map((f) => `${f.row}|${f.rule}|${f.field}|${f.message}`).sort();
const pidOf = (db: Db, id: string) => db.prepare('SELECT pid FROM products WHERE "id" = ?').pluck().get(id) as number;

describe('incremental re-audit', () => {
  it('re-checks only edited products and ends with exactly the findings a full audit gives', async () => {
    const db = await projectFrom(tmp(), csv(H, rows));
    try {
      const first = runAudit(db, { profiles: ['google'] });
      expect(first.mode).toBe('full');
      const before = snapshot(db);
      expect(before.some((f) => f.includes('brand-spelling'))).toBe(true);

      // Fix the brand and colour spelling, give a tee variant a duplicate size, copy an id and a GTIN.
      applyBatch(db, 'edit', 'fixes', [
        { pid: pidOf(db, 'B4'), field: 'brand', value: 'Acme' },
        { pid: pidOf(db, 'B4'), field: 'color', value: 'Navy' },
        { pid: pidOf(db, 'A3'), field: 'size', value: 'M' },
        { pid: pidOf(db, 'B3'), field: 'id', value: 'B2' },
        { pid: pidOf(db, 'B1'), field: 'gtin', value: '4006381333931' },
      ]);
      const re = runAudit(db, { profiles: ['google'] });
      expect(re.mode).toBe('incremental');
      expect(re.checked).toBe(4);
      const after = snapshot(db);
      expect(after.some((f) => f.includes('brand-spelling'))).toBe(false);
      expect(after.filter((f) => f.includes('|variant-duplicate-options|')).length).toBe(2);
      expect(after.filter((f) => f.includes('|duplicate-id|')).length).toBe(2);
      expect(after.filter((f) => f.includes('|duplicate-gtin|')).length).toBe(2);

      runAudit(db, { profiles: ['google'], full: true });
      expect(snapshot(db)).toEqual(after);

      // Undo is a change too: the next re-audit brings the old findings back.
      undo(db);
      const u = runAudit(db, { profiles: ['google'] });
      expect(u.mode).toBe('incremental');
      expect(snapshot(db)).toEqual(before);
      // Nothing changed: nothing is re-checked.
      expect(runAudit(db, { profiles: ['google'] }).checked).toBe(0);
      // Another profile set means a full audit.
      expect(runAudit(db, { profiles: ['google', 'amazon'] }).mode).toBe('full');
    } finally {
      closeProject(db);
    }
  });

  it('deterministic fixes become pending suggestions with source "rule", and the data is unchanged', async () => {
    const db = await projectFrom(tmp(), csv(H, rows));
    try {
      const revs = db.prepare('SELECT sum(rev) FROM products').pluck().get();
      runAudit(db);
      const s = db
        .prepare(
          `SELECT p."id" AS id, s.field, s.current, s.suggested, s.sources, s.state, s.evidence FROM suggestions s JOIN products p USING (pid) ORDER BY p.pid, s.field`,
        )
        .all() as Record<string, string>[];
      expect(s.map((x) => `${x.id}:${x.field}:${x.current}->${x.suggested}`)).toEqual([
        'B4:brand:acme->Acme',
        'B4:color:navy blue->Navy',
      ]);
      expect(s.every((x) => x.sources === 'rule' && x.state === 'pending' && JSON.parse(x.evidence!).rule)).toBe(true);
      expect(db.prepare('SELECT sum(rev) FROM products').pluck().get()).toBe(revs);
    } finally {
      closeProject(db);
    }
  });
});
