import { existsSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import { API, isApiMethod, type ApiMethod, type ApiOutput, type ProjectSummary } from '../../../shared/api.js';
import { CANONICAL_FIELDS } from '../../../shared/fields.js';
import { LAYOUTS, type LayoutName } from '../../../shared/layouts.js';
import { WRITERS } from '../export/index.js';
import { detectLayout, importCatalog, layoutByName, LAYOUT_REGISTRY, openSource, type RawRow } from '../import/index.js';
import { applyBatch, closeProject, getProduct, openProject, redo, undo, type Db } from '../store/index.js';
import { auditAdapter, requireAudit, requireSuggest, suggestAdapter } from './capabilities.js';
import { dashboard } from './dashboard.js';
import { imagesFolderInfo, readImage, setImagesFolder, thumbnails } from './images.js';
import { ApiError, noProject, notAvailable, toApiError } from './errors.js';
import { changeSummary, checkExport, exportPath, writeExport } from './exports.js';
import { findingsFor, findingsSummary } from './findings.js';
import { listColumns, productCount, productsAdded, readPage } from './grid.js';
import { Jobs } from './jobs.js';
import { RecentProjects } from './recent.js';
import { ensureSearchIndex } from './search-index.js';
import {
  acceptMatching,
  acceptSuggestions,
  bulkPreview,
  listSuggestions,
  rejectSuggestions,
  suggestionGroups,
  suggestionsFor,
} from './suggestions.js';

export interface EngineOptions {
  /** Folder for the app's own files: recent list, scratch projects (sample, unnamed new ones). */
  workspace: string;
  /** The bundled sample catalog (resources/sample/catalog.csv), when this build has it. */
  sampleCatalog?: string;
  version?: string;
}

type Input<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;
type Handlers = { [M in ApiMethod]: (input: Input<M>) => Promise<ApiOutput<M>> | ApiOutput<M> };

const PREVIEW_ROWS = 20;

/**
 * The engine facade: one object implementing the API contract (shared/api.ts) over the store,
 * import, export, audit and suggestion modules. Both shells (Electron's utility process and the
 * browser-mode bridge) drive it through `call`, which validates every input with the contract's
 * schema first.
 */
export class Engine {
  private db: Db | null = null;
  private path = '';
  private temporary = false;
  private readonly jobs = new Jobs();
  private readonly recent: RecentProjects;

  constructor(private readonly opts: EngineOptions) {
    mkdirSync(opts.workspace, { recursive: true });
    this.recent = new RecentProjects(opts.workspace);
  }

  /** Validates `input` against the method's schema and runs it. Throws ApiError only. */
  async call(method: string, input: unknown): Promise<unknown> {
    if (!isApiMethod(method)) throw new ApiError('not_found', `unknown API method "${method}"`);
    const spec = API[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw toApiError(parsed.error, method);
    try {
      const handler = this.handlers[method] as (i: unknown) => unknown;
      return await handler(parsed.data);
    } catch (err) {
      throw toApiError(err, method);
    }
  }

  /** Path of a file this project exported (browser mode offers it as a download). */
  exportFile(exportId: number): string {
    return exportPath(this.requireDb(), exportId);
  }

  /** Opens a project file directly (the `serve <p.cdoc>` argument, Electron's double-click). */
  open(path: string, temporary = false): ProjectSummary {
    this.close();
    const db = openProject(path, { create: true });
    this.db = db;
    this.path = resolve(path);
    this.temporary = temporary;
    if (!temporary) this.recent.add(this.path);
    return this.summary();
  }

  /** Checkpoints the project file (WAL folded into the one .cdoc) and closes it. */
  close(): void {
    if (this.db) closeProject(this.db);
    this.db = null;
  }

  /** Waits for running jobs (they are cancelled), then closes. */
  async shutdown(): Promise<void> {
    await this.jobs.settle();
    this.close();
  }

  private requireDb(): Db {
    if (!this.db) throw noProject();
    return this.db;
  }

  private summary(): ProjectSummary {
    const db = this.requireDb();
    // Not projectInfo(): its per-field counts scan every product, and this runs after every edit.
    const sources = db
      .prepare(
        `SELECT path AS file, format, layout, encoding, row_count AS rows, rejected_count AS rejected FROM sources ORDER BY source_id`,
      )
      .all() as ProjectSummary['sources'];
    const last = (state: string, order: string) =>
      (db.prepare(`SELECT why FROM batches WHERE state = ? ORDER BY ${order} LIMIT 1`).get(state) as { why: string } | undefined)
        ?.why ?? null;
    const undoLabel = last('applied', 'batch_id DESC');
    const redoLabel = last('undone', 'state_at DESC, batch_id ASC');
    return {
      path: this.path,
      name: basename(this.path),
      temporary: this.temporary,
      products: productCount(db),
      sources,
      canUndo: undoLabel !== null,
      canRedo: redoLabel !== null,
      undoLabel,
      redoLabel,
    };
  }

  private history(batch: { batchId: number; kind: string; why: string; changes: number } | null) {
    return { batch, project: this.summary() };
  }

  private scratchPath(prefix: string): string {
    const dir = join(this.opts.workspace, 'projects');
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace('T', ' ').slice(0, 19);
    let p = join(dir, `${prefix} ${stamp}.cdoc`);
    for (let i = 2; existsSync(p); i++) p = join(dir, `${prefix} ${stamp} (${i}).cdoc`);
    return p;
  }

  private readonly handlers: Handlers = {
    'app.info': () => ({
      version: this.opts.version ?? '0.0.0',
      project: this.db ? this.summary() : null,
      recent: this.recent.list(),
      sampleAvailable: !!this.opts.sampleCatalog && existsSync(this.opts.sampleCatalog),
      capabilities: {
        audit: auditAdapter !== null,
        suggest: suggestAdapter !== null,
        profiles: WRITERS.map((w) => ({ profile: w.profile, formats: [...w.formats] })),
        auditProfiles: auditAdapter?.profiles() ?? [],
      },
    }),

    'project.new': ({ path }) => {
      const p = path ? resolve(path) : this.scratchPath('Catalog');
      if (path && existsSync(p)) throw new ApiError('bad_input', `${p} already exists; open it instead, or choose another name`);
      return this.open(p);
    },

    'project.open': ({ path }) => {
      if (!existsSync(path)) throw new ApiError('not_found', `${path}: no such project file`);
      return this.open(path);
    },

    'project.openSample': async () => {
      const sample = this.opts.sampleCatalog;
      if (!sample || !existsSync(sample)) throw notAvailable('The sample catalog');
      this.open(this.scratchPath('Sample catalog'), true);
      await importCatalog(this.requireDb(), sample);
      productsAdded(this.requireDb());
      return this.summary();
    },

    'project.close': async () => {
      await this.jobs.settle();
      this.close();
      return { ok: true as const };
    },

    'import.preview': async ({ file, encoding }) => {
      if (!existsSync(file.path)) throw new ApiError('not_found', `${file.path}: no such file`);
      const reader = await openSource(file.path, { encoding });
      const sample: RawRow[] = [];
      const it = reader.rows[Symbol.asyncIterator]();
      try {
        while (sample.length < PREVIEW_ROWS) {
          const r = await it.next();
          if (r.done) break;
          if ('cells' in r.value) sample.push(r.value);
        }
      } finally {
        await it.return?.();
      }
      const layout = detectLayout(reader.header);
      return {
        file,
        format: reader.format,
        encoding: reader.encoding,
        delimiter: reader.dialect.delimiter ?? null,
        layout: layout.name,
        header: reader.header,
        rows: sample.map((r) => r.cells),
        mapping: layout.createMapper(reader.header, sample).mapping,
        fields: [...CANONICAL_FIELDS],
        layouts: LAYOUT_REGISTRY.map((l) => l.name),
      };
    },

    'import.start': ({ file, encoding, layout, mapping }) => {
      const db = this.requireDb();
      if (layout && layout !== 'auto' && !(LAYOUTS as readonly string[]).includes(layout))
        throw new ApiError('bad_input', `unknown layout "${layout}"`);
      if (layout && layout !== 'auto') layoutByName(layout as LayoutName); // says "not supported yet" for a known but unbuilt layout
      if (this.jobs.running()) throw new ApiError('bad_input', 'another job is still running; wait for it or cancel it first');
      const jobId = this.jobs.start('import', 'bytes', async ({ signal, progress }) => {
        let size = 1;
        const r = await importCatalog(db, file.path, {
          encoding,
          layout: (layout as LayoutName | 'auto' | undefined) ?? 'auto',
          mapping: mapping ?? undefined,
          signal,
          onProgress: (p) => {
            size = p.totalBytes;
            progress(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')} rows read`);
          },
        });
        productsAdded(db);
        progress(size, size, 'indexing for search');
        ensureSearchIndex(db);
        return {
          products: r.products,
          rejected: r.rejected,
          layout: r.layout,
          encoding: r.encoding,
          rejectedRows: r.rejectedRows.slice(0, 100),
        };
      });
      return { jobId };
    },

    'jobs.get': ({ jobId }) => this.jobs.get(jobId),
    'jobs.cancel': ({ jobId }) => this.jobs.cancel(jobId),

    'products.columns': () => ({ columns: listColumns(this.requireDb()) }),
    'products.page': (req) => readPage(this.requireDb(), req),

    'products.get': ({ pid }) => {
      const db = this.requireDb();
      const p = getProduct(db, pid);
      if (!p) throw new ApiError('not_found', `no product #${pid}`);
      const clean = (v: Record<string, string | undefined>) =>
        Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
      return {
        pid,
        row: p.rowNo,
        values: clean(p.values),
        original: clean(p.original),
        findings: findingsFor(db, pid),
        suggestions: suggestionsFor(db, pid),
      };
    },

    'products.edit': ({ edits, why }) => {
      const db = this.requireDb();
      const first = edits[0]!;
      const row = edits.length === 1 ? getProduct(db, first.pid)?.rowNo : undefined;
      const label = why ?? (edits.length === 1 ? `edit ${first.field} on row ${row ?? '?'}` : `edit ${edits.length} cells`);
      return this.history(applyBatch(db, edits.length === 1 ? 'edit' : 'bulk', label, edits));
    },

    'history.undo': () => this.history(undo(this.requireDb())),
    'history.redo': () => this.history(redo(this.requireDb())),

    'findings.run': ({ profiles }) => {
      const db = this.requireDb();
      const audit = requireAudit();
      const jobId = this.jobs.start('audit', 'products', async (ctl) => {
        await audit.run(db, profiles, ctl);
        return null;
      });
      return { jobId };
    },
    'findings.summary': () => findingsSummary(this.requireDb(), auditAdapter?.scores(this.requireDb()) ?? {}),
    'findings.fix': ({ rule }) => {
      const db = this.requireDb();
      const audit = requireAudit();
      if (!audit.fix) throw notAvailable('One-click fixes');
      return this.history(audit.fix(db, rule));
    },

    'dashboard.get': () => dashboard(this.requireDb()),
    'images.get': ({ path, size }) => readImage(this.requireDb(), path, size),
    'images.folder': () => imagesFolderInfo(this.requireDb()),
    'images.setFolder': ({ path }) => setImagesFolder(this.requireDb(), path),
    'images.thumbnails': async ({ pids, size }) => ({ items: await thumbnails(this.requireDb(), pids, size) }),

    'suggestions.run': ({ fields }) => {
      const db = this.requireDb();
      const suggest = requireSuggest();
      const jobId = this.jobs.start('suggest', 'items', async (ctl) => {
        await suggest.run(db, { fields }, ctl);
        return null;
      });
      return { jobId };
    },
    'suggestions.groups': () => suggestionGroups(this.requireDb()),
    'suggestions.list': (q) => listSuggestions(this.requireDb(), q, q.offset, q.limit),
    'suggestions.accept': ({ ids, value }) => this.history(acceptSuggestions(this.requireDb(), ids, value)),
    'suggestions.reject': ({ ids }) => ({ rejected: rejectSuggestions(this.requireDb(), ids) }),
    'suggestions.bulkPreview': (f) => bulkPreview(this.requireDb(), f),
    'suggestions.bulkAccept': (f) => this.history(acceptMatching(this.requireDb(), f)),

    'export.check': ({ profiles }) => ({ checks: profiles.map((p) => checkExport(this.requireDb(), p, auditAdapter !== null)) }),
    'export.write': (req) => writeExport(this.requireDb(), this.path, req),
    'export.changes': ({ limit }) => changeSummary(this.requireDb(), limit),
  };
}
