import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.js';

/** How long the visible rows must stay put before their thumbnails are asked for (no requests mid-scroll). */
const SETTLE_MS = 250;

/**
 * Thumbnails (data: URLs) of the products on screen that have a local photo. Each product is asked
 * for once; products without a photo are remembered as such.
 */
export function useThumbnails(api: ApiClient, visiblePids: number[]): Map<number, string> {
  const asked = useRef(new Set<number>());
  const [thumbs, setThumbs] = useState(new Map<number, string>());
  const key = visiblePids.join(',');

  useEffect(() => {
    const want = visiblePids.filter((p) => !asked.current.has(p)).slice(0, 200);
    if (want.length === 0) return;
    const t = setTimeout(() => {
      for (const p of want) asked.current.add(p);
      api.call('images.thumbnails', { pids: want, size: 48 }).then(
        (r) => {
          if (r.items.length === 0) return;
          setThumbs((m) => {
            const next = new Map(m);
            for (const it of r.items) next.set(it.pid, `data:${it.image.mime};base64,${it.image.data}`);
            return next;
          });
        },
        // A missing thumbnail is not worth an error message; let a later scroll ask again.
        () => {
          for (const p of want) asked.current.delete(p);
        },
      );
    }, SETTLE_MS);
    return () => clearTimeout(t);
    // key stands for visiblePids
  }, [api, key]);

  return thumbs;
}
