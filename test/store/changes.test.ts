import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openProject, closeProject, applyBatch, undo, redo, getProduct, history } from '../../electron/core/store/index.js';
import { importCatalog } from '../../electron/core/import/index.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();

async function project(dir: string) {
  const csv = join(dir, 'c.csv');
  writeFileSync(csv, 'id,title,brand,color\nA1,Red Shirt,Acme,Red\nA2,Blue Shirt,acme,Blue\n');
  const path = join(dir, 'p.cdoc');
  const db = openProject(path);
  await importCatalog(db, csv);
  return { db, path };
}

describe('change record', () => {
  it('undoes and redoes a whole batch, across a restart', async () => {
    const dir = tmp();
    const { db, path } = await project(dir);
    const b = applyBatch(db, 'bulk', 'canonical brand casing', [
      { pid: 1, field: 'brand', value: 'ACME' },
      { pid: 2, field: 'brand', value: 'ACME' },
      { pid: 2, field: 'fit', value: 'slim' },
    ]);
    expect(b?.changes).toBe(3);
    expect(getProduct(db, 2)?.values).toMatchObject({ brand: 'ACME', fit: 'slim' });
    closeProject(db);

    const again = openProject(path, { create: false });
    expect(undo(again)?.batchId).toBe(b!.batchId);
    expect(getProduct(again, 1)?.values.brand).toBe('Acme');
    expect(getProduct(again, 2)?.values).toMatchObject({ brand: 'acme' });
    expect(getProduct(again, 2)?.values.fit).toBeUndefined();
    closeProject(again);

    const third = openProject(path, { create: false });
    expect(redo(third)?.changes).toBe(3);
    expect(getProduct(third, 2)?.values).toMatchObject({ brand: 'ACME', fit: 'slim' });
    expect(getProduct(third, 2)?.original.brand).toBe('acme');
    expect(undo(third)).not.toBeNull();
    expect(undo(third)).toBeNull();
    closeProject(third);
  });

  it('a new batch after an undo discards the redo stack', async () => {
    const { db } = await project(tmp());
    applyBatch(db, 'edit', 'first', [{ pid: 1, field: 'color', value: 'Crimson' }]);
    undo(db);
    applyBatch(db, 'edit', 'second', [{ pid: 1, field: 'color', value: 'Scarlet' }]);
    expect(redo(db)).toBeNull();
    expect(getProduct(db, 1)?.values.color).toBe('Scarlet');
    expect(history(db).map((h) => [h.why, h.state])).toEqual([
      ['second', 'applied'],
      ['first', 'discarded'],
    ]);
    closeProject(db);
  });

  it('records nothing for an edit that changes nothing', async () => {
    const { db } = await project(tmp());
    expect(applyBatch(db, 'edit', 'same', [{ pid: 1, field: 'color', value: 'Red' }])).toBeNull();
    expect(history(db)).toEqual([]);
    closeProject(db);
  });
});
