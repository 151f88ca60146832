import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Db } from '../store/index.js';
import { fold } from '../suggest/phrases.js';

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.bmp']);

export interface ImageMatch {
  pid: number;
  path: string;
  /** How the file was matched: by id/SKU, by Handle (item group), or by the file name in image_link. */
  by: 'id' | 'handle' | 'image_link';
}

const stem = (name: string) => fold(basename(name, extname(name)));

function fileNameOfUrl(url: string): string {
  const clean = url.split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1));
  } catch {
    return clean.slice(clean.lastIndexOf('/') + 1);
  }
}

/** Image files in a folder (and its subfolders), matched to products by id/SKU, Handle or image_link's file name. */
export function matchImages(db: Db, dir: string): { matches: ImageMatch[]; unmatched: string[] } {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((f) => IMAGE_EXT.has(extname(f).toLowerCase()) && statSync(f).isFile())
    .sort();
  const byStem = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const f of files) {
    byStem.set(stem(f), [...(byStem.get(stem(f)) ?? []), f]);
    byName.set(fold(basename(f)), [...(byName.get(fold(basename(f))) ?? []), f]);
  }
  const matches: ImageMatch[] = [];
  const used = new Set<string>();
  const rows = db
    .prepare(
      `SELECT pid, "id" AS id, mpn, item_group_id AS handle, image_link, additional_image_link, json_extract(attrs, '$.sku') AS sku FROM products ORDER BY pid`,
    )
    .all() as {
    pid: number;
    id: string | null;
    mpn: string | null;
    handle: string | null;
    image_link: string | null;
    additional_image_link: string | null;
    sku: string | null;
  }[];
  for (const r of rows) {
    const found = new Map<string, ImageMatch['by']>();
    for (const k of [r.id, r.sku, r.mpn])
      for (const f of (k && byStem.get(fold(k.trim()))) || []) if (!found.has(f)) found.set(f, 'id');
    if (r.handle) for (const f of byStem.get(fold(r.handle.trim())) ?? []) if (!found.has(f)) found.set(f, 'handle');
    const links = [r.image_link, ...(r.additional_image_link ?? '').split(/[,~]/)].filter((l): l is string => !!l && !!l.trim());
    for (const l of links)
      for (const f of byName.get(fold(fileNameOfUrl(l.trim()))) ?? []) if (!found.has(f)) found.set(f, 'image_link');
    for (const [path, by] of found) {
      matches.push({ pid: r.pid, path, by });
      used.add(path);
    }
  }
  return { matches, unmatched: files.filter((f) => !used.has(f)) };
}
