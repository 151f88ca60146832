/**
 * The one typed API between the renderer and the engine. Both transports (Electron IPC through the
 * preload, and the loopback HTTP bridge of browser mode) carry exactly these methods, and both validate
 * every input with these schemas at their boundary. Names are in the seller's words.
 */
import { z } from 'zod';
import { ERROR_CODES, ApiError, type ApiErrorCode } from './api-error.js';

// ---------- building blocks ----------

/** A file on the seller's disk (Electron: chosen in a dialog; browser mode: uploaded to the bridge). */
export const FileRef = z.object({ path: z.string().min(1).max(4096), name: z.string().max(1024) });
export type FileRef = z.infer<typeof FileRef>;

/** A field: a canonical field name (shared/fields.ts) or a custom attribute name. */
const FieldName = z.string().min(1).max(256);
const Pid = z.number().int().positive();

export const SourceSummary = z.object({
  file: z.string(),
  format: z.string(),
  layout: z.string(),
  encoding: z.string(),
  rows: z.number(),
  rejected: z.number(),
});

export const ProjectSummary = z.object({
  path: z.string(),
  name: z.string(),
  /** A scratch project (the sample, or one made in browser mode without a chosen path). */
  temporary: z.boolean(),
  products: z.number(),
  sources: z.array(SourceSummary),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** What Ctrl+Z would undo / Shift+Ctrl+Z would redo, in words. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const RecentProject = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });

export const ProfileInfo = z.object({ profile: z.string(), formats: z.array(z.string()) });

export const Capabilities = z.object({
  /** Audit (findings) engine present in this build. */
  audit: z.boolean(),
  /** Suggestion engine present in this build. */
  suggest: z.boolean(),
  /** Export profiles this build can write. */
  profiles: z.array(ProfileInfo),
  /** Audit profiles (marketplace rule sets) this build knows. */
  auditProfiles: z.array(z.string()),
});
export type Capabilities = z.infer<typeof Capabilities>;

export const AppInfo = z.object({
  version: z.string(),
  project: ProjectSummary.nullable(),
  recent: z.array(RecentProject),
  sampleAvailable: z.boolean(),
  capabilities: Capabilities,
});
export type AppInfo = z.infer<typeof AppInfo>;

export const BatchSummary = z.object({ batchId: z.number(), kind: z.string(), why: z.string(), changes: z.number() });
export type BatchSummary = z.infer<typeof BatchSummary>;

export const HistoryResult = z.object({ batch: BatchSummary.nullable(), project: ProjectSummary });
export type HistoryResult = z.infer<typeof HistoryResult>;

// ---------- import ----------

export const ImportPreview = z.object({
  file: FileRef,
  format: z.string(),
  encoding: z.string(),
  delimiter: z.string().nullable(),
  layout: z.string(),
  header: z.array(z.string()),
  /** The first records, cells as read. */
  rows: z.array(z.array(z.string())),
  /** Column -> field the importer chose (null = ignored). */
  mapping: z.record(z.string(), z.string().nullable()),
  /** Canonical fields the seller can map a column to. */
  fields: z.array(z.string()),
  layouts: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportStart = z.object({
  file: FileRef,
  encoding: z.string().max(64).optional(),
  layout: z.string().max(32).optional(),
  mapping: z.record(z.string(), z.string().max(256).nullable()).optional(),
});

export const JobRef = z.object({ jobId: z.string() });

export const JobState = z.object({
  jobId: z.string(),
  kind: z.enum(['import', 'audit', 'suggest']),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** 0..1, or null while the total is unknown. */
  progress: z.number().nullable(),
  /** What has been done so far, in words ("12,400 rows"). */
  detail: z.string(),
  startedAt: z.number(),
  /** Items per second and seconds left, when known. */
  rate: z.number().nullable(),
  eta: z.number().nullable(),
  /** What the rate counts. */
  unit: z.enum(['bytes', 'products', 'items']),
  error: z.string().nullable(),
  /** For imports: the summary once done. */
  result: z
    .object({
      products: z.number(),
      rejected: z.number(),
      layout: z.string(),
      encoding: z.string(),
      rejectedRows: z.array(z.object({ row: z.number(), error: z.string() })),
    })
    .nullable(),
});
export type JobState = z.infer<typeof JobState>;

// ---------- catalog grid ----------

export const Column = z.object({
  field: z.string(),
  /** canonical field or custom attribute */
  kind: z.enum(['canonical', 'custom']),
  /** How many products have a value (null when not counted, e.g. custom attributes). */
  filled: z.number().nullable(),
});
export type Column = z.infer<typeof Column>;

export const SortSpec = z.object({ field: FieldName, dir: z.enum(['asc', 'desc']) });
export type SortSpec = z.infer<typeof SortSpec>;

export const ProductFilter = z.object({
  /** Full-text search (SQLite FTS5) over title, description, brand, ids and the main attributes. */
  search: z.string().max(500).optional(),
  /** Only products with a finding of this rule (and optionally on this field). */
  rule: z.string().max(128).optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  /** Only products where this field is empty. */
  missing: FieldName.optional(),
  /** Only products with pending suggestions. */
  pendingSuggestions: z.boolean().optional(),
  /** Only products changed since import. */
  changed: z.boolean().optional(),
});
export type ProductFilter = z.infer<typeof ProductFilter>;

export const PageRequest = z.object({
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(1000),
  columns: z.array(FieldName).min(1).max(500),
  sort: SortSpec.optional(),
  filter: ProductFilter.optional(),
});
export type PageRequest = z.infer<typeof PageRequest>;

/** Per-cell markers: the worst finding's severity and the number of pending suggestions. */
export const CellMarker = z.object({ severity: z.enum(['error', 'warning', 'info']).nullable(), suggestions: z.number() });
export type CellMarker = z.infer<typeof CellMarker>;

export const GridRow = z.object({
  pid: z.number(),
  /** Row in the seller's file as a spreadsheet shows it (header = 1). */
  row: z.number(),
  cells: z.array(z.string().nullable()),
  markers: z.record(z.string(), CellMarker),
});
export type GridRow = z.infer<typeof GridRow>;

export const Page = z.object({ total: z.number(), offset: z.number(), rows: z.array(GridRow) });
export type Page = z.infer<typeof Page>;

export const FindingItem = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  field: z.string(),
  message: z.string(),
  fix: z.string().nullable(),
  profile: z.string(),
});

export const SuggestionItem = z.object({
  id: z.number(),
  pid: z.number(),
  row: z.number(),
  productId: z.string().nullable(),
  title: z.string().nullable(),
  field: z.string(),
  current: z.string().nullable(),
  suggested: z.string(),
  confidence: z.number(),
  sources: z.string(),
  evidence: z.unknown(),
  state: z.enum(['pending', 'accepted', 'rejected']),
});
export type SuggestionItem = z.infer<typeof SuggestionItem>;

export const ProductDetail = z.object({
  pid: z.number(),
  row: z.number(),
  values: z.record(z.string(), z.string()),
  original: z.record(z.string(), z.string()),
  findings: z.array(FindingItem),
  suggestions: z.array(SuggestionItem),
});
export type ProductDetail = z.infer<typeof ProductDetail>;

export const EditRequest = z.object({
  edits: z
    .array(z.object({ pid: Pid, field: FieldName, value: z.string().max(100_000) }))
    .min(1)
    .max(100_000),
  why: z.string().max(500).optional(),
});

// ---------- findings ----------

export const FindingsSummary = z.object({
  total: z.number(),
  bySeverity: z.record(z.string(), z.number()),
  byRule: z.array(
    z.object({
      rule: z.string(),
      severity: z.string(),
      count: z.number(),
      products: z.number(),
      fixable: z.number(),
      example: z.string(),
    }),
  ),
  /** 0..100 per profile ('' = catalog consistency only), when the audit computes one. */
  scores: z.record(z.string(), z.number()),
});
export type FindingsSummary = z.infer<typeof FindingsSummary>;

export const AuditRequest = z.object({ profiles: z.array(z.string().max(64)).max(10) });
export const FixRequest = z.object({ rule: z.string().max(128) });

// ---------- dashboard ----------

const Severity = z.enum(['error', 'warning', 'info']);

export const Dashboard = z.object({
  products: z.number(),
  /** False until an audit has run (then there are no scores to show yet). */
  audited: z.boolean(),
  /** Quality score 0..100 per audited profile ('' = catalog consistency only): at import and now. */
  scores: z.array(z.object({ profile: z.string(), before: z.number(), after: z.number(), grade: z.string(), poor: z.number() })),
  bySeverity: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  byRule: z.array(z.object({ rule: z.string(), severity: Severity, count: z.number() })),
  /** Findings per category (product_type; '' = no category), the largest first. */
  byCategory: z.array(z.object({ category: z.string(), findings: z.number(), products: z.number() })),
  /** The categories beyond those listed, summed. */
  otherCategories: z.object({ categories: z.number(), findings: z.number() }),
});
export type Dashboard = z.infer<typeof Dashboard>;

// ---------- images ----------

/** A local product photo, scaled down, with its full size (OCR word boxes are in full-size pixels). */
export const ProductImage = z.object({
  path: z.string(),
  mime: z.string(),
  /** base64 of the scaled image: both transports carry it as JSON. */
  data: z.string(),
  width: z.number(),
  height: z.number(),
});
export type ProductImage = z.infer<typeof ProductImage>;

const ImageSize = z.number().int().min(16).max(2048);

/** Where the product photos are: chosen by the seller, or the "images" folder beside the catalog. */
export const ImagesFolder = z.object({ folder: z.string().nullable(), chosen: z.boolean() });

// ---------- suggestions ----------

export const SuggestionQuery = z.object({
  state: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
  field: FieldName.optional(),
  source: z.string().max(64).optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const SuggestionGroups = z.object({
  total: z.number(),
  groups: z.array(z.object({ field: z.string(), sources: z.string(), count: z.number() })),
});

export const SuggestionList = z.object({ total: z.number(), items: z.array(SuggestionItem) });
export type SuggestionList = z.infer<typeof SuggestionList>;

export const SuggestionDecision = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(100_000),
  /** Accept with this value instead (the seller edited the suggestion). */
  value: z.string().max(100_000).optional(),
});

export const BulkFilter = z.object({
  minConfidence: z.number().min(0).max(1),
  field: FieldName.optional(),
  source: z.string().max(64).optional(),
});

// ---------- export ----------

export const ExportCheck = z.object({
  profile: z.string(),
  errors: z.number(),
  warnings: z.number(),
  /** The first few blocking problems, in words. */
  examples: z.array(z.object({ row: z.number(), field: z.string(), message: z.string(), severity: z.string() })),
  /** Why nothing could be checked (e.g. the audit is not in this build). */
  note: z.string().nullable(),
});
export type ExportCheck = z.infer<typeof ExportCheck>;

export const ExportRequest = z.object({
  profile: z.string().min(1).max(64),
  format: z.enum(['csv', 'tsv', 'xml']).optional(),
  bom: z.boolean().optional(),
  /** Folder to write into (default: an `exports` folder beside the project). */
  dir: z.string().max(4096).optional(),
});

export const ExportResult = z.object({
  exportId: z.number(),
  profile: z.string(),
  format: z.string(),
  path: z.string(),
  rows: z.number(),
  bytes: z.number(),
  sha256: z.string(),
  /** What the seller should know about the file, one line each (products written without a required value, rows left out). */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const ChangeSummary = z.object({
  products: z.number(),
  byField: z.array(z.object({ field: z.string(), count: z.number() })),
  items: z.array(
    z.object({
      pid: z.number(),
      row: z.number(),
      id: z.string().nullable(),
      field: z.string(),
      original: z.string().nullable(),
      current: z.string().nullable(),
    }),
  ),
});
export type ChangeSummary = z.infer<typeof ChangeSummary>;

const Empty = z.object({}).strict();
const Nothing = z.object({ ok: z.literal(true) });

/**
 * Every method: its input and output schema. The bridge answers `POST /api/<method>`; the preload
 * forwards `invoke('api', method, input)`. Add a method here and both transports carry it.
 */
export const API = {
  'app.info': { input: Empty, output: AppInfo },
  'project.new': { input: z.object({ path: z.string().max(4096).optional() }), output: ProjectSummary },
  'project.open': { input: z.object({ path: z.string().min(1).max(4096) }), output: ProjectSummary },
  'project.openSample': { input: Empty, output: ProjectSummary },
  'project.close': { input: Empty, output: Nothing },
  'import.preview': { input: z.object({ file: FileRef, encoding: z.string().max(64).optional() }), output: ImportPreview },
  'import.start': { input: ImportStart, output: JobRef },
  'jobs.get': { input: JobRef, output: JobState },
  'jobs.cancel': { input: JobRef, output: JobState },
  'products.columns': { input: Empty, output: z.object({ columns: z.array(Column) }) },
  'products.page': { input: PageRequest, output: Page },
  'products.get': { input: z.object({ pid: Pid }), output: ProductDetail },
  'products.edit': { input: EditRequest, output: HistoryResult },
  'history.undo': { input: Empty, output: HistoryResult },
  'history.redo': { input: Empty, output: HistoryResult },
  'findings.run': { input: AuditRequest, output: JobRef },
  'findings.summary': { input: Empty, output: FindingsSummary },
  'findings.fix': { input: FixRequest, output: HistoryResult },
  'dashboard.get': { input: Empty, output: Dashboard },
  'images.get': { input: z.object({ path: z.string().min(1).max(4096), size: ImageSize.default(640) }), output: ProductImage },
  'images.folder': { input: Empty, output: ImagesFolder },
  'images.setFolder': { input: z.object({ path: z.string().min(1).max(4096).nullable() }), output: ImagesFolder },
  'images.thumbnails': {
    input: z.object({ pids: z.array(Pid).max(200), size: ImageSize.default(64) }),
    output: z.object({ items: z.array(z.object({ pid: z.number(), image: ProductImage })) }),
  },
  'suggestions.run': { input: z.object({ fields: z.array(FieldName).max(50).optional() }), output: JobRef },
  'suggestions.groups': { input: Empty, output: SuggestionGroups },
  'suggestions.list': { input: SuggestionQuery, output: SuggestionList },
  'suggestions.accept': { input: SuggestionDecision, output: HistoryResult },
  'suggestions.reject': { input: SuggestionDecision.pick({ ids: true }), output: z.object({ rejected: z.number() }) },
  'suggestions.bulkPreview': { input: BulkFilter, output: z.object({ count: z.number(), products: z.number() }) },
  'suggestions.bulkAccept': { input: BulkFilter, output: HistoryResult },
  'export.check': {
    input: z.object({ profiles: z.array(z.string().max(64)).min(1).max(10) }),
    output: z.object({ checks: z.array(ExportCheck) }),
  },
  'export.write': { input: ExportRequest, output: ExportResult },
  'export.changes': { input: z.object({ limit: z.number().int().min(0).max(1000).default(200) }), output: ChangeSummary },
} as const;

export type ApiMethod = keyof typeof API;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof API)[M]['output']>;

export const API_METHODS = Object.keys(API) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

export { ERROR_CODES, ApiError, type ApiErrorCode };

export const ApiErrorBody = z.object({ error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** HTTP status per error code (the bridge uses it; IPC carries the code itself). */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  no_project: 409,
  cancelled: 409,
  import_error: 422,
  internal: 500,
  not_available: 501,
};

/** Result envelope over IPC (Electron strips custom error classes, so errors travel as data). */
export type IpcResult = { ok: true; value: unknown } | { ok: false; error: { code: ApiErrorCode; message: string } };

/** What the preload exposes on `window.catalogDoctor`. */
export interface PreloadApi {
  call(method: string, input: unknown): Promise<IpcResult>;
  /** Shows a written export in the system's file manager. */
  reveal(path: string): Promise<void>;
  /** Path of a dropped file (Electron only knows it through webUtils). */
  pathForFile(file: File): string;
  /** Menu commands (File > Import..., Edit > Undo...) forwarded to the renderer. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

export const MENU_COMMANDS = ['new', 'open', 'import', 'export', 'undo', 'redo', 'sample'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `recent:${string}`;

/**
 * Formats a zod failure as one clear sentence: which field, what was wrong.
 * Kept here so both transports word it the same way.
 */
export function describeZodError(method: string, err: z.ZodError): string {
  const parts = err.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`);
  return `${method}: invalid input — ${parts.join('; ')}`;
}
