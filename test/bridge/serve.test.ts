import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/shared-data.js';
import { useTmpDir } from '../support/tmp.js';
import { http } from './http.js';

const tmp = useTmpDir();
const LINE = /^Catalog Doctor is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/m;

/** Runs the real built CLI (`npm run build` first) and waits for its contract line. */
function serve(args: string[], home: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/catalog-doctor.js'), 'serve', ...args], {
    env: { ...process.env, CATALOG_DOCTOR_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = LINE.exec(stdout);
      if (m) resolve(m);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('catalog-doctor serve (the real CLI)', () => {
  it('prints the contract line alone, guards Host and token, and stops cleanly on SIGTERM', async () => {
    const home = tmp();
    const s = serve(['--sample', '--no-open', '--port', '0'], home);
    const m = await s.ready;
    const port = Number(m[2]);
    expect(m[3]!.length).toBeGreaterThanOrEqual(40);
    expect(s.output().stdout.split('\n').filter(Boolean)).toEqual([m[0]]);
    expect((await http(port, '/api/', { headers: { Host: `127.0.0.1:${port}` } })).status).toBe(401);
    expect((await http(port, '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    const info = await http(port, '/api/app.info', {
      method: 'POST',
      headers: { Host: `localhost:${port}`, Authorization: `Bearer ${m[3]}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(info.status).toBe(200);
    const project = (JSON.parse(info.body) as { project: { path: string; products: number } }).project;
    expect(project.products).toBeGreaterThanOrEqual(40);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    // closeProject checkpointed the WAL: the .cdoc is complete on its own.
    expect(statSync(project.path).size).toBeGreaterThan(0);
    const wal = `${project.path}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(readdirSync(join(home, 'projects')).some((f) => f.startsWith('Sample catalog'))).toBe(true);
  });

  it('serves a given project on a chosen port, and rejects bad usage with exit 2', async () => {
    const home = tmp();
    const bad = serve(['--port', 'eighty'], home);
    await expect(bad.ready).rejects.toThrow(/--port must be a number/);
    expect(await bad.exited).toBe(2);
    const notProject = serve(['catalog.csv'], home);
    await expect(notProject.ready).rejects.toThrow(/not a project/);
  });
});
