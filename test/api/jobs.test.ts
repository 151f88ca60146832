import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/api/index.js';
import { Jobs } from '../../electron/core/api/jobs.js';
import type { JobState, ProjectSummary } from '../../shared/api.js';
import { useTmpDir } from '../support/tmp.js';

const tmp = useTmpDir();
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.shutdown();
  engine = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('jobs the UI starts', () => {
  it('report progress, rate in their unit and time left, and stop on cancel', async () => {
    const jobs = new Jobs();
    let stoppedAt = -1;
    const id = jobs.start('suggest', 'items', async ({ signal, progress }) => {
      for (let done = 0; done <= 1000; done += 50) {
        if (signal.aborted) {
          stoppedAt = done;
          throw new Error('cancelled');
        }
        progress(done, 1000, `${done} of 1000`);
        await sleep(15);
      }
      return null;
    });
    await sleep(120);
    const mid = jobs.get(id);
    expect(mid).toMatchObject({ kind: 'suggest', state: 'running', unit: 'items' });
    expect(mid.progress).toBeGreaterThan(0);
    expect(mid.progress).toBeLessThan(1);
    // About 50 items per 15 ms: the rate is in the thousands per second, the time left under a second.
    expect(mid.rate).toBeGreaterThan(500);
    expect(mid.eta).toBeGreaterThan(0);
    expect(mid.eta).toBeLessThan(5);
    jobs.cancel(id);
    await jobs.settle();
    expect(jobs.get(id).state).toBe('cancelled');
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(1000);
  });

  it('cancels an import part way, keeping the project as it was', async () => {
    const file = join(tmp(), 'big.csv');
    const lines = ['id,title,brand,price,color'];
    for (let i = 0; i < 150_000; i++) lines.push(`SKU-${i},Contoso Kettle ${i} Steel,Contoso,${(i % 90) + 9}.99 EUR,Silver`);
    writeFileSync(file, lines.join('\n') + '\n');
    engine = new Engine({ workspace: join(tmp(), 'ws') });
    await engine.call('project.new', {});
    const { jobId } = (await engine.call('import.start', { file: { path: file, name: 'big.csv' } })) as { jobId: string };
    let seen: JobState;
    for (;;) {
      seen = (await engine.call('jobs.get', { jobId })) as JobState;
      if (seen.state !== 'running' || (seen.progress ?? 0) > 0.05) break;
      await sleep(5);
    }
    expect(seen).toMatchObject({ kind: 'import', state: 'running', unit: 'bytes' });
    expect(seen.detail).toMatch(/rows read/);
    await engine.call('jobs.cancel', { jobId });
    let end: JobState;
    do {
      await sleep(10);
      end = (await engine.call('jobs.get', { jobId })) as JobState;
    } while (end.state === 'running');
    expect(end.state).toBe('cancelled');
    const project = (await engine.call('app.info', {})) as { project: ProjectSummary };
    expect(project.project.products).toBe(0);
  });
});
