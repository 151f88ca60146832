import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import sharp from 'sharp';
import type { ProductImage } from '../../../shared/api.js';
import { matchImages } from '../ocr/index.js';
import type { Db } from '../store/index.js';
import { ApiError } from './errors.js';

const IMAGE_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.bmp': 'image/bmp',
};

/**
 * The product photos folder: the one the seller chose for this project (meta 'images_folder'),
 * else an "images" folder beside the first source file (where suggest looks for OCR).
 */
export function imagesFolder(db: Db): string | null {
  const chosen = db.prepare(`SELECT value FROM meta WHERE key = 'images_folder'`).pluck().get() as string | undefined;
  if (chosen) return isFolder(chosen) ? chosen : null;
  const src = db.prepare('SELECT path FROM sources ORDER BY source_id LIMIT 1').get() as { path: string } | undefined;
  if (!src) return null;
  const dir = join(dirname(src.path), 'images');
  return isFolder(dir) ? realpathSync(dir) : null;
}

const isFolder = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** Chooses the photos folder for this project (null = back to the "images" folder beside the catalog). */
export function setImagesFolder(db: Db, path: string | null): { folder: string | null; chosen: boolean } {
  if (path === null) db.prepare(`DELETE FROM meta WHERE key = 'images_folder'`).run();
  else {
    if (!isFolder(path)) throw new ApiError('not_found', `${path}: no such folder`);
    db.prepare(
      `INSERT INTO meta (key, value) VALUES ('images_folder', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
    ).run(realpathSync(path));
  }
  return imagesFolderInfo(db);
}

export function imagesFolderInfo(db: Db): { folder: string | null; chosen: boolean } {
  const chosen = db.prepare(`SELECT count(*) FROM meta WHERE key = 'images_folder'`).pluck().get() as number;
  return { folder: imagesFolder(db), chosen: chosen > 0 };
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
};

/**
 * Local image files per product: those the OCR read (ocr_images), those matched in the images
 * folder, and image_link values that are local paths (relative to the source file's folder).
 * `pids` limits the lookup to a screenful (the grid's thumbnails): at 1M products a catalog-wide
 * pass costs half a second, which would hold up the page requests queued behind it.
 */
function productImages(db: Db, pids?: number[]): Map<number, string[]> {
  const byPid = new Map<number, string[]>();
  const add = (pid: number, path: string) => {
    const p = real(path);
    if (!p || !IMAGE_TYPES[extname(p).toLowerCase()]) return;
    const list = byPid.get(pid) ?? [];
    if (!list.includes(p)) list.push(p);
    byPid.set(pid, list);
  };
  const only = pids ? `pid IN (${pids.map(() => '?').join(',')})` : '1';
  const args = pids ?? [];
  for (const r of db.prepare(`SELECT pid, path FROM ocr_images WHERE ${only} ORDER BY pid, path`).all(...args) as {
    pid: number;
    path: string;
  }[])
    add(r.pid, r.path);
  const folder = imagesFolder(db);
  if (folder) {
    const wanted = pids && new Set(pids);
    for (const m of folderMatches(db, folder)) if (!wanted || wanted.has(m.pid)) add(m.pid, m.path);
  }
  const src = db.prepare('SELECT path FROM sources ORDER BY source_id LIMIT 1').get() as { path: string } | undefined;
  if (src) {
    const base = dirname(src.path);
    for (const r of db
      .prepare(
        `SELECT pid, image_link AS link FROM products WHERE ${only} AND image_link IS NOT NULL AND image_link NOT LIKE '%://%' ORDER BY pid`,
      )
      .all(...args) as { pid: number; link: string }[])
      add(r.pid, isAbsolute(r.link) ? r.link : resolve(base, r.link));
  }
  return byPid;
}

/** The whole catalog's images (for the access check), built once per project and catalog size. */
const catalogCache = new WeakMap<Db, { key: string; byPid: Map<number, string[]> }>();

function catalogImages(db: Db): Map<number, string[]> {
  const products = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const ocr = db.prepare('SELECT count(*) FROM ocr_images').pluck().get() as number;
  const key = `${products}:${ocr}:${imagesFolder(db) ?? ''}`;
  const hit = catalogCache.get(db);
  if (hit?.key === key) return hit.byPid;
  const byPid = productImages(db);
  catalogCache.set(db, { key, byPid });
  return byPid;
}

/** Matching a folder against the catalog reads every product, so it is done once per folder and catalog size. */
const matchCache = new WeakMap<Db, { key: string; matches: { pid: number; path: string }[] }>();

function folderMatches(db: Db, folder: string): { pid: number; path: string }[] {
  const products = db.prepare('SELECT max(pid) FROM products').pluck().get() as number | null;
  const key = `${folder}:${products ?? 0}:${statSync(folder).mtimeMs}`;
  const hit = matchCache.get(db);
  if (hit?.key === key) return hit.matches;
  const matches = matchImages(db, folder).matches;
  matchCache.set(db, { key, matches });
  return matches;
}

/**
 * Whether the app may show this file: it must be an image the project references (read by OCR,
 * matched to a product, or named by image_link), or a file inside the images folder. Symlinks and
 * "../" are resolved first, so a path cannot walk out of those places.
 */
export function allowedImage(db: Db, path: string): string {
  const p = real(path);
  if (!p || !IMAGE_TYPES[extname(p).toLowerCase()] || !statSync(p).isFile())
    throw new ApiError('not_found', `${path}: no such image`);
  const folder = imagesFolder(db);
  if (folder && p.startsWith(folder + sep)) return p;
  const referenced = db.prepare('SELECT 1 FROM ocr_images WHERE path = ? LIMIT 1').get(p);
  if (referenced) return p;
  for (const list of catalogImages(db).values()) if (list.includes(p)) return p;
  throw new ApiError('forbidden', `${path} is not an image of this project`);
}

async function encode(path: string, size: number): Promise<ProductImage> {
  const img = sharp(path, { failOn: 'none' });
  const meta = await img.metadata();
  // EXIF-rotated photos: report the size as shown, so OCR boxes (read after rotation) line up.
  const swap = (meta.orientation ?? 1) >= 5;
  const width = (swap ? meta.height : meta.width) ?? 0;
  const height = (swap ? meta.width : meta.height) ?? 0;
  const buf = await img
    .rotate()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 82 })
    .toBuffer();
  return { path, mime: 'image/jpeg', data: buf.toString('base64'), width, height };
}

/** One image, scaled to fit `size` pixels, with its full size (OCR boxes are in full-size pixels). */
export function readImage(db: Db, path: string, size: number): Promise<ProductImage> {
  return encode(allowedImage(db, path), size);
}

/** The first local image of each product that has one, as thumbnails. */
export async function thumbnails(db: Db, pids: number[], size: number): Promise<{ pid: number; image: ProductImage }[]> {
  const byPid = productImages(db, pids);
  const out: { pid: number; image: ProductImage }[] = [];
  for (const pid of pids) {
    const path = byPid.get(pid)?.[0];
    if (!path) continue;
    try {
      out.push({ pid, image: await encode(path, size) });
    } catch {
      // An unreadable photo shows no thumbnail; the grid stays usable.
    }
  }
  return out;
}
