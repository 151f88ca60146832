import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

const MAX = 10;

/** The projects a seller opened lately, kept in a small JSON file in the app's workspace folder. */
export class RecentProjects {
  private readonly file: string;
  constructor(workspace: string) {
    this.file = join(workspace, 'recent.json');
  }

  list(): RecentEntry[] {
    if (!existsSync(this.file)) return [];
    try {
      const all = JSON.parse(readFileSync(this.file, 'utf8')) as RecentEntry[];
      return all.filter((e) => typeof e.path === 'string' && existsSync(e.path)).slice(0, MAX);
    } catch {
      return []; // a damaged list is not worth an error: it only saves a few clicks
    }
  }

  add(path: string): void {
    const entries = [
      { path, name: basename(path), openedAt: new Date().toISOString() },
      ...this.list().filter((e) => e.path !== path),
    ];
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries.slice(0, MAX), null, 1));
    renameSync(tmp, this.file);
  }
}
