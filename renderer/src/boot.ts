import type { ApiOutput, Page } from '../../shared/api.js';
import type { ApiClient } from './api/client.js';

/** Rows per page of the grid (use-pages.ts asks for the same). */
export const FIRST_PAGE = 100;

interface Boot {
  info: Promise<ApiOutput<'app.info'>> | null;
  /** Null when no project is open. */
  columns: Promise<ApiOutput<'products.columns'> | null> | null;
  /** The grid's first page, unsorted and unfiltered, for the columns above. */
  page: Promise<{ fields: string[]; page: Page } | null> | null;
}

const boot: Boot = { info: null, columns: null, page: null };

function take<K extends keyof Boot>(k: K): Boot[K] {
  const p = boot[k];
  boot[k] = null;
  return p;
}

/**
 * Asks for what the first screen shows while React is still starting, each request sent the moment
 * the one it depends on answers (app info, then the grid's columns, then its first page) instead of
 * after React has rendered the screen in between. Each answer is taken once: later showings of the
 * grid ask afresh, so they never see data from before a change.
 */
export function startBoot(api: ApiClient): void {
  const info = api.call('app.info', {});
  // Only when a project is open: a request bound to fail would show as an error in the console.
  const columns = info.then((i) => (i.project ? api.call('products.columns', {}) : null));
  const page = columns.then(async (c) => {
    if (!c) return null;
    const fields = c.columns.map((col) => col.field);
    return { fields, page: await api.call('products.page', { offset: 0, limit: FIRST_PAGE, columns: fields }) };
  });
  // Answers nobody takes must not surface as unhandled rejections; whoever takes one sees its error.
  for (const p of [info, columns, page]) p.catch(() => undefined);
  Object.assign(boot, { info, columns, page });
}

export const takeBootInfo = () => take('info');
export const takeBootColumns = () => take('columns');

/** The prefetched first page, if it was asked for these exact columns (no sort, no filter). */
export function takeBootPage(fields: string[]): Promise<Page | null> | null {
  const p = take('page');
  if (!p) return null;
  return p.then(
    (b) => (b && b.fields.length === fields.length && b.fields.every((f, i) => f === fields[i]) ? b.page : null),
    () => null,
  );
}

/** Forgets whatever is left (the project changed before the grid showed). */
export function dropBoot(): void {
  Object.assign(boot, { info: null, columns: null, page: null });
}
