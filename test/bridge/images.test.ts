import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../electron/core/api/index.js';
import { startBridge, type Bridge } from '../../electron/bridge/index.js';
import type { JobState, Page, ProductImage } from '../../shared/api.js';
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

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer();

/** A seller's folder: catalog.csv, an images folder (one photo per SKU), and a private picture beside it. */
async function sellerFolder() {
  const dir = tmp();
  const shop = join(dir, 'shop');
  mkdirSync(join(shop, 'images'), { recursive: true });
  writeFileSync(
    join(shop, 'catalog.csv'),
    'id,title,price,image_link\nKT-1,Contoso Kettle Silver,39.99 EUR,https://shop.example/i/kt-1.jpg\nKT-2,Contoso Kettle Black,29.99 EUR,\n',
  );
  writeFileSync(join(shop, 'images', 'KT-1.png'), await png(400, 300));
  writeFileSync(join(dir, 'private.png'), await png(10, 10));
  symlinkSync(join(dir, 'private.png'), join(shop, 'images', 'sneaky.png'));
  writeFileSync(join(shop, 'notes.txt'), 'not an image');

  engine = new Engine({ workspace: join(dir, 'ws') });
  await engine.call('project.new', {});
  const { jobId } = (await engine.call('import.start', { file: { path: join(shop, 'catalog.csv'), name: 'catalog.csv' } })) as {
    jobId: string;
  };
  for (;;) {
    const j = (await engine.call('jobs.get', { jobId })) as JobState;
    if (j.state === 'done') break;
    if (j.state !== 'running') throw new Error(j.error ?? j.state);
    await new Promise((r) => setTimeout(r, 20));
  }
  bridge = await startBridge({ engine, rendererDir: join(dir, 'renderer'), workspace: join(dir, 'ws') });
  return { dir, shop, port: bridge.port, token: bridge.token };
}

describe('local product images through the API', () => {
  it('serves images of the project scaled down with their full size, and nothing else', async () => {
    const { dir, shop, port, token } = await sellerFolder();
    const ok = await api(port, token, 'images.get', { path: join(shop, 'images', 'KT-1.png'), size: 100 });
    expect(ok.status).toBe(200);
    const img = ok.json as ProductImage;
    expect(img).toMatchObject({ mime: 'image/jpeg', width: 400, height: 300 });
    const scaled = await sharp(Buffer.from(img.data, 'base64')).metadata();
    expect([scaled.width, scaled.height]).toEqual([100, 75]);

    // "../" out of the images folder, a symlink pointing out of it, a non-image, and a missing file.
    const traversal = await api(port, token, 'images.get', { path: join(shop, 'images', '..', '..', 'private.png') });
    expect(traversal.status).toBe(403);
    expect((await api(port, token, 'images.get', { path: join(shop, 'images', 'sneaky.png') })).status).toBe(403);
    expect((await api(port, token, 'images.get', { path: join(shop, 'notes.txt') })).status).toBe(404);
    expect((await api(port, token, 'images.get', { path: join(dir, 'nope.png') })).status).toBe(404);
    // The token applies as to every API call.
    const anonymous = await http(port, '/api/images.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${port}` },
      body: JSON.stringify({ path: join(shop, 'images', 'KT-1.png') }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('gives grid thumbnails for the products that have a local photo', async () => {
    const { port, token } = await sellerFolder();
    const page = (await engine!.call('products.page', { offset: 0, limit: 10, columns: ['id'] })) as Page;
    const pids = Object.fromEntries(page.rows.map((r) => [r.cells[0], r.pid]));
    const r = await api(port, token, 'images.thumbnails', { pids: [pids['KT-1'], pids['KT-2']], size: 48 });
    const items = (r.json as { items: { pid: number; image: ProductImage }[] }).items;
    expect(items.map((i) => i.pid)).toEqual([pids['KT-1']]);
    expect(items[0]!.image.path.endsWith('KT-1.png')).toBe(true);
    const meta = await sharp(Buffer.from(items[0]!.image.data, 'base64')).metadata();
    expect(meta.width).toBe(48);
  });

  it('lets the seller choose another photos folder for the project, and serves only from it', async () => {
    const { dir, shop, port, token } = await sellerFolder();
    const photos = join(dir, 'photos');
    mkdirSync(photos);
    writeFileSync(join(photos, 'KT-2.png'), await png(120, 80));
    expect((await api(port, token, 'images.folder')).json).toMatchObject({ chosen: false });
    expect((await api(port, token, 'images.setFolder', { path: join(dir, 'missing') })).status).toBe(404);
    const set = await api(port, token, 'images.setFolder', { path: photos });
    expect(set.json).toEqual({ folder: photos, chosen: true });
    expect((await api(port, token, 'images.get', { path: join(photos, 'KT-2.png') })).status).toBe(200);
    // The folder beside the catalog is no longer one the project uses.
    expect((await api(port, token, 'images.get', { path: join(shop, 'images', 'KT-1.png') })).status).toBe(403);
    const page = (await engine!.call('products.page', { offset: 0, limit: 10, columns: ['id'] })) as Page;
    const pids = page.rows.map((r) => r.pid);
    const thumbs = (await api(port, token, 'images.thumbnails', { pids })).json as { items: { image: ProductImage }[] };
    expect(thumbs.items.map((i) => i.image.path)).toEqual([join(photos, 'KT-2.png')]);
    expect((await api(port, token, 'images.setFolder', { path: null })).json).toEqual({
      folder: join(shop, 'images'),
      chosen: false,
    });
  });
});
