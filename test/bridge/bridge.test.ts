import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/api/index.js';
import { startBridge, sampleCatalog, type Bridge } from '../../electron/bridge/index.js';
import { useTmpDir } from '../support/tmp.js';
import { api, http } from './http.js';

const tmp = useTmpDir();
let bridge: Bridge | undefined;
let engine: Engine | undefined;

afterEach(async () => {
  await bridge?.close();
  await engine?.shutdown();
  bridge = engine = undefined;
});

async function start() {
  const dir = tmp();
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Catalog Doctor</title>');
  engine = new Engine({ workspace: join(dir, 'ws'), sampleCatalog: sampleCatalog() });
  bridge = await startBridge({ engine, rendererDir: renderer, workspace: join(dir, 'ws') });
  return { dir, port: bridge.port, token: bridge.token };
}

describe('loopback bridge', () => {
  it('binds 127.0.0.1 only, on a free port, with a long random token in the URL fragment', async () => {
    const { port, token } = await start();
    const addr = bridge!.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(bridge!.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
  });

  it('answers 401 to API requests without the token or with a wrong one', async () => {
    const { port } = await start();
    const host = { Host: `127.0.0.1:${port}` };
    for (const path of ['/api/', '/api/app.info', '/api/download/1']) {
      const r = await http(port, path, { headers: host });
      expect(r.status, path).toBe(401);
      expect(JSON.parse(r.body).error.code).toBe('unauthorized');
    }
    const wrong = await http(port, '/api/app.info', {
      method: 'POST',
      headers: { ...host, Authorization: 'Bearer nope', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  it('answers 403 to any request whose Host is not 127.0.0.1:PORT or localhost:PORT, token or not', async () => {
    const { port, token } = await start();
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      expect((await http(port, '/', { headers: { Host: host } })).status, host).toBe(403);
      const r = await http(port, '/api/app.info', {
        method: 'POST',
        headers: { Host: host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(r.status, host).toBe(403);
    }
    expect((await http(port, '/', { headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });

  it('serves the renderer at / with a strict CSP and the API with the token', async () => {
    const { port, token } = await start();
    const page = await http(port, '/', { headers: { Host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Catalog Doctor');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const info = await api(port, token, 'app.info');
    expect(info.status).toBe(200);
    expect(info.json).toMatchObject({ project: null, sampleAvailable: true });
    const traversal = await http(port, '/../../package.json', { headers: { Host: `127.0.0.1:${port}` } });
    expect(traversal.body).not.toContain('"dependencies"');
  });

  it('rejects bad input with 400 and a message naming the field', async () => {
    const { port, token } = await start();
    await api(port, token, 'project.openSample');
    const r = await api(port, token, 'products.page', { offset: -1, limit: 10, columns: ['title'] });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: { code: 'bad_input' } });
    expect((r.json as { error: { message: string } }).error.message).toMatch(/products\.page: invalid input — offset: .*>=0/);
    const extra = await api(port, token, 'history.undo', { everything: true });
    expect(extra.status).toBe(400);
    const notJson = await http(port, '/api/app.info', {
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toContain('not valid JSON');
    const unknown = await api(port, token, 'products.delete_everything');
    expect(unknown.status).toBe(404);
  });

  it('says 501 "not available yet" for capabilities this build lacks, and 409 without a project', async () => {
    const { port, token } = await start();
    const none = await api(port, token, 'products.columns');
    expect(none.status).toBe(409);
    expect((none.json as { error: { message: string } }).error.message).toMatch(/no project is open/);
    await api(port, token, 'project.openSample');
    const info = (await api(port, token, 'app.info')).json as { capabilities: { audit: boolean; suggest: boolean } };
    if (!info.capabilities.audit) {
      const r = await api(port, token, 'findings.run', { profiles: [] });
      expect(r.status).toBe(501);
      expect((r.json as { error: { message: string } }).error.message).toMatch(/not available yet/);
    }
  });

  it('carries the whole core flow: upload, import job, page, edit, undo, export, download', async () => {
    const { dir, port, token } = await start();
    expect((await api(port, token, 'project.new', {})).status).toBe(200);
    const csv =
      'sku,name,brand,colour,price\nA-1,"Linen Shirt, White",Acme,white,30.00 EUR\nA-2,Linen Shirt Blue,acme,Blue,30.00 EUR\n';
    const up = await http(port, '/api/files.upload?name=shirts.csv', {
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: csv,
    });
    expect(up.status).toBe(200);
    const file = JSON.parse(up.body) as { path: string; name: string };
    expect(file.name).toBe('shirts.csv');
    const preview = (await api(port, token, 'import.preview', { file })).json as {
      header: string[];
      rows: string[][];
      mapping: Record<string, string>;
    };
    expect(preview.header).toEqual(['sku', 'name', 'brand', 'colour', 'price']);
    expect(preview.rows[0]).toEqual(['A-1', 'Linen Shirt, White', 'Acme', 'white', '30.00 EUR']);
    const { jobId } = (await api(port, token, 'import.start', { file, mapping: preview.mapping })).json as { jobId: string };
    let job: { state: string; result: { products: number } | null } = { state: 'running', result: null };
    for (let i = 0; i < 200 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await api(port, token, 'jobs.get', { jobId })).json as typeof job;
    }
    expect(job.state).toBe('done');
    expect(job.result?.products).toBe(2);
    const page = (await api(port, token, 'products.page', { offset: 0, limit: 50, columns: ['id', 'title', 'color'] })).json as {
      total: number;
      rows: { pid: number; cells: string[] }[];
    };
    expect(page.total).toBe(2);
    expect(page.rows[1]!.cells).toEqual(['A-2', 'Linen Shirt Blue', 'Blue']);
    const edited = (
      await api(port, token, 'products.edit', { edits: [{ pid: page.rows[0]!.pid, field: 'color', value: 'White' }] })
    ).json as {
      project: { canUndo: boolean; undoLabel: string };
    };
    expect(edited.project.canUndo).toBe(true);
    expect(edited.project.undoLabel).toBe('edit color on row 2');
    const ex = (await api(port, token, 'export.write', { profile: 'source', dir: join(dir, 'out') })).json as {
      exportId: number;
      path: string;
      rows: number;
    };
    expect(ex.rows).toBe(2);
    expect(readFileSync(ex.path, 'utf8')).toContain('A-1,"Linen Shirt, White",Acme,White,30.00 EUR');
    const dl = await http(port, `/api/download/${ex.exportId}`, {
      headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` },
    });
    expect(dl.status).toBe(200);
    expect(dl.body).toBe(readFileSync(ex.path, 'utf8'));
    const undone = (await api(port, token, 'history.undo')).json as { batch: { why: string }; project: { canRedo: boolean } };
    expect(undone.batch.why).toBe('edit color on row 2');
    expect(undone.project.canRedo).toBe(true);
    const again = (await api(port, token, 'products.page', { offset: 0, limit: 1, columns: ['color'] })).json as {
      rows: { cells: string[] }[];
    };
    expect(again.rows[0]!.cells).toEqual(['white']);
  });
});
