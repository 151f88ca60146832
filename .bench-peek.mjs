// electron/core/store/project.ts
import Database from "better-sqlite3";
import { existsSync } from "node:fs";

// shared/fields.ts
var CANONICAL_FIELDS = [
  "id",
  "item_group_id",
  "title",
  "description",
  "link",
  "image_link",
  "additional_image_link",
  "price",
  "sale_price",
  "availability",
  "brand",
  "gtin",
  "mpn",
  "identifier_exists",
  "condition",
  "google_product_category",
  "product_type",
  "color",
  "size",
  "size_system",
  "size_type",
  "material",
  "pattern",
  "gender",
  "age_group",
  "shipping_weight",
  "quantity"
];
var canonicalSet = new Set(CANONICAL_FIELDS);
function isCanonicalField(name) {
  return canonicalSet.has(name);
}
var VARIANT_FIELDS = ["color", "size", "material", "pattern", "gender", "age_group"];

// electron/core/store/migrations.ts
var fieldColumns = CANONICAL_FIELDS.map((f) => `"${f}" TEXT`).join(",\n  ");
var MIGRATIONS = [
  // 1: sources, their raw rows, products (current values per canonical field), the change record.
  `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
  source_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  layout TEXT NOT NULL,
  encoding TEXT NOT NULL,
  header TEXT NOT NULL,        -- JSON array of column names, in the seller's order
  mapping TEXT NOT NULL,       -- JSON {column: field|null}
  dialect TEXT NOT NULL,       -- JSON {delimiter, quote, lineEnding, bom, sheet, ...}: how to write it back
  row_count INTEGER NOT NULL DEFAULT 0,
  rejected_count INTEGER NOT NULL DEFAULT 0,
  imported_at TEXT NOT NULL
);
CREATE TABLE source_rows (
  source_id INTEGER NOT NULL REFERENCES sources(source_id),
  row_no INTEGER NOT NULL,     -- as a spreadsheet shows it: header = 1, first record = 2
  cells TEXT NOT NULL,         -- JSON array of the cells exactly as read
  pid INTEGER,                 -- the product this row is (NULL for image-only or skipped rows)
  PRIMARY KEY (source_id, row_no)
) WITHOUT ROWID;
CREATE TABLE rejected_rows (
  source_id INTEGER NOT NULL,
  row_no INTEGER NOT NULL,
  raw TEXT NOT NULL,
  error TEXT NOT NULL
);
CREATE TABLE products (
  pid INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL,
  row_no INTEGER NOT NULL,
  ${fieldColumns},
  attrs TEXT,                  -- JSON {custom attribute: current value}
  original TEXT NOT NULL,      -- JSON {field or attribute: value at import}, never changed
  cell_map TEXT NOT NULL,      -- JSON {field or attribute: column index it came from}
  rev INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_group ON products(item_group_id);
CREATE INDEX products_id ON products("id");
CREATE TABLE batches (
  batch_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- edit | suggestion | rule | bulk
  why TEXT NOT NULL,
  at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'applied', -- applied | undone | discarded
  state_at TEXT NOT NULL
);
CREATE TABLE changes (
  change_id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES batches(batch_id),
  pid INTEGER NOT NULL,
  field TEXT NOT NULL,
  old TEXT,
  new TEXT
);
CREATE INDEX changes_batch ON changes(batch_id);
`,
  // 2: what each export wrote, suggestions and findings.
  `
CREATE TABLE exports (
  export_id INTEGER PRIMARY KEY,
  profile TEXT NOT NULL,
  format TEXT NOT NULL,
  path TEXT NOT NULL,
  rows INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE suggestions (
  suggestion_id INTEGER PRIMARY KEY,
  pid INTEGER NOT NULL,
  field TEXT NOT NULL,
  current TEXT,
  suggested TEXT NOT NULL,
  confidence REAL NOT NULL,
  sources TEXT NOT NULL,       -- e.g. text+graph
  evidence TEXT NOT NULL,      -- JSON
  state TEXT NOT NULL DEFAULT 'pending', -- pending | accepted | rejected
  batch_id INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX suggestions_pid ON suggestions(pid);
CREATE TABLE findings (
  pid INTEGER NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  field TEXT NOT NULL,
  message TEXT NOT NULL,
  fix TEXT,
  profile TEXT NOT NULL DEFAULT ''
);
CREATE INDEX findings_pid ON findings(pid);
`,
  // 3: full-text search for the catalog grid: an external-content FTS5 index over products. Import does
  // not feed it row by row (that would slow a 1M-row import); the app indexes new rows in one pass
  // (electron/core/api/search-index.ts) and records the highest indexed pid in meta 'fts_upto'. The
  // triggers keep indexed rows in step with edits, undo and redo.
  `
CREATE VIRTUAL TABLE products_fts USING fts5("id", title, description, brand, product_type, color, size, material, gtin, mpn, content='products', content_rowid='pid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER products_fts_update AFTER UPDATE OF "id", title, description, brand, product_type, color, size, material, gtin, mpn ON products
WHEN old.pid <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'), 0)
BEGIN
  INSERT INTO products_fts(products_fts, rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES ('delete', old.pid, old."id", old.title, old.description, old.brand, old.product_type, old.color, old.size, old.material, old.gtin, old.mpn);
  INSERT INTO products_fts(rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES (new.pid, new."id", new.title, new.description, new.brand, new.product_type, new.color, new.size, new.material, new.gtin, new.mpn);
END;
CREATE TRIGGER products_fts_delete AFTER DELETE ON products
WHEN old.pid <= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto'), 0)
BEGIN
  INSERT INTO products_fts(products_fts, rowid, "id", title, description, brand, product_type, color, size, material, gtin, mpn) VALUES ('delete', old.pid, old."id", old.title, old.description, old.brand, old.product_type, old.color, old.size, old.material, old.gtin, old.mpn);
END;
`,
  // 4: suggestions' evidence stores: the catalog graph (entities, spellings, relations), one text
  // vector per product, and OCR text with word boxes per image. All are rebuilt or topped up by
  // `suggest`; text_hash/mtime let a rerun skip products and images already done.
  `
CREATE TABLE graph_entities (
  entity_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- brand | product_type | google_product_category | color | size | ...
  canonical TEXT NOT NULL,     -- folded canonical key
  label TEXT NOT NULL,         -- the seller's most used spelling
  products INTEGER NOT NULL,
  UNIQUE (kind, canonical)
);
CREATE TABLE graph_spellings (
  entity_id INTEGER NOT NULL REFERENCES graph_entities(entity_id),
  spelling TEXT NOT NULL,
  products INTEGER NOT NULL,
  PRIMARY KEY (entity_id, spelling)
) WITHOUT ROWID;
CREATE INDEX graph_spellings_spelling ON graph_spellings(spelling);
CREATE TABLE graph_relations (
  pid INTEGER NOT NULL,
  relation TEXT NOT NULL,      -- product-brand | product-category | variant-of | duplicate-of
  entity_id INTEGER,           -- for product-brand / product-category
  other_pid INTEGER            -- for variant-of (group head) / duplicate-of (first duplicate)
);
CREATE INDEX graph_relations_pid ON graph_relations(pid);
CREATE TABLE embeddings (
  pid INTEGER PRIMARY KEY,
  model TEXT NOT NULL,
  text_hash TEXT NOT NULL,     -- the embedded text's hash: unchanged text is not embedded again
  vector BLOB NOT NULL         -- float32, L2-normalised
);
CREATE TABLE ocr_images (
  path TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  mtime REAL NOT NULL,         -- an image is read again only when its file changed
  text TEXT NOT NULL,
  words TEXT NOT NULL,         -- JSON [{text, confidence, x0, y0, x1, y1}]
  confidence REAL NOT NULL
);
CREATE INDEX ocr_images_pid ON ocr_images(pid);
`,
  // 5: background jobs (electron/core/jobs): heavy work in worker threads that can stop and resume
  // without redoing finished items. job_items remembers every finished item of a job.
  `
CREATE TABLE jobs (
  job_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,          -- ocr | embed | ... (what the work is)
  params TEXT NOT NULL,        -- JSON: what the job was asked to do (a resume checks it is the same)
  state TEXT NOT NULL,         -- running | cancelled | failed | done (running after a crash = interrupted)
  total INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE job_items (
  job_id INTEGER NOT NULL,
  item TEXT NOT NULL,          -- the item's key, e.g. a pid
  state TEXT NOT NULL,         -- done | failed
  error TEXT,
  PRIMARY KEY (job_id, item)
) WITHOUT ROWID;
`,
  // 6: audit bookkeeping for incremental re-audits (electron/core/audit): the rev each product was
  // last audited at, the keys catalog-wide rules group by (GTIN, near-duplicate title key, image),
  // the values the catalog statistics counted, and what a score needs (required fields per profile).
  `
CREATE TABLE audit_state (
  pid INTEGER PRIMARY KEY,
  rev INTEGER NOT NULL,
  gtin_key TEXT,
  dup_key TEXT,
  image_key TEXT,
  grp TEXT,                    -- item group (or NULL): duplicates inside one group are variants, not duplicates
  vals TEXT NOT NULL,          -- JSON snapshot of the values the catalog statistics counted
  need TEXT                    -- JSON {profile: [required fields, recommended fields]} when some are missing
);
CREATE INDEX audit_state_gtin ON audit_state(gtin_key) WHERE gtin_key IS NOT NULL;
CREATE INDEX audit_state_dup ON audit_state(dup_key) WHERE dup_key IS NOT NULL;
CREATE INDEX audit_state_image ON audit_state(image_key) WHERE image_key IS NOT NULL;
CREATE INDEX findings_rule ON findings(rule);
`,
  // 7: column mappings the seller edited, reused for the next file with the same header
  // (electron/core/import/layouts/saved.ts). signature = sha256 of the header's column names.
  `
CREATE TABLE saved_mappings (
  signature TEXT PRIMARY KEY,
  layout TEXT NOT NULL,
  header TEXT NOT NULL,        -- JSON array of the column names it was saved for
  mapping TEXT NOT NULL,       -- JSON {column: field|null}
  saved_at TEXT NOT NULL
);
`
];
var SCHEMA_VERSION = MIGRATIONS.length;

// electron/core/store/project.ts
var ProjectError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ProjectError";
  }
};
function openProject(path, options = {}) {
  const create = options.create ?? true;
  if (!create && !existsSync(path)) throw new ProjectError(`${path}: no such project file`);
  const db2 = new Database(path);
  try {
    db2.pragma("journal_mode = WAL");
    db2.pragma("synchronous = NORMAL");
    db2.pragma("foreign_keys = OFF");
    db2.pragma("cache_size = -65536");
    migrate(db2, options.upToVersion ?? SCHEMA_VERSION);
  } catch (err) {
    db2.close();
    if (err instanceof Error && /file is not a database/.test(err.message)) {
      throw new ProjectError(`${path}: not a Catalog Doctor project (not an SQLite file)`);
    }
    throw err;
  }
  return db2;
}
function schemaVersion(db2) {
  return db2.pragma("user_version", { simple: true });
}
function migrate(db2, target) {
  const current = schemaVersion(db2);
  if (current > SCHEMA_VERSION) {
    throw new ProjectError(
      `this project was written by a newer Catalog Doctor (schema ${current}; this version reads up to ${SCHEMA_VERSION})`
    );
  }
  for (let v = current; v < target; v++) {
    db2.transaction(() => {
      db2.exec(MIGRATIONS[v]);
      db2.pragma(`user_version = ${v + 1}`);
    })();
  }
}
function closeProject(db2) {
  if (!db2.open) return;
  db2.pragma("wal_checkpoint(TRUNCATE)");
  db2.close();
}

// electron/core/import/importer.ts
import { basename, resolve as resolve2 } from "node:path";

// electron/core/jobs/progress.ts
var WINDOW_MS = 5e3;
var ProgressMeter = class {
  constructor(total, done = 0) {
    this.total = total;
    this.done = done;
    this.samples.push({ at: this.started, done });
  }
  total;
  done;
  started = performance.now();
  samples = [];
  update(done, total = this.total) {
    this.done = done;
    this.total = total;
    const now = performance.now();
    this.samples.push({ at: now, done });
    while (this.samples.length > 2 && now - this.samples[1].at > WINDOW_MS) this.samples.shift();
    return this.snapshot(now);
  }
  add(n) {
    return this.update(this.done + n);
  }
  snapshot(now = performance.now()) {
    const first = this.samples[0];
    const span = (now - first.at) / 1e3;
    const rate = span > 0.05 ? (this.done - first.done) / span : null;
    const etaSeconds = rate && this.total !== null ? Math.max(0, (this.total - this.done) / rate) : null;
    return { done: this.done, total: this.total, rate, etaSeconds, elapsedSeconds: (now - this.started) / 1e3 };
  }
};

// electron/core/jobs/thread.ts
import { Worker } from "node:worker_threads";

// electron/core/jobs/entry.ts
import { existsSync as existsSync2, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var WorkerNotFoundError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "WorkerNotFoundError";
  }
};
var built = /* @__PURE__ */ new Map();
var here = fileURLToPath(import.meta.url);
var fromSource = here.endsWith(".ts");
function workerScript(w) {
  let p = built.get(w.bundle);
  if (!p) {
    p = locate(w);
    built.set(w.bundle, p);
  }
  return p;
}
async function locate(w) {
  if (!fromSource) {
    const beside = join(dirname(here), `${w.bundle}.js`);
    if (existsSync2(beside)) return pathToFileURL(beside);
  }
  const entry = fileURLToPath(w.source);
  if (!existsSync2(entry)) {
    throw new WorkerNotFoundError(
      `worker "${w.bundle}" not found: build it with \`npm run build\` (looked beside ${here} and for ${entry})`
    );
  }
  const root = resolve(dirname(here), "../../..");
  const outdir = join(root, "node_modules", ".cache", "catalog-doctor-workers", String(process.pid));
  mkdirSync(outdir, { recursive: true });
  process.once("exit", () => rmSync(outdir, { recursive: true, force: true }));
  const esbuild = await import("esbuild");
  const outfile = join(outdir, `${w.bundle}.mjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  });
  return pathToFileURL(outfile);
}

// electron/core/jobs/thread.ts
var JobCancelledError = class extends Error {
  constructor() {
    super("cancelled");
    this.name = "JobCancelledError";
  }
};
async function startWorker(source, workerData, opts = {}) {
  if (opts.signal?.aborted) throw new JobCancelledError();
  const worker = new Worker(await workerScript(source), { workerData, resourceLimits: opts.resourceLimits });
  const queue = [];
  let failure = null;
  let exited = false;
  let wake = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const revive = opts.reviveError ?? ((e) => {
    const err = new Error(e.message);
    err.name = e.name;
    return err;
  });
  worker.on("message", (m) => {
    if (m && typeof m === "object" && m.type === "failure") failure ??= revive(m.error);
    else queue.push(m);
    notify();
  });
  worker.on("error", (err) => {
    failure ??= err;
    notify();
  });
  worker.on("exit", (code) => {
    exited = true;
    if (code !== 0) failure ??= new Error(`worker ${source.bundle} stopped with exit code ${code}`);
    notify();
  });
  const onAbort = () => {
    failure ??= new JobCancelledError();
    void worker.terminate();
    notify();
  };
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  const settle = () => opts.signal?.removeEventListener("abort", onAbort);
  let head = 0;
  return {
    async next() {
      for (; ; ) {
        if (head < queue.length) {
          const m = queue[head];
          queue[head++] = void 0;
          if (head > 1024 && head * 2 > queue.length) {
            queue.splice(0, head);
            head = 0;
          }
          return m;
        }
        if (failure) {
          settle();
          throw failure;
        }
        if (exited) {
          settle();
          return void 0;
        }
        await new Promise((r2) => wake = r2);
      }
    },
    post(message, transfer) {
      if (!exited) worker.postMessage(message, transfer);
    },
    async stop(graceMs = 2e3) {
      if (exited) return;
      worker.postMessage({ type: "stop" });
      const timer = setTimeout(() => void worker.terminate(), graceMs);
      await new Promise((r2) => exited ? r2() : worker.once("exit", () => r2()));
      clearTimeout(timer);
      settle();
    },
    async terminate() {
      settle();
      if (!exited) await worker.terminate();
    }
  };
}

// electron/core/import/errors.ts
var ImportError = class extends Error {
  file;
  row;
  /** Text files that are not grids (JSON, XML): the line an editor shows. */
  line;
  /** A column name (grids) or, with `line`, a character position on that line. */
  column;
  expected;
  constructor(opts) {
    const where = [
      opts.file,
      opts.row !== void 0 ? `row ${opts.row}` : "",
      opts.line !== void 0 ? `line ${opts.line}` : "",
      opts.column ? opts.line !== void 0 ? `column ${opts.column}` : `column "${opts.column}"` : ""
    ].filter(Boolean).join(", ");
    super(`${where}: ${opts.message}${opts.expected ? ` (expected ${opts.expected})` : ""}`);
    this.name = "ImportError";
    this.file = opts.file;
    this.row = opts.row;
    this.line = opts.line;
    this.column = opts.column;
    this.expected = opts.expected;
  }
};
var CancelledError = class extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
};

// electron/core/import/layouts/data.ts
import { z } from "zod";

// shared/data/header-synonyms.json
var header_synonyms_default = {
  $comment: "Header names (any language) that mean a canonical field. Matching is on a normalised form: camelCase split, lower case, accents removed, punctuation and spaces collapsed, a leading 'g:' dropped. Field names follow Google Merchant Center (support.google.com/merchants/answer/7052112); the localised names are the ones Google Merchant Center, Shopify, WooCommerce, Amazon and local shop systems (EC-CUBE, MakeShop, Taobao/Tmall, Mercado Libre) print in their own interfaces. Languages: en, fr, de, es, pt, it, nl, ja, zh.",
  id: [
    "id",
    "sku",
    "product id",
    "pid",
    "item id",
    "variant sku",
    "article number",
    "offer id",
    "seller sku",
    "item sku",
    "merchant sku",
    "sku id",
    "product code",
    "item code",
    "stock code",
    "uniq id",
    "unique id",
    "reference",
    "r\xE9f\xE9rence",
    "ref",
    "r\xE9f",
    "code article",
    "r\xE9f\xE9rence produit",
    "ugs",
    "sku produit",
    "artikelnummer",
    "artikel nr",
    "art nr",
    "artikel id",
    "produkt id",
    "bestellnummer",
    "referencia",
    "c\xF3digo",
    "codigo",
    "c\xF3digo de producto",
    "codigo de producto",
    "id del producto",
    "c\xF3digo do produto",
    "codigo do produto",
    "id do produto",
    "refer\xEAncia",
    "codice",
    "codice articolo",
    "codice prodotto",
    "id prodotto",
    "artikelcode",
    "productcode",
    "\u5546\u54C1\u30B3\u30FC\u30C9",
    "\u54C1\u756A",
    "\u5546\u54C1\u756A\u53F7",
    "\u5546\u54C1id",
    "\u5546\u54C1\u7BA1\u7406\u756A\u53F7",
    "\u8D27\u53F7",
    "\u5546\u54C1\u7F16\u7801",
    "\u5546\u54C1\u7F16\u53F7",
    "sku\u7F16\u7801",
    "\u4EA7\u54C1\u7F16\u53F7"
  ],
  item_group_id: [
    "item group id",
    "parent sku",
    "parent id",
    "group id",
    "product group id",
    "variant group",
    "variation group",
    "style id",
    "style number",
    "model id",
    "parent_sku",
    "groupe de produits",
    "id du groupe",
    "sku parent",
    "artikelgruppe",
    "eltern sku",
    "gruppen id",
    "id de grupo",
    "sku padre",
    "id del grupo",
    "id do grupo",
    "sku pai",
    "id gruppo",
    "\u89AA\u5546\u54C1\u30B3\u30FC\u30C9",
    "\u30B0\u30EB\u30FC\u30D7id",
    "\u5546\u54C1\u7EC4id",
    "\u7236sku",
    "\u6B3E\u53F7",
    "spu id"
  ],
  title: [
    "title",
    "name",
    "product name",
    "product title",
    "item name",
    "product",
    "listing title",
    "item title",
    "nom",
    "nom du produit",
    "titre",
    "titre du produit",
    "libell\xE9",
    "libelle",
    "d\xE9signation",
    "designation",
    "titel",
    "produktname",
    "name des produkts",
    "artikelname",
    "bezeichnung",
    "produktbezeichnung",
    "artikelbezeichnung",
    "nombre",
    "nombre del producto",
    "t\xEDtulo",
    "titulo",
    "t\xEDtulo del producto",
    "titulo del producto",
    "nome",
    "nome do produto",
    "t\xEDtulo do produto",
    "titulo do produto",
    "nome prodotto",
    "nome del prodotto",
    "titolo",
    "titolo prodotto",
    "denominazione",
    "naam",
    "productnaam",
    "titel product",
    "\u5546\u54C1\u540D",
    "\u5546\u54C1\u540D\u79F0",
    "\u5546\u54C1\u30BF\u30A4\u30C8\u30EB",
    "\u54C1\u540D",
    "\u4EA7\u54C1\u540D\u79F0",
    "\u5546\u54C1\u6807\u9898",
    "\u6807\u9898",
    "\u5B9D\u8D1D\u6807\u9898",
    "\u540D\u79F0"
  ],
  description: [
    "description",
    "body",
    "body html",
    "body (html)",
    "product description",
    "long description",
    "details",
    "product details",
    "full description",
    "item description",
    "description du produit",
    "descriptif",
    "description longue",
    "beschreibung",
    "produktbeschreibung",
    "artikelbeschreibung",
    "langbeschreibung",
    "descripci\xF3n",
    "descripcion",
    "descripci\xF3n del producto",
    "descripcion del producto",
    "descri\xE7\xE3o",
    "descricao",
    "descri\xE7\xE3o do produto",
    "descricao do produto",
    "descrizione",
    "descrizione prodotto",
    "descrizione del prodotto",
    "omschrijving",
    "beschrijving",
    "productbeschrijving",
    "\u8AAC\u660E",
    "\u5546\u54C1\u8AAC\u660E",
    "\u5546\u54C1\u8AAC\u660E\u6587",
    "\u8A73\u7D30\u8AAC\u660E",
    "\u63CF\u8FF0",
    "\u5546\u54C1\u63CF\u8FF0",
    "\u4EA7\u54C1\u63CF\u8FF0",
    "\u5546\u54C1\u8BE6\u60C5",
    "\u5B9D\u8D1D\u63CF\u8FF0"
  ],
  link: [
    "link",
    "url",
    "product url",
    "product link",
    "landing page",
    "page url",
    "product page",
    "item url",
    "web url",
    "lien",
    "lien produit",
    "url du produit",
    "produkt url",
    "produktlink",
    "artikel url",
    "enlace",
    "url del producto",
    "enlace del producto",
    "url do produto",
    "link do produto",
    "url prodotto",
    "link prodotto",
    "\u5546\u54C1url",
    "\u5546\u54C1\u30DA\u30FC\u30B8url",
    "\u5546\u54C1\u30EA\u30F3\u30AF",
    "\u5546\u54C1\u94FE\u63A5",
    "\u94FE\u63A5",
    "\u4EA7\u54C1\u94FE\u63A5"
  ],
  image_link: [
    "image link",
    "image",
    "image url",
    "image src",
    "main image",
    "main image url",
    "main product image",
    "picture",
    "photo",
    "product image",
    "product image url",
    "images",
    "img",
    "image 1",
    "image1",
    "image url 1",
    "primary image",
    "featured image",
    "thumbnail",
    "base image",
    "image principale",
    "url de l'image",
    "url image",
    "photo principale",
    "bild",
    "bild url",
    "bildlink",
    "hauptbild",
    "produktbild",
    "bild 1",
    "imagen",
    "url de la imagen",
    "url imagen",
    "imagen principal",
    "foto",
    "imagem",
    "url da imagem",
    "imagem principal",
    "url imagem",
    "immagine",
    "url immagine",
    "immagine principale",
    "afbeelding",
    "afbeelding url",
    "hoofdafbeelding",
    "\u753B\u50CF",
    "\u753B\u50CFurl",
    "\u5546\u54C1\u753B\u50CF",
    "\u30E1\u30A4\u30F3\u753B\u50CF",
    "\u753B\u50CF1",
    "\u56FE\u7247",
    "\u4E3B\u56FE",
    "\u5546\u54C1\u4E3B\u56FE",
    "\u56FE\u7247\u94FE\u63A5",
    "\u4E3B\u56FE\u94FE\u63A5",
    "\u56FE\u7247url"
  ],
  additional_image_link: [
    "additional image link",
    "additional images",
    "additional image url",
    "other image url",
    "gallery",
    "gallery images",
    "more images",
    "extra images",
    "images suppl\xE9mentaires",
    "autres images",
    "weitere bilder",
    "zus\xE4tzliche bilder",
    "im\xE1genes adicionales",
    "imagenes adicionales",
    "imagens adicionais",
    "immagini aggiuntive",
    "extra afbeeldingen",
    "\u8FFD\u52A0\u753B\u50CF",
    "\u30B5\u30D6\u753B\u50CF",
    "\u9644\u56FE",
    "\u526F\u56FE",
    "\u5176\u4ED6\u56FE\u7247"
  ],
  price: [
    "price",
    "regular price",
    "variant price",
    "list price",
    "standard price",
    "mrp",
    "retail price",
    "original price",
    "market price",
    "base price",
    "unit price",
    "normal price",
    "prix",
    "prix de vente",
    "prix normal",
    "prix ttc",
    "tarif",
    "preis",
    "verkaufspreis",
    "regul\xE4rer preis",
    "bruttopreis",
    "listenpreis",
    "uvp",
    "precio",
    "precio normal",
    "precio de venta",
    "precio regular",
    "pvp",
    "pre\xE7o",
    "preco",
    "pre\xE7o normal",
    "pre\xE7o regular",
    "pre\xE7o de venda",
    "prezzo",
    "prezzo di listino",
    "prezzo di vendita",
    "prijs",
    "verkoopprijs",
    "\u4FA1\u683C",
    "\u8CA9\u58F2\u4FA1\u683C",
    "\u901A\u5E38\u4FA1\u683C",
    "\u5B9A\u4FA1",
    "\u7A0E\u8FBC\u4FA1\u683C",
    "\u4FA1\u683C01",
    "\u4FA1\u683C02",
    "\u4EF7\u683C",
    "\u552E\u4EF7",
    "\u539F\u4EF7",
    "\u4E00\u53E3\u4EF7",
    "\u9500\u552E\u4EF7\u683C"
  ],
  sale_price: [
    "sale price",
    "special price",
    "promo price",
    "promotional price",
    "discounted price",
    "discount price",
    "selling price",
    "offer price",
    "reduced price",
    "prix promo",
    "prix promotionnel",
    "prix sold\xE9",
    "prix r\xE9duit",
    "angebotspreis",
    "aktionspreis",
    "sonderpreis",
    "reduzierter preis",
    "precio oferta",
    "precio de oferta",
    "precio rebajado",
    "precio promocional",
    "pre\xE7o promocional",
    "preco promocional",
    "pre\xE7o de oferta",
    "prezzo scontato",
    "prezzo promozionale",
    "prezzo in offerta",
    "actieprijs",
    "aanbiedingsprijs",
    "\u30BB\u30FC\u30EB\u4FA1\u683C",
    "\u7279\u4FA1",
    "\u5272\u5F15\u4FA1\u683C",
    "\u4FC3\u9500\u4EF7",
    "\u6298\u6263\u4EF7",
    "\u6D3B\u52A8\u4EF7"
  ],
  availability: [
    "availability",
    "stock status",
    "in stock",
    "in stock?",
    "inventory status",
    "available",
    "disponibilit\xE9",
    "disponibilite",
    "en stock",
    "\xE9tat du stock",
    "verf\xFCgbarkeit",
    "lagerstatus",
    "auf lager",
    "disponibilidad",
    "en existencia",
    "estado del stock",
    "disponibilidade",
    "em estoque",
    "em estoque?",
    "status do estoque",
    "disponibilit\xE0",
    "disponibile",
    "stato magazzino",
    "beschikbaarheid",
    "op voorraad",
    "\u5728\u5EAB\u72B6\u6CC1",
    "\u5728\u5EAB\u30B9\u30C6\u30FC\u30BF\u30B9",
    "\u5E93\u5B58\u72B6\u6001",
    "\u662F\u5426\u6709\u8D27"
  ],
  brand: [
    "brand",
    "vendor",
    "manufacturer",
    "brand name",
    "brands",
    "make",
    "product brand",
    "marque",
    "fabricant",
    "nom de la marque",
    "marke",
    "hersteller",
    "markenname",
    "marca",
    "fabricante",
    "nombre de la marca",
    "marca do produto",
    "marchio",
    "produttore",
    "merk",
    "fabrikant",
    "\u30D6\u30E9\u30F3\u30C9",
    "\u30E1\u30FC\u30AB\u30FC",
    "\u30D6\u30E9\u30F3\u30C9\u540D",
    "\u30E1\u30FC\u30AB\u30FC\u540D",
    "\u54C1\u724C",
    "\u54C1\u724C\u540D\u79F0",
    "\u5382\u5546",
    "\u5236\u9020\u5546"
  ],
  gtin: [
    "gtin",
    "ean",
    "upc",
    "barcode",
    "variant barcode",
    "ean13",
    "ean 13",
    "ean code",
    "upc code",
    "isbn",
    "jan",
    "jan code",
    "gtin13",
    "gtin 13",
    "gtin14",
    "product id (gtin)",
    "external product id",
    "identifier code",
    "bar code",
    "code barre",
    "code-barres",
    "code barres",
    "code ean",
    "gencod",
    "strichcode",
    "ean nummer",
    "barcode nummer",
    "c\xF3digo de barras",
    "codigo de barras",
    "c\xF3digo ean",
    "c\xF3digo de barras (ean)",
    "c\xF3digo gtin",
    "codice a barre",
    "codice ean",
    "streepjescode",
    "jan\u30B3\u30FC\u30C9",
    "\u30D0\u30FC\u30B3\u30FC\u30C9",
    "jan \u30B3\u30FC\u30C9",
    "\u6761\u5F62\u7801",
    "\u6761\u7801",
    "\u5546\u54C1\u6761\u7801"
  ],
  mpn: [
    "mpn",
    "manufacturer part number",
    "part number",
    "model number",
    "model",
    "model no",
    "part no",
    "manufacturer sku",
    "r\xE9f\xE9rence fabricant",
    "num\xE9ro de pi\xE8ce",
    "mod\xE8le",
    "herstellernummer",
    "herstellerartikelnummer",
    "modell",
    "teilenummer",
    "n\xFAmero de pieza",
    "numero de pieza",
    "modelo",
    "referencia del fabricante",
    "n\xFAmero de pe\xE7a",
    "refer\xEAncia do fabricante",
    "codice produttore",
    "modello",
    "onderdeelnummer",
    "\u578B\u756A",
    "\u30E1\u30FC\u30AB\u30FC\u578B\u756A",
    "\u578B\u53F7",
    "\u5236\u9020\u5546\u96F6\u4EF6\u53F7"
  ],
  identifier_exists: ["identifier exists"],
  condition: [
    "condition",
    "item condition",
    "product condition",
    "condition type",
    "\xE9tat",
    "etat",
    "\xE9tat du produit",
    "zustand",
    "artikelzustand",
    "condici\xF3n",
    "condicion",
    "condi\xE7\xE3o",
    "condicao",
    "estado do produto",
    "condizione",
    "conditie",
    "\u5546\u54C1\u306E\u72B6\u614B",
    "\u72B6\u614B",
    "\u6210\u8272",
    "\u5546\u54C1\u72B6\u6001",
    "\u65B0\u65E7\u7A0B\u5EA6"
  ],
  google_product_category: [
    "google product category",
    "google shopping google product category",
    "gpc",
    "product category (google)",
    "google category",
    "cat\xE9gorie google",
    "google produktkategorie",
    "categor\xEDa de google",
    "categoria do google",
    "categoria google"
  ],
  product_type: [
    "product type",
    "type",
    "category",
    "categories",
    "product category",
    "department",
    "breadcrumbs",
    "category path",
    "collection",
    "cat\xE9gorie",
    "categorie",
    "cat\xE9gories",
    "type de produit",
    "rayon",
    "kategorie",
    "kategorien",
    "produkttyp",
    "produktart",
    "warengruppe",
    "categor\xEDa",
    "categorias",
    "categor\xEDas",
    "tipo de producto",
    "tipo",
    "categoria",
    "tipo de produto",
    "categorie prodotto",
    "tipologia",
    "producttype",
    "\u30AB\u30C6\u30B4\u30EA",
    "\u30AB\u30C6\u30B4\u30EA\u30FC",
    "\u5546\u54C1\u30AB\u30C6\u30B4\u30EA",
    "\u5546\u54C1\u7A2E\u5225",
    "\u7C7B\u522B",
    "\u5206\u7C7B",
    "\u7C7B\u76EE",
    "\u5546\u54C1\u7C7B\u76EE",
    "\u5546\u54C1\u5206\u7C7B"
  ],
  color: [
    "color",
    "colour",
    "colors",
    "colours",
    "primary color",
    "primarycolor",
    "main color",
    "colour name",
    "color name",
    "color family",
    "colour map",
    "couleur",
    "coloris",
    "teinte",
    "farbe",
    "farben",
    "farbton",
    "colores",
    "cor",
    "cores",
    "colore",
    "colori",
    "kleur",
    "\u8272",
    "\u30AB\u30E9\u30FC",
    "\u8272\u540D",
    "\u989C\u8272",
    "\u989C\u8272\u5206\u7C7B",
    "\u8272\u5F69"
  ],
  size: [
    "size",
    "sizes",
    "size name",
    "clothing size",
    "shoe size",
    "taille",
    "pointure",
    "gr\xF6\xDFe",
    "groesse",
    "gr\xF6sse",
    "konfektionsgr\xF6\xDFe",
    "talla",
    "tallas",
    "tama\xF1o",
    "tamano",
    "tamanho",
    "tam",
    "taglia",
    "misura",
    "maat",
    "\u30B5\u30A4\u30BA",
    "\u30B5\u30A4\u30BA\u540D",
    "\u5C3A\u7801",
    "\u5C3A\u5BF8",
    "\u89C4\u683C"
  ],
  material: [
    "material",
    "materials",
    "fabric",
    "fabric type",
    "material type",
    "composition",
    "mati\xE8re",
    "matiere",
    "mat\xE9riau",
    "tissu",
    "stoff",
    "materialien",
    "zusammensetzung",
    "tejido",
    "materiales",
    "composici\xF3n",
    "tecido",
    "materiais",
    "composi\xE7\xE3o",
    "materiale",
    "tessuto",
    "composizione",
    "materiaal",
    "stof",
    "\u7D20\u6750",
    "\u6750\u8CEA",
    "\u6750\u6599",
    "\u6750\u8D28",
    "\u9762\u6599"
  ],
  pattern: [
    "pattern",
    "motif",
    "imprim\xE9",
    "muster",
    "estampado",
    "padr\xE3o",
    "padrao",
    "estampa",
    "fantasia",
    "stampa",
    "dessin",
    "\u67C4",
    "\u6A21\u69D8",
    "\u56FE\u6848"
  ],
  gender: [
    "gender",
    "sex",
    "target gender",
    "department gender",
    "target audience gender",
    "genre",
    "sexe",
    "geschlecht",
    "g\xE9nero",
    "genero",
    "sexo",
    "g\xEAnero",
    "genere",
    "sesso",
    "geslacht",
    "\u6027\u5225",
    "\u6027\u522B",
    "\u9002\u7528\u6027\u522B"
  ],
  age_group: [
    "age group",
    "age",
    "age range",
    "age range description",
    "tranche d'\xE2ge",
    "tranche d age",
    "\xE2ge",
    "altersgruppe",
    "alter",
    "grupo de edad",
    "edad",
    "faixa et\xE1ria",
    "faixa etaria",
    "idade",
    "fascia di et\xE0",
    "fascia di eta",
    "et\xE0",
    "leeftijdsgroep",
    "\u5BFE\u8C61\u5E74\u9F62",
    "\u5E74\u9F84\u6BB5",
    "\u9002\u7528\u5E74\u9F84"
  ],
  shipping_weight: [
    "shipping weight",
    "weight",
    "variant grams",
    "grams",
    "weight (kg)",
    "weight (lbs)",
    "weight (g)",
    "item weight",
    "package weight",
    "weight value (grams)",
    "net weight",
    "poids",
    "poids (kg)",
    "poids d'exp\xE9dition",
    "gewicht",
    "versandgewicht",
    "gewicht (kg)",
    "peso",
    "peso de env\xEDo",
    "peso (kg)",
    "peso do envio",
    "peso di spedizione",
    "gewicht verzending",
    "\u91CD\u91CF",
    "\u91CD\u3055",
    "\u914D\u9001\u91CD\u91CF",
    "\u6BDB\u91CD",
    "\u5305\u88C5\u91CD\u91CF"
  ],
  quantity: [
    "quantity",
    "stock",
    "qty",
    "inventory",
    "inventory quantity",
    "variant inventory qty",
    "stock quantity",
    "on hand",
    "available quantity",
    "units in stock",
    "quantit\xE9",
    "quantite",
    "stock disponible",
    "quantit\xE9 en stock",
    "menge",
    "bestand",
    "lagerbestand",
    "anzahl",
    "cantidad",
    "existencias",
    "inventario",
    "quantidade",
    "estoque",
    "quantit\xE0",
    "quantita",
    "giacenza",
    "scorte",
    "aantal",
    "voorraad",
    "\u5728\u5EAB",
    "\u5728\u5EAB\u6570",
    "\u6570\u91CF",
    "\u5E93\u5B58",
    "\u5E93\u5B58\u6570\u91CF"
  ],
  size_system: ["size system", "syst\xE8me de tailles", "gr\xF6\xDFensystem", "sistema de tallas"],
  size_type: ["size type", "type de taille", "gr\xF6\xDFentyp", "tipo de talla"]
};

// shared/data/value-vocabularies.json
var value_vocabularies_default = {
  $comment: "Closed vocabularies used to recognise a column by its values when its header names nothing we know (and to check that a named column really holds what its header says). Compared after lower-casing and removing accents. Colour words follow the basic colour terms of each language; GMC's own enumerations are cited per list.",
  color: {
    source: "Basic colour terms per language; GMC color attribute (support.google.com/merchants/answer/6324487) accepts colour names, several joined with '/'.",
    words: [
      "black",
      "white",
      "grey",
      "gray",
      "silver",
      "red",
      "blue",
      "navy",
      "green",
      "yellow",
      "orange",
      "pink",
      "purple",
      "violet",
      "brown",
      "beige",
      "cream",
      "ivory",
      "gold",
      "khaki",
      "olive",
      "teal",
      "turquoise",
      "maroon",
      "burgundy",
      "charcoal",
      "tan",
      "camel",
      "coral",
      "mint",
      "lilac",
      "lavender",
      "magenta",
      "cyan",
      "aqua",
      "multicolor",
      "multicolour",
      "multi",
      "transparent",
      "clear",
      "natural",
      "nude",
      "off white",
      "light",
      "dark",
      "heather",
      "rose",
      "copper",
      "bronze",
      "indigo",
      "denim",
      "mustard",
      "taupe",
      "sand",
      "stone",
      "ecru",
      "wine",
      "peach",
      "fuchsia",
      "sky",
      "royal",
      "ash",
      "slate",
      "rust",
      "salmon",
      "mauve",
      "champagne",
      "chocolate",
      "plum",
      "emerald",
      "graphite",
      "noir",
      "blanc",
      "gris",
      "rouge",
      "bleu",
      "vert",
      "jaune",
      "rose",
      "violet",
      "marron",
      "brun",
      "beige",
      "or",
      "argent",
      "dor\xE9",
      "dore",
      "argent\xE9",
      "argente",
      "marine",
      "kaki",
      "bordeaux",
      "turquoise",
      "\xE9cru",
      "anthracite",
      "clair",
      "fonc\xE9",
      "fonce",
      "multicolore",
      "schwarz",
      "wei\xDF",
      "weiss",
      "grau",
      "rot",
      "blau",
      "gr\xFCn",
      "gruen",
      "gelb",
      "orange",
      "rosa",
      "lila",
      "braun",
      "silber",
      "golden",
      "dunkelblau",
      "hellblau",
      "dunkel",
      "hell",
      "bunt",
      "natur",
      "negro",
      "blanco",
      "gris",
      "rojo",
      "azul",
      "verde",
      "amarillo",
      "naranja",
      "rosado",
      "morado",
      "marr\xF3n",
      "marron",
      "plateado",
      "dorado",
      "celeste",
      "crema",
      "claro",
      "oscuro",
      "preto",
      "branco",
      "cinza",
      "vermelho",
      "azul",
      "verde",
      "amarelo",
      "laranja",
      "roxo",
      "marrom",
      "prata",
      "dourado",
      "bege",
      "nero",
      "bianco",
      "grigio",
      "rosso",
      "blu",
      "azzurro",
      "verde",
      "giallo",
      "arancione",
      "viola",
      "marrone",
      "argento",
      "oro",
      "zwart",
      "wit",
      "grijs",
      "rood",
      "blauw",
      "groen",
      "geel",
      "oranje",
      "roze",
      "paars",
      "bruin",
      "\u9ED2",
      "\u767D",
      "\u8D64",
      "\u9752",
      "\u7DD1",
      "\u9EC4",
      "\u30B0\u30EC\u30FC",
      "\u30D6\u30E9\u30C3\u30AF",
      "\u30DB\u30EF\u30A4\u30C8",
      "\u30EC\u30C3\u30C9",
      "\u30D6\u30EB\u30FC",
      "\u30B0\u30EA\u30FC\u30F3",
      "\u30A4\u30A8\u30ED\u30FC",
      "\u30CD\u30A4\u30D3\u30FC",
      "\u30D4\u30F3\u30AF",
      "\u30D9\u30FC\u30B8\u30E5",
      "\u30D6\u30E9\u30A6\u30F3",
      "\u9ED1",
      "\u9ED1\u8272",
      "\u767D\u8272",
      "\u7EA2\u8272",
      "\u84DD\u8272",
      "\u7EFF\u8272",
      "\u9EC4\u8272",
      "\u7070\u8272",
      "\u7C89\u8272",
      "\u7D2B\u8272",
      "\u68D5\u8272",
      "\u7C73\u8272",
      "\u91D1\u8272",
      "\u94F6\u8272"
    ]
  },
  size: {
    source: "Letter sizes and size words as GMC's size attribute shows them (support.google.com/merchants/answer/6324492: 'XL', 'Large', 'One size').",
    words: [
      "xxxs",
      "xxs",
      "xs",
      "s",
      "m",
      "l",
      "xl",
      "xxl",
      "xxxl",
      "2xl",
      "3xl",
      "4xl",
      "5xl",
      "2xs",
      "3xs",
      "xs/s",
      "s/m",
      "m/l",
      "l/xl",
      "small",
      "medium",
      "large",
      "extra small",
      "extra large",
      "x-small",
      "x-large",
      "xx-large",
      "one size",
      "onesize",
      "os",
      "free size",
      "petite",
      "regular",
      "tall",
      "petit",
      "moyen",
      "grand",
      "taille unique",
      "einheitsgr\xF6\xDFe",
      "einheitsgrosse",
      "talla \xFAnica",
      "talla unica",
      "tamanho \xFAnico",
      "taglia unica",
      "\u30D5\u30EA\u30FC",
      "\u30D5\u30EA\u30FC\u30B5\u30A4\u30BA",
      "\u5747\u7801"
    ],
    patterns: [
      "^(?:eu|us|uk|fr|it|jp)\\s?\\d{1,2}(?:[.,]5)?$",
      "^\\d{2}\\s?[x/]\\s?\\d{2}$",
      "^\\d{1,2}\\s?(?:-|to)\\s?\\d{1,2}\\s?(?:y|yrs|years|m|months|ans|jahre)$"
    ]
  },
  gender: {
    source: "GMC gender values male/female/unisex (support.google.com/merchants/answer/6324479) and their shop-front words.",
    words: [
      "male",
      "female",
      "unisex",
      "men",
      "women",
      "man",
      "woman",
      "mens",
      "womens",
      "men's",
      "women's",
      "boys",
      "girls",
      "boy",
      "girl",
      "kids",
      "homme",
      "femme",
      "hommes",
      "femmes",
      "mixte",
      "gar\xE7on",
      "fille",
      "herren",
      "damen",
      "m\xE4dchen",
      "jungen",
      "hombre",
      "mujer",
      "hombres",
      "mujeres",
      "ni\xF1o",
      "ni\xF1a",
      "masculino",
      "feminino",
      "femenino",
      "uomo",
      "donna",
      "heren",
      "dames",
      "\u30E1\u30F3\u30BA",
      "\u30EC\u30C7\u30A3\u30FC\u30B9",
      "\u30E6\u30CB\u30BB\u30C3\u30AF\u30B9",
      "\u7537",
      "\u5973",
      "\u7537\u58EB",
      "\u5973\u58EB",
      "\u7537\u5973\u901A\u7528"
    ]
  },
  availability: {
    source: "GMC availability values in_stock/out_of_stock/preorder/backorder (support.google.com/merchants/answer/6324448) and common shop-front forms.",
    words: [
      "in stock",
      "in_stock",
      "instock",
      "out of stock",
      "out_of_stock",
      "outofstock",
      "preorder",
      "pre-order",
      "backorder",
      "available for order",
      "discontinued",
      "limited availability",
      "en stock",
      "rupture de stock",
      "\xE9puis\xE9",
      "auf lager",
      "nicht auf lager",
      "ausverkauft",
      "disponible",
      "agotado",
      "em estoque",
      "esgotado",
      "disponibile",
      "esaurito",
      "\u5728\u5EAB\u3042\u308A",
      "\u5728\u5EAB\u306A\u3057",
      "\u6709\u8D27",
      "\u7F3A\u8D27"
    ]
  },
  condition: {
    source: "GMC condition values new/refurbished/used (support.google.com/merchants/answer/6324469).",
    words: [
      "new",
      "used",
      "refurbished",
      "neuf",
      "occasion",
      "reconditionn\xE9",
      "neu",
      "gebraucht",
      "general\xFCberholt",
      "nuevo",
      "usado",
      "reacondicionado",
      "novo",
      "recondicionado",
      "nuovo",
      "usato",
      "ricondizionato",
      "\u65B0\u54C1",
      "\u4E2D\u53E4",
      "\u5168\u65B0",
      "\u4E8C\u624B"
    ]
  },
  age_group: {
    source: "GMC age_group values newborn/infant/toddler/kids/adult (support.google.com/merchants/answer/6324463).",
    words: [
      "newborn",
      "infant",
      "toddler",
      "kids",
      "adult",
      "adults",
      "baby",
      "child",
      "children",
      "teen",
      "b\xE9b\xE9",
      "enfant",
      "adulte",
      "kinder",
      "erwachsene",
      "ni\xF1os",
      "adultos",
      "beb\xE9",
      "crian\xE7as",
      "adulto",
      "bambini",
      "\u30D9\u30D3\u30FC",
      "\u30AD\u30C3\u30BA",
      "\u5927\u4EBA",
      "\u513F\u7AE5",
      "\u6210\u4EBA",
      "\u5A74\u513F"
    ]
  }
};

// shared/data/shopify-columns.json
var shopify_columns_default = {
  $comment: "Shopify product CSV columns, legacy dialect (Handle, Variant SKU, Image Src, ...) and the 2024+ export dialect (URL handle, SKU, Product image URL, ...). Column names are matched ignoring case and repeated spaces. 'level' says whether the first row of a handle carries the value for every variant (product) or each row carries its own (variant); columns not listed are variant level.",
  source: "https://help.shopify.com/en/manual/products/import-export/using-csv (Product CSV file format: columns, variant and image rows)",
  handle: ["Handle", "URL handle"],
  columns: {
    Title: {
      field: "title",
      level: "product"
    },
    "Body (HTML)": {
      field: "description",
      level: "product"
    },
    Description: {
      field: "description",
      level: "product"
    },
    Vendor: {
      field: "brand",
      level: "product"
    },
    "Product Category": {
      field: "google_product_category",
      level: "product"
    },
    Type: {
      field: "product_type",
      level: "product"
    },
    Tags: {
      level: "product"
    },
    Published: {
      level: "product"
    },
    "Published on online store": {
      level: "product"
    },
    Status: {
      level: "product"
    },
    "Gift Card": {
      level: "product"
    },
    "SEO Title": {
      level: "product"
    },
    "SEO Description": {
      level: "product"
    },
    "Google Shopping / Google Product Category": {
      field: "google_product_category",
      level: "product"
    },
    "Google Shopping / Gender": {
      field: "gender",
      level: "product"
    },
    "Google Shopping / Age Group": {
      field: "age_group",
      level: "product"
    },
    "Google Shopping / MPN": {
      field: "mpn",
      level: "product"
    },
    "Google Shopping / Condition": {
      field: "condition",
      level: "product"
    },
    "Google Shopping / AdWords Grouping": {
      level: "product"
    },
    "Google Shopping / AdWords Labels": {
      level: "product"
    },
    "Google Shopping / Custom Product": {
      level: "product"
    },
    "Variant SKU": {
      field: "id",
      level: "variant"
    },
    SKU: {
      field: "id",
      level: "variant"
    },
    "Variant Price": {
      field: "price",
      level: "variant"
    },
    Price: {
      field: "price",
      level: "variant"
    },
    "Variant Barcode": {
      field: "gtin",
      level: "variant"
    },
    Barcode: {
      field: "gtin",
      level: "variant"
    },
    "Variant Grams": {
      field: "shipping_weight",
      level: "variant"
    },
    "Weight value (grams)": {
      field: "shipping_weight",
      level: "variant"
    },
    "Variant Inventory Qty": {
      field: "quantity",
      level: "variant"
    },
    "Inventory quantity": {
      field: "quantity",
      level: "variant"
    },
    "Variant Image": {
      field: "image_link",
      level: "variant"
    },
    "Variant image URL": {
      field: "image_link",
      level: "variant"
    },
    "Google Shopping / Color": {
      field: "color",
      level: "variant"
    },
    "Google Shopping / Size": {
      field: "size",
      level: "variant"
    },
    "Google Shopping / Size Type": {
      field: "size_type",
      level: "product"
    },
    "Google Shopping / Size System": {
      field: "size_system",
      level: "product"
    },
    "Google Shopping / Material": {
      field: "material",
      level: "product"
    },
    "Google Shopping / Custom Label 0": {
      level: "product"
    },
    "Google Shopping / Custom Label 1": {
      level: "product"
    },
    "Google Shopping / Custom Label 2": {
      level: "product"
    },
    "Google Shopping / Custom Label 3": {
      level: "product"
    },
    "Google Shopping / Custom Label 4": {
      level: "product"
    },
    "Variant Compare At Price": {
      level: "variant"
    },
    "Compare-at price": {
      level: "variant"
    },
    "Cost per item": {
      level: "variant"
    }
  },
  imageColumns: ["Image Src", "Product image URL"],
  optionColumns: [
    ["Option1 Name", "Option1 Value"],
    ["Option2 Name", "Option2 Value"],
    ["Option3 Name", "Option3 Value"]
  ],
  imageDetailColumns: ["Image Position", "Image Alt Text"],
  $metafields: "Category metafield columns ('Color (product.metafields.shopify.color-pattern)', 'Couleur (product.metafields.shopify.color-pattern)', ...) are recognised by the key in parentheses, whatever the label's language (help.shopify.com/en/manual/products/details/product-category#category-metafields). Product metafields are product level, variant metafields variant level. mm-google-shopping.* are the Google & YouTube app's metafields.",
  metafields: {
    "shopify.color-pattern": "color",
    "shopify.size": "size",
    "shopify.fabric": "material",
    "shopify.material": "material",
    "shopify.target-gender": "gender",
    "shopify.age-group": "age_group",
    "shopify.pattern": "pattern",
    "mm-google-shopping.gender": "gender",
    "mm-google-shopping.age_group": "age_group",
    "mm-google-shopping.mpn": "mpn",
    "mm-google-shopping.condition": "condition",
    "mm-google-shopping.size": "size",
    "mm-google-shopping.size_type": "size_type",
    "mm-google-shopping.size_system": "size_system",
    "mm-google-shopping.color": "color",
    "mm-google-shopping.material": "material",
    "mm-google-shopping.google_product_category": "google_product_category"
  }
};

// shared/data/woocommerce-columns.json
var woocommerce_columns_default = {
  $comment: "WooCommerce product CSV (built-in exporter/importer). English names from the exporter's default column names; Portuguese (pt_BR) names as printed by a real pt_BR export (woocommerce-export-ptbr); French names from the fr_FR translation of the same strings (not checked against a real file here). Type values stay English in every language ('simple', 'variable', 'variation, virtual'). 'inherit' = a variation with a blank cell takes its parent's value. 'role' marks columns with a structural meaning.",
  source: "https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema ; plugins/woocommerce/includes/export/class-wc-product-csv-exporter.php (get_default_column_names)",
  layout: "woocommerce",
  columns: [
    {
      names: ["ID"],
      role: "wp_id"
    },
    {
      names: ["Type", "Tipo"],
      role: "type"
    },
    {
      names: ["SKU", "REF", "UGS"],
      field: "id"
    },
    {
      names: ["GTIN, UPC, EAN, or ISBN", "GTIN, UPC, EAN ou ISBN"],
      field: "gtin"
    },
    {
      names: ["Name", "Nome", "Nom"],
      field: "title"
    },
    {
      names: ["Short description", "Descri\xE7\xE3o curta", "Description courte"],
      inherit: true
    },
    {
      names: ["Description", "Descri\xE7\xE3o"],
      field: "description",
      inherit: true
    },
    {
      names: ["In stock?", "Em estoque?", "En stock ?"],
      field: "availability",
      values: {
        "1": "in_stock",
        "0": "out_of_stock",
        backorder: "backorder"
      },
      $comment: "WooCommerce writes 1/0/backorder; the field holds GMC's words, the cell keeps the seller's."
    },
    {
      names: ["Stock", "Estoque"],
      field: "quantity"
    },
    {
      names: [
        "Weight (kg)",
        "Weight (g)",
        "Weight (lbs)",
        "Weight (oz)",
        "Peso (kg)",
        "Peso (g)",
        "Peso (lbs)",
        "Poids (kg)",
        "Poids (g)"
      ],
      field: "shipping_weight",
      inherit: true
    },
    {
      names: ["Sale price", "Pre\xE7o promocional", "Tarif promo"],
      field: "sale_price"
    },
    {
      names: ["Regular price", "Pre\xE7o", "Tarif r\xE9gulier"],
      field: "price"
    },
    {
      names: ["Categories", "Categorias", "Cat\xE9gories"],
      field: "product_type",
      inherit: true
    },
    {
      names: ["Tags", "\xC9tiquettes"],
      inherit: true
    },
    {
      names: ["Brands", "Marcas", "Marques"],
      field: "brand",
      inherit: true
    },
    {
      names: ["Images", "Imagens"],
      field: "image_link",
      inherit: true,
      $comment: "comma-separated; the first image is the main one, the rest are gallery images"
    },
    {
      names: ["Parent", "Produto ascendente"],
      role: "parent"
    },
    {
      names: ["External URL", "URL externa", "URL externe"],
      field: "link"
    },
    {
      names: ["Published", "Publicado", "Publi\xE9"]
    },
    {
      names: ["Is featured?", "Em destaque?", "Mis en avant ?"]
    },
    {
      names: ["Visibility in catalog", "Visibilidade no cat\xE1logo", "Visibilit\xE9 dans le catalogue"],
      marker: true
    },
    {
      names: ["Tax status", "Status da taxa", "\xC9tat de la TVA"],
      marker: true
    },
    {
      names: ["Tax class", "Classe de taxa", "Classe de TVA"]
    },
    {
      names: ["Backorders allowed?", "S\xE3o permitidas encomendas?"],
      marker: true
    },
    {
      names: ["Sold individually?", "Vender individualmente?", "Vendre individuellement ?"],
      marker: true
    },
    {
      names: ["Allow customer reviews?", "Permitir avalia\xE7\xF5es de clientes?", "Autoriser les avis clients ?"],
      marker: true
    },
    {
      names: ["Shipping class", "Classe de entrega", "Classe d\u2019exp\xE9dition"],
      inherit: true
    },
    {
      names: ["Grouped products", "Produtos agrupados"],
      marker: true
    },
    {
      names: ["Upsells", "Aumenta vendas"],
      marker: true
    },
    {
      names: ["Cross-sells", "Venda cruzada"],
      marker: true
    },
    {
      names: ["Button text", "Texto do bot\xE3o", "Libell\xE9 du bouton"],
      marker: true
    },
    {
      names: ["Download limit", "Limite de download"],
      marker: true
    }
  ],
  attributePairs: [
    {
      name: "^Attribute (\\d+) name$",
      value: "^Attribute (\\d+) value\\(s\\)$",
      lang: "en"
    },
    {
      name: "^Nome do atributo (\\d+)$",
      value: "^Valores do atributo (\\d+)$",
      lang: "pt_BR"
    },
    {
      name: "^Nom de l[\u2019']attribut (\\d+)$",
      value: "^Valeur\\(s\\) de l[\u2019']attribut (\\d+)$",
      lang: "fr_FR"
    }
  ],
  types: {
    parent: ["variable"],
    variation: ["variation"]
  }
};

// shared/data/amazon-columns.json
var amazon_columns_default = {
  $comment: "Amazon Seller Central inventory flat file (category templates, e.g. Clothing/Home 'Flat.File.*.xlsm', sheet 'Template'). Row 1 holds TemplateType/Version settings, row 2 the human labels, row 3 the attribute names; the reader hands us the attribute-name row and keeps the rows above as preamble. 'labels' are the row-2 names, accepted too when a file carries only those. Child rows name their parent in parent_sku; the parent row (parent_child = parent) is not sellable and lends its product-level values to its children.",
  source: "https://sellercentral.amazon.com/help/hub/reference/external/G1641 (Inventory file templates) ; https://sellercentral.amazon.com/help/hub/reference/external/G8841 (Variation relationships: parent_child, parent_sku, relationship_type, variation_theme)",
  layout: "amazon",
  columns: [
    { names: ["item_sku", "Seller SKU", "SKU"], field: "id" },
    { names: ["item_name", "Product Name", "Item Name", "Title"], field: "title" },
    { names: ["brand_name", "Brand Name", "Brand"], field: "brand", inherit: true },
    { names: ["manufacturer", "Manufacturer"], inherit: true },
    { names: ["external_product_id", "Product ID", "External Product ID"], field: "gtin" },
    { names: ["external_product_id_type", "Product ID Type", "External Product ID Type"] },
    { names: ["feed_product_type", "Product Type"], marker: true, inherit: true },
    { names: ["item_type", "Item Type Keyword", "item_type_keyword"], field: "product_type", inherit: true },
    { names: ["recommended_browse_nodes", "Recommended Browse Nodes"], inherit: true },
    { names: ["product_description", "Product Description"], field: "description", inherit: true },
    { names: ["bullet_point1", "Key Product Features"], inherit: true },
    { names: ["bullet_point2"], inherit: true },
    { names: ["bullet_point3"], inherit: true },
    { names: ["bullet_point4"], inherit: true },
    { names: ["bullet_point5"], inherit: true },
    { names: ["generic_keywords", "Search Terms"], inherit: true },
    { names: ["part_number", "Manufacturer Part Number"], field: "mpn" },
    { names: ["model", "Model Number", "model_name"], inherit: true },
    { names: ["standard_price", "Standard Price", "Your Price", "purchasable_offer"], field: "price" },
    { names: ["sale_price", "Sale Price"], field: "sale_price" },
    { names: ["list_price", "List Price", "list_price_with_tax"] },
    { names: ["currency", "Currency"] },
    { names: ["quantity", "Quantity"], field: "quantity" },
    {
      names: ["condition_type", "Item Condition", "Offering Condition Type"],
      field: "condition",
      values: {
        New: "new",
        new_new: "new",
        Used: "used",
        Refurbished: "refurbished",
        "Used - Like New": "used",
        "Used - Very Good": "used",
        "Used - Good": "used",
        "Used - Acceptable": "used"
      }
    },
    { names: ["main_image_url", "Main Image URL"], field: "image_link", inherit: true },
    {
      names: [
        "other_image_url1",
        "other_image_url2",
        "other_image_url3",
        "other_image_url4",
        "other_image_url5",
        "other_image_url6",
        "other_image_url7",
        "other_image_url8",
        "Other Image URL1",
        "Other Image URL2",
        "Other Image URL3",
        "Other Image URL4",
        "Other Image URL5",
        "Other Image URL6",
        "Other Image URL7",
        "Other Image URL8"
      ],
      field: "additional_image_link",
      inherit: true
    },
    { names: ["swatch_image_url", "Swatch Image URL"] },
    { names: ["parent_child", "Parentage", "Parentage Level"], role: "parent_child" },
    { names: ["parent_sku", "Parent SKU"], role: "parent" },
    { names: ["relationship_type", "Relationship Type"], marker: true },
    { names: ["variation_theme", "Variation Theme"], marker: true, inherit: true },
    { names: ["update_delete", "Update Delete"], marker: true },
    { names: ["color_name", "Color", "Colour"], field: "color" },
    { names: ["color_map", "Color Map", "Colour Map"] },
    { names: ["size_name", "Size"], field: "size" },
    { names: ["size_map", "Size Map"] },
    {
      names: ["material_type", "Material Type", "fabric_type", "Fabric Type", "outer_material_type", "Outer Material Type"],
      field: "material",
      inherit: true
    },
    { names: ["pattern_type", "pattern_name", "Pattern", "Pattern Type"], field: "pattern" },
    { names: ["department_name", "Department", "target_gender", "Target Gender"], field: "gender", inherit: true },
    { names: ["age_range_description", "Age Range Description"], field: "age_group", inherit: true },
    { names: ["website_shipping_weight", "Shipping Weight", "item_weight", "Item Weight"], field: "shipping_weight" },
    { names: ["fulfillment_latency", "Handling Time"], marker: true },
    { names: ["country_of_origin", "Country/Region of Origin"], inherit: true }
  ],
  parentValues: ["parent", "Parent"],
  childValues: ["child", "Child"]
};

// shared/data/tiktok-columns.json
var tiktok_columns_default = {
  $comment: "TikTok Shop Seller Center bulk upload template ('Tiktoksellercenter_batchupload_<date>_template.xlsx', sheet 'Template'). Column labels as printed in the published template (2023-04-15 and 2024-11-13 editions); the snake_case names are the template's hidden key row, accepted as aliases (not checked against a template file here). One row per SKU; the SKUs of one product are consecutive rows with the same Product Name ('If there are multiple SKUs, keep the titles consistent'). 'Variation' / 'Variation 2' hold option values only; which attribute they are is read from the values.",
  source: "https://seller-us.tiktok.com/university/essay?knowledge_id=6837816604690177 (Add products in batch) ; template instructions row of Tiktoksellercenter_batchupload_20241113_template.xlsx",
  layout: "tiktok",
  columns: [
    { names: ["Category", "category"], field: "product_type", inherit: true },
    { names: ["Brand", "brand"], field: "brand", inherit: true },
    { names: ["Product Name", "product_name"], field: "title", role: "group" },
    { names: ["Product Description", "product_description"], field: "description", inherit: true },
    { names: ["Main Product Image", "main_image"], field: "image_link", inherit: true, marker: true },
    {
      names: [
        "Product Image 2",
        "Product Image 3",
        "Product Image 4",
        "Product Image 5",
        "Product Image 6",
        "Product Image 7",
        "Product Image 8",
        "Product Image 9",
        "image_2",
        "image_3",
        "image_4",
        "image_5",
        "image_6",
        "image_7",
        "image_8",
        "image_9"
      ],
      field: "additional_image_link",
      inherit: true
    },
    { names: ["Variation", "Variation 1", "Primary variation", "property_value_1"], role: "variation" },
    { names: ["Variation 2", "Secondary variation", "property_value_2"], role: "variation" },
    { names: ["Variant Image", "Variation Image", "property_1_image"], field: "image_link" },
    {
      names: ["Package Weight(lb)", "Package Weight(kg)", "Package Weight(g)", "Parcel Weight(kg)", "parcel_weight"],
      field: "shipping_weight",
      inherit: true,
      marker: true
    },
    { names: ["Package Length(inch)", "Package Length(cm)", "parcel_length"], inherit: true },
    { names: ["Package Width(inch)", "Package Width(cm)", "parcel_width"], inherit: true },
    { names: ["Package Height(inch)", "Package Height(cm)", "parcel_height"], inherit: true },
    { names: ["Delivery options", "Delivery Options", "delivery"], inherit: true, marker: true },
    { names: ["Identifier Code Type", "identifier_code_type"], marker: true },
    { names: ["Identifier Code", "identifier_code"], field: "gtin" },
    { names: ["Retail Price (Local Currency)", "Retail Price", "Price", "price"], field: "price" },
    { names: ["Quantity", "quantity"], field: "quantity" },
    { names: ["Seller SKU", "seller_sku"], field: "id", marker: true },
    { names: ["Size Chart", "size_chart"], inherit: true, marker: true },
    { names: ["Warranty Period", "warranty_period"], inherit: true }
  ]
};

// shared/data/google-columns.json
var google_columns_default = {
  $comment: "Google Merchant Center product data specification: the attribute names a feed's header row (TSV/CSV/Sheets) or item elements (RSS/Atom with the g: namespace) carry. Headers may be written with or without the 'g:' prefix and with spaces instead of underscores ('item group id'). Attributes that are not canonical fields stay custom attributes under their own name.",
  source: "https://support.google.com/merchants/answer/7052112 (Product data specification); https://support.google.com/merchants/answer/160567 (feed file formats)",
  layout: "google",
  columns: [
    { names: ["id"], field: "id" },
    { names: ["item_group_id"], field: "item_group_id" },
    { names: ["title"], field: "title" },
    { names: ["description"], field: "description" },
    { names: ["link"], field: "link" },
    { names: ["image_link"], field: "image_link" },
    { names: ["additional_image_link"], field: "additional_image_link" },
    { names: ["price"], field: "price" },
    { names: ["sale_price"], field: "sale_price" },
    { names: ["availability"], field: "availability" },
    { names: ["brand"], field: "brand" },
    { names: ["gtin"], field: "gtin" },
    { names: ["mpn"], field: "mpn" },
    { names: ["identifier_exists"], field: "identifier_exists" },
    { names: ["condition"], field: "condition" },
    { names: ["google_product_category"], field: "google_product_category" },
    { names: ["product_type"], field: "product_type" },
    { names: ["color"], field: "color" },
    { names: ["size"], field: "size" },
    { names: ["size_system"], field: "size_system" },
    { names: ["size_type"], field: "size_type" },
    { names: ["material"], field: "material" },
    { names: ["pattern"], field: "pattern" },
    { names: ["gender"], field: "gender" },
    { names: ["age_group"], field: "age_group" },
    { names: ["shipping_weight"], field: "shipping_weight" },
    {
      names: [
        "mobile_link",
        "canonical_link",
        "ads_redirect",
        "lifestyle_image_link",
        "3d_model_link",
        "virtual_model_link",
        "availability_date",
        "expiration_date",
        "cost_of_goods_sold",
        "sale_price_effective_date",
        "unit_pricing_measure",
        "unit_pricing_base_measure",
        "installment",
        "subscription_cost",
        "loyalty_program",
        "auto_pricing_min_price",
        "minimum_price",
        "maximum_retail_price",
        "multipack",
        "is_bundle",
        "certification",
        "energy_efficiency_class",
        "min_energy_efficiency_class",
        "max_energy_efficiency_class",
        "adult",
        "product_length",
        "product_width",
        "product_height",
        "product_weight",
        "product_detail",
        "product_highlight",
        "ads_grouping",
        "ads_labels",
        "custom_label_0",
        "custom_label_1",
        "custom_label_2",
        "custom_label_3",
        "custom_label_4",
        "promotion_id",
        "excluded_destination",
        "included_destination",
        "shopping_ads_excluded_country",
        "pause",
        "shipping",
        "shipping_label",
        "shipping_length",
        "shipping_width",
        "shipping_height",
        "ships_from_country",
        "max_handling_time",
        "min_handling_time",
        "transit_time_label",
        "tax",
        "tax_category",
        "free_shipping_threshold",
        "return_policy_label",
        "external_seller_id",
        "short_title",
        "structured_title",
        "structured_description",
        "sell_on_google_quantity",
        "store_code",
        "pickup_method",
        "pickup_sla",
        "link_template",
        "mobile_link_template",
        "disclosure_date",
        "feed_label",
        "content_language",
        "target_country",
        "channel"
      ],
      field: null,
      $comment: "Google attributes with no canonical field here: kept as custom attributes named as in the feed."
    }
  ]
};

// shared/layouts.ts
var LAYOUTS = ["shopify", "woocommerce", "google", "amazon", "tiktok", "generic"];

// electron/core/import/layouts/data.ts
var canonical = z.enum(CANONICAL_FIELDS);
var SynonymsSchema = z.object({ $comment: z.string() }).catchall(z.union([z.string(), z.array(z.string().min(1))])).superRefine((v, ctx) => {
  for (const k of Object.keys(v)) {
    if (k !== "$comment" && !isCanonicalField(k))
      ctx.addIssue({ code: "custom", path: [k], message: `"${k}" is not a canonical field` });
  }
});
var Vocabulary = z.object({
  source: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  patterns: z.array(z.string()).optional()
});
var VocabulariesSchema = z.object({
  $comment: z.string(),
  color: Vocabulary,
  size: Vocabulary,
  gender: Vocabulary,
  availability: Vocabulary,
  condition: Vocabulary,
  age_group: Vocabulary
});
var Level = z.enum(["product", "variant"]);
var ShopifySpecSchema = z.object({
  $comment: z.string(),
  source: z.string().min(1),
  handle: z.array(z.string()).min(1),
  columns: z.record(z.string(), z.object({ field: canonical.optional(), level: Level })),
  imageColumns: z.array(z.string()),
  optionColumns: z.array(z.tuple([z.string(), z.string()])),
  imageDetailColumns: z.array(z.string()),
  $metafields: z.string(),
  metafields: z.record(z.string(), canonical)
});
var TableColumnSchema = z.object({
  names: z.array(z.string().min(1)).min(1),
  /** Canonical field the column feeds; absent = custom attribute named after the column; null = the same, said explicitly. */
  field: canonical.nullable().optional(),
  /** A structural meaning the layout's row logic uses (parent link, row type, ...). */
  role: z.enum(["wp_id", "type", "parent", "parent_child", "group", "variation"]).optional(),
  /** A variation/child with a blank cell takes its parent's (or group's first row's) value. */
  inherit: z.boolean().optional(),
  /** The column is distinctive of this layout (counts for detection). */
  marker: z.boolean().optional(),
  /** Cell text -> field value, where the layout encodes a field its own way (WooCommerce `In stock?` 1/0). */
  values: z.record(z.string(), z.string()).optional(),
  $comment: z.string().optional()
});
var LayoutTableSchema = z.object({
  $comment: z.string().min(1),
  source: z.string().min(1),
  layout: z.enum(LAYOUTS),
  columns: z.array(TableColumnSchema).min(1),
  attributePairs: z.array(z.object({ name: z.string(), value: z.string(), lang: z.string() })).optional(),
  types: z.object({ parent: z.array(z.string()), variation: z.array(z.string()) }).optional(),
  parentValues: z.array(z.string()).optional(),
  childValues: z.array(z.string()).optional()
});
function load(schema, json, file) {
  const r2 = schema.safeParse(json);
  if (!r2.success) {
    const issue = r2.error.issues[0];
    throw new Error(`shared/data/${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r2.data;
}
var SYNONYMS = load(SynonymsSchema, header_synonyms_default, "header-synonyms.json");
var VOCABULARIES = load(VocabulariesSchema, value_vocabularies_default, "value-vocabularies.json");
var SHOPIFY_SPEC = load(ShopifySpecSchema, shopify_columns_default, "shopify-columns.json");
var WOOCOMMERCE_TABLE = load(LayoutTableSchema, woocommerce_columns_default, "woocommerce-columns.json");
var AMAZON_TABLE = load(LayoutTableSchema, amazon_columns_default, "amazon-columns.json");
var TIKTOK_TABLE = load(LayoutTableSchema, tiktok_columns_default, "tiktok-columns.json");
var GOOGLE_TABLE = load(LayoutTableSchema, google_columns_default, "google-columns.json");

// electron/core/import/layouts/columns.ts
function columnKeys(header) {
  const seen = /* @__PURE__ */ new Set();
  return header.map((h, i) => {
    let key = h.trim() === "" ? `column ${i + 1}` : h;
    if (seen.has(key)) key = `${h.trim() || "column"} (column ${i + 1})`;
    seen.add(key);
    return key;
  });
}
function customName(header, index) {
  const h = header.trim();
  if (h === "") return `column ${index + 1}`;
  return isCanonicalField(h) ? `${h} (as written)` : header;
}

// electron/core/import/layouts/normalise.ts
function normaliseHeader(h) {
  return h.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Za-z])(\d)/g, "$1 $2").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/^\s*g:/, "").replace(/[_\-./]+/g, " ").replace(/[^\p{L}\p{N}?() ]+/gu, " ").replace(/\s+/g, " ").trim();
}
function columnKey(h) {
  return h.replace(/^\uFEFF/, "").replace(/\s+/g, " ").trim().toLowerCase();
}
function normaliseValue(v) {
  return v.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

// electron/core/import/layouts/synonyms.ts
var byHeader = /* @__PURE__ */ new Map();
for (const [field, names] of Object.entries(SYNONYMS)) {
  if (!isCanonicalField(field) || !Array.isArray(names)) continue;
  byHeader.set(normaliseHeader(field), field);
  for (const name of names) {
    const key = normaliseHeader(name);
    if (!byHeader.has(key)) byHeader.set(key, field);
  }
}
function fieldForHeader(header) {
  return byHeader.get(normaliseHeader(header));
}
var GENERIC_WORDS = /* @__PURE__ */ new Set([
  "product",
  "item",
  "article",
  "artikel",
  "produit",
  "producto",
  "produto",
  "prodotto",
  "variant",
  "main",
  "id",
  "code",
  "type",
  "name"
]);
function matchHeader(header) {
  const norm = normaliseHeader(header);
  const exact = byHeader.get(norm);
  if (exact) return { field: exact, how: "exact", matched: norm };
  const bare = norm.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  const f = byHeader.get(bare);
  if (f && bare) return { field: f, how: "qualified", matched: bare };
  const words2 = bare.split(" ").filter(Boolean);
  for (let n = words2.length - 1; n >= 1; n--) {
    const head = words2.slice(0, n).join(" ");
    const hit = byHeader.get(head);
    if (hit && !(n === 1 && GENERIC_WORDS.has(head))) return { field: hit, how: "qualified", matched: head };
  }
  for (let s = 1; s < words2.length; s++) {
    const tail = words2.slice(s).join(" ");
    const hit = byHeader.get(tail);
    if (hit && !(words2.length - s === 1 && GENERIC_WORDS.has(tail))) return { field: hit, how: "qualified", matched: tail };
  }
  return void 0;
}

// shared/gtin.ts
function isValidGtin(value) {
  if (!/^\d{8}$|^\d{12,14}$/.test(value)) return false;
  if (/^0+$/.test(value)) return false;
  let sum = 0;
  const digits = value.length;
  for (let i = 0; i < digits - 1; i++) {
    const d = value.charCodeAt(i) - 48;
    sum += (digits - 1 - i) % 2 === 1 ? d * 3 : d;
  }
  const check = (10 - sum % 10) % 10;
  return check === value.charCodeAt(digits - 1) - 48;
}

// electron/core/import/layouts/values.ts
var FIELD_CHECK = {
  gtin: "gtin",
  price: "price",
  sale_price: "price",
  image_link: "image",
  additional_image_link: "image",
  link: "url",
  color: "color",
  size: "size",
  gender: "gender",
  availability: "availability",
  condition: "condition",
  age_group: "age_group",
  quantity: "quantity"
};
var KIND_FIELD = {
  gtin: "gtin",
  price: "price",
  image: "image_link",
  url: "link",
  color: "color",
  size: "size",
  gender: "gender",
  availability: "availability",
  condition: "condition",
  age_group: "age_group"
};
var words = (list) => new Set(list.map(normaliseValue));
var VOCAB = {
  color: words(VOCABULARIES.color.words),
  size: words(VOCABULARIES.size.words),
  gender: words(VOCABULARIES.gender.words),
  availability: words(VOCABULARIES.availability.words),
  condition: words(VOCABULARIES.condition.words),
  age_group: words(VOCABULARIES.age_group.words)
};
var SIZE_PATTERNS = (VOCABULARIES.size.patterns ?? []).map((p) => new RegExp(p, "i"));
var CURRENCY = String.raw`(?:USD|EUR|GBP|JPY|CNY|RMB|INR|BRL|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|MXN|CLP|ARS|COP|PEN|SAR|AED|ZAR|RUB|TRY|KRW|HKD|SGD|TWD|THB|IDR|MYR|PHP|VND|[$€£¥₹₩₽]|R\$|SR|Rs\.?|kr)`;
var PRICE = new RegExp(String.raw`^(?:${CURRENCY}\s?)?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*(?:[.,]\d{1,2})?(?:\s?${CURRENCY})?$`);
var PRICE_CURRENCY = new RegExp(CURRENCY);
var PRICE_CENTS = /[.,]\d{2}$/;
var IMAGE_URL = /^(?:https?:\/\/|\/\/|\/)?[^\s,]+\.(?:jpe?g|png|webp|gif|avif|bmp|tiff?)(?:[?#]\S*)?$/i;
var URL2 = /^https?:\/\/\S+$/i;
var LIST_SPLIT = /\s*[,~|;]\s*|\s+(?=https?:)/;
var PART_SPLIT = /\s*(?:[/,&+|;]|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/;
function inVocab(set, value) {
  const v = normaliseValue(value);
  if (set.has(v)) return true;
  const parts = v.split(PART_SPLIT).filter(Boolean);
  return parts.length > 0 && parts.every((p) => set.has(p) || p.split(" ").every((w) => set.has(w)));
}
function fits(kind, value) {
  const v = value.trim();
  switch (kind) {
    case "gtin":
      return isValidGtin(v);
    case "price":
      return PRICE.test(v);
    case "image":
      return v.split(LIST_SPLIT).every((u) => IMAGE_URL.test(u));
    case "url":
      return URL2.test(v) && !IMAGE_URL.test(v);
    case "quantity":
      return /^-?\d+$/.test(v);
    case "size":
      return inVocab(VOCAB.size, v) || SIZE_PATTERNS.some((p) => p.test(v));
    default:
      return inVocab(VOCAB[kind], v);
  }
}
function evidence(kind, values) {
  let matched = 0;
  let example = "";
  for (const v of values) {
    if (fits(kind, v)) {
      matched++;
      if (!example) example = v;
    }
  }
  let score = values.length ? matched / values.length : 0;
  if (kind === "price" && matched) {
    const fitting = values.filter((v) => fits("price", v)).map((v) => v.trim());
    const currency = fitting.filter((v) => PRICE_CURRENCY.test(v)).length / matched;
    const cents = fitting.filter((v) => PRICE_CENTS.test(v)).length / matched;
    if (currency < 0.5 && cents < 0.8) score *= 0.5;
  }
  if (kind === "quantity" && matched && values.every((v) => v.trim() === "0" || v.trim() === "1")) score *= 0.5;
  if ((kind === "color" || kind === "size" || kind === "gender" || kind === "condition" || kind === "availability" || kind === "age_group") && values.length >= 10) {
    const distinct = new Set(values.map(normaliseValue)).size;
    if (distinct > 40) score *= 0.5;
  }
  return { kind, score, matched, total: values.length, example };
}
var PROPOSING_KINDS = [
  "gtin",
  "image",
  "url",
  "price",
  "color",
  "size",
  "gender",
  "availability",
  "condition",
  "age_group"
];
function recogniseValues(values, min = 0.8) {
  if (values.length < 3) return void 0;
  let best;
  for (const k of PROPOSING_KINDS) {
    const e = evidence(k, values);
    if (e.score >= min && (!best || e.score > best.score)) best = e;
  }
  return best;
}
function describeEvidence(e) {
  const what = {
    gtin: "valid GTINs (GS1 check digit)",
    price: "prices",
    image: "image URLs",
    url: "web links",
    color: "colour words",
    size: "sizes",
    gender: "gender words",
    availability: "availability words",
    condition: "condition words",
    age_group: "age groups",
    quantity: "whole numbers"
  };
  return `${e.matched} of ${e.total} sample values are ${what[e.kind]}${e.example ? ` (e.g. "${e.example.slice(0, 40)}")` : ""}`;
}
function splitImageList(value) {
  const parts = value.split(LIST_SPLIT).filter(Boolean);
  return parts.length > 1 && parts.every((u) => URL2.test(u) || u.startsWith("//")) ? parts : [value];
}

// electron/core/import/layouts/propose.ts
var MULTI_COLUMN_FIELDS = /* @__PURE__ */ new Set(["additional_image_link"]);
var SAMPLE_VALUES = 200;
function columnValues(sample, index) {
  const out = [];
  for (const r2 of sample) {
    const v = (r2.cells[index] ?? "").trim();
    if (v) out.push(v);
    if (out.length >= SAMPLE_VALUES) break;
  }
  return out;
}
function candidateFor(header, index, key, values) {
  const m = matchHeader(header);
  if (m) {
    const check = FIELD_CHECK[m.field];
    const e = check && values.length >= 3 ? evidence(check, values) : void 0;
    const named = m.how === "exact" ? `header "${header.trim()}" is a name for ${m.field}` : `header "${header.trim()}" contains "${m.matched}", a name for ${m.field}`;
    if (e && (m.how === "exact" ? e.score < 0.2 && values.length >= 5 : e.score < 0.5)) {
      return { note: `${named}, but only ${describeEvidence(e)}` };
    }
    if (check && !e && m.how === "qualified") return { note: `${named}, but the sample has too few values to confirm it` };
    const base = m.how === "exact" ? check && !e ? 0.6 : 0.9 : 0.65;
    const confidence = e ? Math.min(0.99, base + (e.score >= 0.8 ? 0.08 : e.score >= 0.5 ? 0 : -0.25)) : base;
    return {
      candidate: {
        column: key,
        index,
        field: m.field,
        confidence,
        from: "header",
        reason: e ? `${named}; ${describeEvidence(e)}` : named
      }
    };
  }
  const v = recogniseValues(values);
  if (v) {
    const field = KIND_FIELD[v.kind];
    return {
      candidate: {
        column: key,
        index,
        field,
        confidence: Math.round(0.85 * v.score * 100) / 100,
        from: "values",
        reason: describeEvidence(v)
      }
    };
  }
  return {};
}
function textStats(values) {
  const n = values.length || 1;
  const avg = values.reduce((s, v) => s + v.length, 0) / n;
  const spaced = values.filter((v) => /\s/.test(v)).length / n;
  const distinct = new Set(values).size / n;
  const words2 = values.reduce((w, v) => w + v.split(/\s+/).length, 0) / n;
  return { avg, spaced, distinct, words: words2 };
}
function proposeColumns(header, sample, opts = {}) {
  const keys = columnKeys(header);
  const out = [];
  const candidates = [];
  const notes = /* @__PURE__ */ new Map();
  const valuesOf = /* @__PURE__ */ new Map();
  header.forEach((h, i) => {
    if (opts.skip?.has(i)) return;
    const values = columnValues(sample, i);
    valuesOf.set(i, values);
    const { candidate, note } = candidateFor(h, i, keys[i], values);
    if (candidate) candidates.push(candidate);
    if (note) notes.set(i, note);
  });
  const taken = new Set(opts.taken ?? []);
  const owner = /* @__PURE__ */ new Map();
  const chosen = /* @__PURE__ */ new Map();
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  for (const c of candidates) {
    if (!taken.has(c.field) || MULTI_COLUMN_FIELDS.has(c.field)) {
      taken.add(c.field);
      owner.set(c.field, c.column);
      chosen.set(c.index, c);
    } else if (c.field === "image_link" && !opts.taken?.has("additional_image_link")) {
      const main = owner.get("image_link");
      chosen.set(c.index, {
        ...c,
        field: "additional_image_link",
        confidence: c.confidence * 0.9,
        reason: `${c.reason}; ${main ? `column "${main}"` : "another column"} is the main image`
      });
    } else {
      const by = owner.get(c.field);
      notes.set(c.index, `${c.reason}, but ${by ? `column "${by}" is a surer match` : "a layout column already fills it"}`);
    }
  }
  const saleCol = [...chosen.values()].find((p) => p.field === "sale_price");
  if (saleCol && !taken.has("price")) {
    saleCol.field = "price";
    saleCol.reason += "; it is the only price column";
    taken.add("price");
    taken.delete("sale_price");
  }
  const unassigned = () => header.map((_, i) => i).filter((i) => !opts.skip?.has(i) && !chosen.has(i) && (valuesOf.get(i)?.length ?? 0) >= 3);
  const pick = (field, test, confidence, why) => {
    if (taken.has(field)) return;
    let best = -1;
    let bestScore = 0;
    for (const i of unassigned()) {
      const s = test(textStats(valuesOf.get(i)), valuesOf.get(i), i);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (best < 0) return;
    taken.add(field);
    chosen.set(best, { column: keys[best], index: best, field, confidence, from: "values", reason: why });
  };
  pick(
    "title",
    (s) => s.avg >= 12 && s.avg <= 160 && s.spaced >= 0.8 && s.distinct >= 0.7 ? s.distinct : 0,
    0.5,
    "no column is named like a title; this one holds short, distinct multi-word texts"
  );
  pick(
    "description",
    (s, values) => s.avg > 160 && s.spaced >= 0.8 && s.words >= 20 && values.filter((v) => /\w:\w/.test(v)).length / values.length < 0.3 ? s.avg : 0,
    0.5,
    "no column is named like a description; this one holds long texts"
  );
  pick(
    "id",
    (s, values, i) => s.distinct === 1 && s.avg <= 64 && values.every((v) => /^[\p{L}\p{N}][\p{L}\p{N}._\-/]*$/u.test(v)) && (i === 0 || values.some((v) => /\p{L}/u.test(v))) ? 1 / (i + 1) : 0,
    0.5,
    "no column is named like an id; every value in this one is a distinct code"
  );
  header.forEach((h, i) => {
    if (opts.skip?.has(i)) return;
    const c = chosen.get(i);
    if (c) {
      out.push({ ...c, confidence: Math.round(c.confidence * 100) / 100 });
      return;
    }
    const values = valuesOf.get(i) ?? [];
    const note = notes.get(i);
    out.push({
      column: keys[i],
      index: i,
      field: customName(h, i),
      confidence: values.length ? 0.5 : 0.3,
      from: "custom",
      reason: `${note ? `${note}; ` : ""}${values.length ? "no canonical field fits" : "empty in the sample"}: kept as a custom attribute`
    });
  });
  return out;
}

// electron/core/import/layouts/plan.ts
function mappingOf(plans) {
  const m = {};
  for (const p of plans) m[p.column] = p.field;
  return m;
}
function applyOverride(plans, override, from = "seller") {
  if (!override) return plans;
  const claimed = /* @__PURE__ */ new Set();
  for (const p of plans) {
    if (!(p.column in override) || p.derived) continue;
    const field = override[p.column] ?? null;
    if (field === p.field) {
      p.from = from;
      p.confidence = 1;
      continue;
    }
    p.field = field;
    p.from = from;
    p.confidence = 1;
    p.reason = from === "seller" ? "set by the seller" : "the mapping saved for files with this header";
    delete p.convert;
    if (field) claimed.add(field);
  }
  for (const p of plans) {
    if (p.from === from || p.derived || !p.field || !claimed.has(p.field) || MULTI_COLUMN_FIELDS.has(p.field)) continue;
    p.reason = `${p.reason}; the seller mapped another column to ${p.field}`;
    p.field = customName(p.column, p.index);
    p.from = "custom";
  }
  return plans;
}
function buildProduct(row, plans, parent) {
  if (!row.cells.some((c) => c !== "")) return null;
  const values = {};
  const cellMap = {};
  const multi = /* @__PURE__ */ new Map();
  const put = (field, value, index) => {
    if (MULTI_COLUMN_FIELDS.has(field)) {
      values[field] = values[field] ? `${values[field]},${value}` : value;
      const cols = multi.get(field) ?? [];
      cols.push(index);
      multi.set(field, cols);
      const firstCol = cols[0] < 0 ? -cols[0] - 1 : cols[0];
      cellMap[field] = cols.length === 1 ? index : -(firstCol + 1);
      return;
    }
    if (field in values) return;
    values[field] = value;
    cellMap[field] = index;
  };
  for (const p of plans) {
    if (!p.field || p.derived) continue;
    const cell = row.cells[p.index] ?? "";
    if (cell === "") {
      const inherited = p.inherit && parent ? parent[p.field] : void 0;
      if (inherited) put(p.field, inherited, -(p.index + 1));
      continue;
    }
    const value = p.convert?.[cell] ?? p.convert?.[cell.trim()] ?? cell;
    const own = value === cell ? p.index : -(p.index + 1);
    if (p.field === "image_link" && !("image_link" in values)) {
      const [first, ...rest] = splitImageList(value);
      if (rest.length) {
        put("image_link", first, -(p.index + 1));
        put("additional_image_link", rest.join(","), -(p.index + 1));
        continue;
      }
    }
    put(p.field, value, own);
  }
  return { rowNo: row.rowNo, values, cellMap };
}
function inheritable(plans, p) {
  const out = {};
  for (const pl of plans) {
    if (pl.inherit && pl.field && p.values[pl.field]) out[pl.field] = p.values[pl.field];
  }
  return out;
}

// electron/core/import/layouts/family.ts
var Family = class {
  constructor(plans) {
    this.plans = plans;
  }
  plans;
  parents = /* @__PURE__ */ new Map();
  order = [];
  /** Remembers a parent row under every reference a child may use (SKU, `id:N`, ...); a pending parent waits to see whether a child names it. */
  addParent(refs, group, parent, pending) {
    const entry = { info: inheritable(this.plans, parent), group, product: pending ? parent : null };
    const own = refs.filter(Boolean);
    for (const r2 of own) this.parents.set(r2, entry);
    if (own[0]) this.order.push(own[0]);
  }
  /** The parent a child names, marking it as having children (so it is not emitted as a product). */
  claim(ref) {
    const e = this.parents.get(ref);
    if (!e) return void 0;
    e.product = null;
    return e;
  }
  /** Parents no child claimed: they are products after all (a variable product with no variations). */
  unclaimed() {
    const out = [];
    for (const r2 of this.order) {
      const e = this.parents.get(r2);
      if (e?.product) {
        out.push(e.product);
        e.product = null;
      }
    }
    return out.sort((a, b) => a.rowNo - b.rowNo);
  }
};

// electron/core/import/layouts/table.ts
function tableLookup(table) {
  const exact = /* @__PURE__ */ new Map();
  const loose = /* @__PURE__ */ new Map();
  for (const c of table.columns) {
    for (const n of c.names) {
      if (!exact.has(columnKey(n))) exact.set(columnKey(n), c);
      if (!loose.has(normaliseHeader(n))) loose.set(normaliseHeader(n), c);
    }
  }
  return (h) => exact.get(columnKey(h)) ?? loose.get(normaliseHeader(h));
}
function tableCoverage(header, table) {
  const lookup3 = tableLookup(table);
  let known = 0;
  const markers = /* @__PURE__ */ new Set();
  for (const h of header) {
    const c = lookup3(h);
    if (!c) continue;
    known++;
    if (c.marker) markers.add(c);
  }
  const filled2 = header.filter((h) => h.trim() !== "").length || 1;
  return { known, markers: markers.size, share: known / filled2 };
}
function planFromTable(header, sample, table) {
  const lookup3 = tableLookup(table);
  const keys = columnKeys(header);
  const plans = new Array(header.length);
  const taken = /* @__PURE__ */ new Set();
  header.forEach((h, i) => {
    const c = lookup3(h);
    if (!c) return;
    let field = c.field ?? customName(h, i);
    let reason2 = c.field ? `${table.layout} column "${h.trim()}" is ${c.field}` : `${table.layout} column "${h.trim()}": kept as a custom attribute`;
    if (c.field && taken.has(c.field) && !MULTI_COLUMN_FIELDS.has(c.field)) {
      reason2 = `${table.layout} column "${h.trim()}" also means ${c.field}, which an earlier column fills: kept as a custom attribute`;
      field = customName(h, i);
    } else if (c.field) taken.add(c.field);
    plans[i] = {
      column: keys[i],
      index: i,
      field,
      confidence: 1,
      from: "layout",
      reason: reason2,
      inherit: c.inherit,
      convert: c.values,
      role: c.role
    };
  });
  const skip = new Set(plans.map((p, i) => p ? i : -1).filter((i) => i >= 0));
  for (const p of proposeColumns(header, sample, { skip, taken })) plans[p.index] = p;
  return plans;
}

// electron/core/import/layouts/amazon.ts
var lookup = tableLookup(AMAZON_TABLE);
var PARENT = new Set((AMAZON_TABLE.parentValues ?? ["parent"]).map((v) => v.toLowerCase()));
var amazonLayout = {
  name: "amazon",
  detect(header) {
    const names = header.map((h) => h.trim());
    const cov = tableCoverage(header, AMAZON_TABLE);
    const attributeNames = names.filter((h) => /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(h) && lookup(h)).length;
    const hasSku = names.some((h) => lookup(h)?.field === "id");
    if (!hasSku) return 0;
    if (names.includes("item_sku") && (attributeNames >= 4 || cov.markers >= 2)) return 0.93;
    return cov.markers >= 3 && cov.share >= 0.5 ? 0.7 : 0;
  },
  createMapper(header, sample, override) {
    const plans = planFromTable(header, sample, AMAZON_TABLE);
    const col = (role) => plans.find((p) => p.role === role)?.index ?? -1;
    const parentCol = col("parent");
    const kindCol = col("parent_child");
    const parentPlan = plans[parentCol];
    if (parentPlan)
      Object.assign(parentPlan, {
        field: "item_group_id",
        reason: `Amazon "${parentPlan.column}": the parent SKU a child belongs to is its item group`
      });
    applyOverride(plans, override);
    const skuCol = plans.find((p) => p.field === "id")?.index ?? -1;
    const family = new Family(plans);
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        const kind = kindCol >= 0 ? (row.cells[kindCol] ?? "").trim().toLowerCase() : "";
        const ref = parentCol >= 0 ? (row.cells[parentCol] ?? "").trim() : "";
        const parent = ref ? family.claim(ref) : void 0;
        const p = buildProduct(row, plans, parent?.info);
        if (!p) return { products: [] };
        if (PARENT.has(kind)) {
          const sku = skuCol >= 0 ? (row.cells[skuCol] ?? "").trim() : "";
          family.addParent([sku], sku, p, true);
          return { products: [] };
        }
        return { products: [p] };
      },
      finish: () => ({ products: family.unclaimed() })
    };
  }
};

// electron/core/import/layouts/generic.ts
function flatMapper(plans) {
  const gtinCol = plans.some((p) => p.field === "id") ? void 0 : plans.find((p) => p.field === "gtin")?.index;
  return {
    mapping: mappingOf(plans),
    proposals: plans,
    push(row) {
      const p = buildProduct(row, plans);
      if (!p) return { products: [] };
      if (!p.values.id && p.values.gtin && gtinCol !== void 0) {
        p.values.id = p.values.gtin;
        p.cellMap.id = -(gtinCol + 1);
      }
      return { products: [p] };
    },
    finish: () => ({ products: [] })
  };
}
var genericLayout = {
  name: "generic",
  detect: () => 0.1,
  createMapper(header, sample, override) {
    return flatMapper(applyOverride(proposeColumns(header, sample), override));
  }
};

// electron/core/import/layouts/google.ts
var lookup2 = tableLookup(GOOGLE_TABLE);
var googleLayout = {
  name: "google",
  detect(header) {
    const names = header.map((h) => h.trim()).filter(Boolean);
    if (!names.length) return 0;
    const known = names.filter((h) => lookup2(h));
    const has = (f) => names.some((h) => lookup2(h)?.field === f);
    const prefixed = names.filter((h) => /^g:/i.test(h)).length;
    if (!has("id") || !has("title")) return 0;
    if (!(has("link") || has("image_link")) || !(has("price") || has("availability"))) return 0;
    const share = known.length / names.length;
    if (prefixed >= 3) return 0.9;
    return share >= 0.75 ? 0.6 + 0.3 * share : 0;
  },
  createMapper(header, sample, override) {
    return flatMapper(applyOverride(planFromTable(header, sample, GOOGLE_TABLE), override));
  }
};

// electron/core/import/layouts/shopify.ts
var spec = SHOPIFY_SPEC;
var COLUMNS = new Map(Object.entries(spec.columns).map(([k, v]) => [columnKey(k), v]));
var HANDLES = new Set(spec.handle.map(columnKey));
var IMAGES = new Set(spec.imageColumns.map(columnKey));
var IMAGE_DETAILS = new Set(spec.imageDetailColumns.map(columnKey));
var OPTIONS = spec.optionColumns.map(([n, v]) => [columnKey(n), columnKey(v)]);
var METAFIELD = /\((product|variant)\.metafields\.([a-z0-9_-]+\.[a-z0-9_-]+)\)\s*$/i;
var OPTION_FIELDS = /* @__PURE__ */ new Set([...VARIANT_FIELDS, "size_type", "size_system"]);
function optionField(name) {
  const f = fieldForHeader(name);
  return f && OPTION_FIELDS.has(f) ? f : customName(name, 0);
}
function analyse(header, sample, override) {
  const keys = columnKeys(header);
  const norm = header.map(columnKey);
  const handle = norm.findIndex((h) => HANDLES.has(h));
  const images = norm.map((h, i) => IMAGES.has(h) ? i : -1).filter((i) => i >= 0);
  const options = [];
  for (const [n, v] of OPTIONS) {
    const ni = norm.indexOf(n);
    const vi = norm.indexOf(v);
    if (ni >= 0 && vi >= 0) options.push([ni, vi]);
  }
  const optionNames = (k) => {
    const seen = /* @__PURE__ */ new Map();
    for (const r2 of sample) {
      const n = r2.cells[options[k][0]] ?? "";
      if (n && n !== "Title" && !seen.has(n)) seen.set(n, optionField(n));
    }
    return [...seen].map(([n, f]) => `${n} \u2192 ${f}`).join(", ");
  };
  const plans = new Array(header.length);
  const taken = /* @__PURE__ */ new Set(["item_group_id"]);
  const plan = (i, p) => plans[i] = { column: keys[i], index: i, ...p };
  header.forEach((h, i) => {
    const name = h.trim();
    if (i === handle)
      return plan(i, {
        field: "item_group_id",
        confidence: 1,
        from: "layout",
        reason: `Shopify "${name}": rows sharing it are one item group`,
        derived: true,
        role: "handle"
      });
    const k = options.findIndex(([ni, vi]) => ni === i || vi === i);
    if (k >= 0) {
      const isName = options[k][0] === i;
      const seen = optionNames(k);
      return plan(i, {
        field: null,
        confidence: 1,
        from: "layout",
        derived: true,
        role: isName ? "option-name" : "option-value",
        reason: isName ? `Shopify option name: says which field Option${k + 1}'s values feed${seen ? ` (${seen})` : ""}` : `Shopify option value: feeds the field its option name says, per product${seen ? ` (${seen})` : ""}`
      });
    }
    if (images.includes(i)) {
      taken.add("image_link");
      return plan(i, {
        field: "image_link",
        confidence: 1,
        from: "layout",
        derived: true,
        role: "image",
        reason: `Shopify "${name}": the product's images (first = main image, others = additional images)`
      });
    }
    if (IMAGE_DETAILS.has(norm[i]))
      return plan(i, {
        field: customName(h, i),
        confidence: 1,
        from: "layout",
        role: "image-detail",
        reason: `Shopify image detail: kept as a custom attribute`
      });
    const known = COLUMNS.get(norm[i]);
    const meta = METAFIELD.exec(h);
    const field = known?.field ?? (meta ? spec.metafields[meta[2].toLowerCase()] : void 0);
    if (known || meta) {
      const level = known?.level ?? (meta?.[1].toLowerCase() === "variant" ? "variant" : "product");
      const dup = field && taken.has(field) && field !== "image_link";
      if (field && !dup) taken.add(field);
      return plan(i, {
        field: field && !dup ? field : customName(h, i),
        confidence: 1,
        from: "layout",
        inherit: level === "product",
        reason: field && !dup ? `Shopify ${meta ? `metafield ${meta[2]}` : `column "${name}"`} is ${field}${level === "product" ? " (product level: given on the first row, applies to every variant)" : ""}` : `Shopify column "${name}": kept as a custom attribute`
      });
    }
  });
  const skip = new Set(plans.map((p, i) => p ? i : -1).filter((i) => i >= 0));
  for (const p of proposeColumns(header, sample, { skip, taken })) plans[p.index] = p;
  return { handle, images, options, plans: applyOverride(plans, override) };
}
var shopifyLayout = {
  name: "shopify",
  detect(header) {
    const set = new Set(header.map(columnKey));
    const hasHandle = spec.handle.some((h) => set.has(columnKey(h)));
    const hasOption = set.has("option1 name");
    const hasVariant = set.has("variant sku") || set.has("variant price") || set.has("sku") || set.has("price");
    return hasHandle && hasOption ? hasVariant ? 0.95 : 0.8 : 0;
  },
  createMapper(header, sample, override) {
    const { handle, images, options, plans } = analyse(header, sample, override);
    const substantive = plans.filter((p) => !p.inherit && !p.derived && p.role !== "image-detail" && p.field !== "image_link");
    const variantImage = plans.find((p) => p.field === "image_link" && !p.derived);
    let groupKey = null;
    let firstRow = null;
    let parent = {};
    let optionNames = [];
    let group = [];
    let groupImages = [];
    const flush = () => {
      const out = group;
      for (const p of out) {
        if (!p.values.image_link && groupImages[0]) p.values.image_link = groupImages[0];
        const rest = groupImages.filter((u) => u !== p.values.image_link);
        if (rest.length && !p.values.additional_image_link) p.values.additional_image_link = rest.join(",");
      }
      group = [];
      groupImages = [];
      return out;
    };
    const addImages = (row) => {
      for (const i of images) {
        const u = row.cells[i];
        if (u && !groupImages.includes(u)) groupImages.push(u);
      }
    };
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        if (!row.cells.some((c) => c !== "")) return { products: [] };
        const key = handle >= 0 ? row.cells[handle] ?? "" : "";
        const out = [];
        const starts = key !== groupKey || !firstRow;
        if (starts) {
          out.push(...flush());
          groupKey = key;
          firstRow = row;
          parent = {};
          optionNames = options.map(([ni]) => row.cells[ni] ?? "");
        } else {
          const hasOption = options.some(([, vi]) => row.cells[vi]);
          const hasVariantCell = substantive.some((p2) => row.cells[p2.index]) || variantImage && row.cells[variantImage.index];
          if (!hasOption && !hasVariantCell) {
            addImages(row);
            return { products: out };
          }
        }
        addImages(row);
        const p = buildProduct(row, plans, starts ? void 0 : parent);
        if (handle >= 0 && key) {
          p.values.item_group_id = key;
          p.cellMap.item_group_id = handle;
        }
        options.forEach(([ni, vi], k) => {
          const name = (row.cells[ni] || optionNames[k]) ?? "";
          const v = row.cells[vi] ?? "";
          if (!name || !v || name === "Title" && v === "Default Title") return;
          const target = optionField(name);
          p.values[target] = v;
          p.cellMap[target] = vi;
        });
        if (!p.values.image_link) {
          const own = images.find((i) => row.cells[i]);
          if (starts && own !== void 0) {
            p.values.image_link = row.cells[own];
            p.cellMap.image_link = own;
          }
        }
        if (!p.values.id) p.values.id = group.length === 0 ? key : `${key}-${group.length + 1}`;
        if (starts) parent = inheritable(plans, p);
        group.push(p);
        return { products: out };
      },
      finish: () => ({ products: flush() })
    };
  }
};

// electron/core/import/layouts/tiktok.ts
var GUIDANCE = /^(?:mandatory|optional|conditionally mandatory|conditional)$/i;
var tiktokLayout = {
  name: "tiktok",
  detect(header) {
    const cov = tableCoverage(header, TIKTOK_TABLE);
    return cov.markers >= 3 ? 0.9 : cov.markers >= 2 && cov.share >= 0.6 ? 0.7 : 0;
  },
  createMapper(header, sample, override) {
    const plans = planFromTable(header, sample, TIKTOK_TABLE);
    for (const p of plans.filter((x) => x.role === "variation")) {
      const values = columnValues(sample, p.index);
      const best = ["color", "size", "gender", "age_group"].map((k) => evidence(k, values)).sort((a, b) => b.score - a.score)[0];
      if (best && best.score >= 0.6) {
        p.field = best.kind;
        p.confidence = Math.round(best.score * 90) / 100;
        p.reason = `TikTok variation values: ${describeEvidence(best)}`;
      } else {
        p.reason = `TikTok variation values${values.length ? " of no recognised kind" : ""}: kept as a custom attribute`;
      }
    }
    applyOverride(plans, override);
    const groupCol = plans.find((p) => p.role === "group")?.index ?? -1;
    let groupName = null;
    let parent = {};
    let group = [];
    const flush = () => {
      const out = group;
      if (out.length > 1) {
        const key = out[0].values.id ?? out[0].values.title ?? "";
        for (const p of out) {
          p.values.item_group_id = key;
          p.cellMap.item_group_id = -1;
        }
      }
      group = [];
      return out;
    };
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        const filled2 = row.cells.filter((c) => c.trim() !== "");
        if (filled2.length && filled2.filter((c) => GUIDANCE.test(c.trim())).length / filled2.length >= 0.5) return { products: [] };
        const name = groupCol >= 0 ? (row.cells[groupCol] ?? "").trim() : "";
        const out = [];
        const starts = !name || name !== groupName;
        if (starts) {
          out.push(...flush());
          groupName = name;
        }
        const p = buildProduct(row, plans, starts ? void 0 : parent);
        if (!p) return { products: out };
        if (starts) parent = inheritable(plans, p);
        group.push(p);
        return { products: out };
      },
      finish: () => ({ products: flush() })
    };
  }
};

// electron/core/import/layouts/woocommerce.ts
var PAIRS = (WOOCOMMERCE_TABLE.attributePairs ?? []).map((p) => ({
  name: new RegExp(p.name, "i"),
  value: new RegExp(p.value, "i"),
  lang: p.lang
}));
var PARENT_TYPES = new Set(WOOCOMMERCE_TABLE.types?.parent ?? ["variable"]);
var VARIATION_TYPES = new Set(WOOCOMMERCE_TABLE.types?.variation ?? ["variation"]);
var NEVER_PARENT = /* @__PURE__ */ new Set(["simple", "grouped", "external", "downloadable", "virtual", ""]);
function attributePairs(header) {
  const out = [];
  for (const p of PAIRS) {
    header.forEach((h, i) => {
      const m = p.name.exec(h.trim());
      if (!m) return;
      const vi = header.findIndex((x) => p.value.exec(x.trim())?.[1] === m[1]);
      if (vi >= 0) out.push({ n: Number(m[1]), name: i, value: vi });
    });
  }
  return out.sort((a, b) => a.n - b.n);
}
function types(cell) {
  return cell.split(",").map((t) => t.trim().toLowerCase());
}
var woocommerceLayout = {
  name: "woocommerce",
  detect(header) {
    const cov = tableCoverage(header, WOOCOMMERCE_TABLE);
    const roles = new Set(
      header.map((h) => WOOCOMMERCE_TABLE.columns.find((c) => c.names.some((n) => columnKey(n) === columnKey(h)))?.role).filter(Boolean)
    );
    const pairs = attributePairs(header).length;
    if (!roles.has("type") || !(roles.has("parent") || pairs)) return 0;
    return cov.markers >= 3 ? 0.92 : cov.markers >= 1 ? 0.75 : 0.5;
  },
  createMapper(header, sample, override) {
    const plans = planFromTable(header, sample, WOOCOMMERCE_TABLE);
    const pairs = attributePairs(header);
    const pairCols = new Set(pairs.flatMap((p) => [p.name, p.value]));
    for (const p of plans) {
      if (!pairCols.has(p.index)) continue;
      const pair = pairs.find((x) => x.name === p.index || x.value === p.index);
      const isName = pair.name === p.index;
      const seen = [...new Set(sample.map((r2) => r2.cells[pair.name] ?? "").filter(Boolean))].map(
        (n) => `${n} \u2192 ${optionField(n)}`
      );
      Object.assign(p, {
        field: null,
        derived: true,
        from: "layout",
        confidence: 1,
        role: isName ? "attribute-name" : "attribute-value",
        reason: isName ? `WooCommerce attribute ${pair.n} name: says which field the values feed${seen.length ? ` (${seen.join(", ")})` : ""}` : `WooCommerce attribute ${pair.n} value(s): feed the field the name says, per product`
      });
    }
    const col = (role) => plans.find((p) => p.role === role)?.index ?? -1;
    const typeCol = col("type");
    const parentCol = col("parent");
    const wpIdCol = col("wp_id");
    const parentPlan = plans[parentCol];
    if (parentPlan)
      Object.assign(parentPlan, {
        field: "item_group_id",
        derived: true,
        reason: `WooCommerce "${parentPlan.column}": a variation's parent (its SKU or id:N); the parent's SKU becomes the item group`
      });
    applyOverride(plans, override);
    const skuCol = plans.find((p) => p.field === "id" && p.from === "layout")?.index ?? -1;
    const family = new Family(plans);
    const attributes = (row, p) => {
      for (const pair of pairs) {
        const name = row.cells[pair.name] ?? "";
        const v = row.cells[pair.value] ?? "";
        if (!name || !v) continue;
        const target = optionField(name);
        if (target in p.values && p.cellMap[target] >= 0) continue;
        p.values[target] = v;
        p.cellMap[target] = pair.value;
      }
    };
    return {
      mapping: mappingOf(plans),
      proposals: plans,
      push(row) {
        const kinds = typeCol >= 0 ? types(row.cells[typeCol] ?? "") : [];
        const ref = parentCol >= 0 ? (row.cells[parentCol] ?? "").trim() : "";
        const sku = skuCol >= 0 ? (row.cells[skuCol] ?? "").trim() : "";
        const wpId = wpIdCol >= 0 ? (row.cells[wpIdCol] ?? "").trim() : "";
        const isVariation = kinds.some((k) => VARIATION_TYPES.has(k)) || ref !== "" && !kinds.some((k) => PARENT_TYPES.has(k));
        const parent = isVariation && ref ? family.claim(ref) : void 0;
        const p = buildProduct(row, plans, parent?.info);
        if (!p) return { products: [] };
        attributes(row, p);
        if (!p.values.id && wpId) p.values.id = wpId;
        if (isVariation && ref) {
          p.values.item_group_id = parent?.group ?? ref.replace(/^id:/, "");
          p.cellMap.item_group_id = p.values.item_group_id === ref ? parentCol : -(parentCol + 1);
        }
        const mayBeParent = !isVariation && kinds.some((k) => PARENT_TYPES.has(k) || !NEVER_PARENT.has(k));
        if (mayBeParent) {
          family.addParent([sku, wpId ? `id:${wpId}` : ""], sku || wpId, p, true);
          return { products: [] };
        }
        return { products: [p] };
      },
      finish: () => ({ products: family.unclaimed() })
    };
  }
};

// electron/core/import/layouts/index.ts
var LAYOUT_REGISTRY = [
  shopifyLayout,
  woocommerceLayout,
  amazonLayout,
  tiktokLayout,
  googleLayout,
  genericLayout
];
function layoutByName(name) {
  const l = LAYOUT_REGISTRY.find((x) => x.name === name);
  if (!l) throw new Error(`layout "${name}" is not supported`);
  return l;
}
function detectLayout(header) {
  let best = genericLayout;
  let score = 0;
  for (const l of LAYOUT_REGISTRY) {
    const s = l.detect(header);
    if (s > score) {
      score = s;
      best = l;
    }
  }
  return best;
}

// electron/core/import/layouts/mapping-file.ts
import { z as z2 } from "zod";
var ColumnMappingSchema = z2.record(z2.string(), z2.string().trim().min(1).nullable());
var MappingFileSchema = z2.union([
  z2.looseObject({ mapping: ColumnMappingSchema, layout: z2.enum([...LAYOUTS, "auto"]).optional() }),
  ColumnMappingSchema
]);
function checkMapping(header, mapping, file) {
  const keys = new Set(columnKeys(header));
  for (const col of Object.keys(mapping)) {
    if (!keys.has(col)) {
      const known = [...keys].slice(0, 12).map((k) => `"${k}"`).join(", ");
      throw new ImportError({
        file,
        column: col,
        message: "the mapping names a column the file does not have",
        expected: `one of ${known}${keys.size > 12 ? ", ..." : ""}`
      });
    }
  }
}

// electron/core/import/layouts/saved.ts
import { createHash } from "node:crypto";
function headerSignature(header) {
  return createHash("sha256").update(JSON.stringify(header.map((h) => h.replace(/^\uFEFF/, "").trim()))).digest("hex");
}
function saveMapping(db2, header, layout, mapping) {
  const saved = { signature: headerSignature(header), layout, mapping, savedAt: (/* @__PURE__ */ new Date()).toISOString() };
  db2.prepare(
    `INSERT INTO saved_mappings (signature, layout, header, mapping, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET layout = excluded.layout, header = excluded.header, mapping = excluded.mapping, saved_at = excluded.saved_at`
  ).run(saved.signature, layout, JSON.stringify(header), JSON.stringify(mapping), saved.savedAt);
  return saved;
}
function loadSavedMappings(db2) {
  const out = {};
  for (const r2 of db2.prepare(`SELECT signature, layout, mapping FROM saved_mappings`).all()) {
    out[r2.signature] = { layout: r2.layout, mapping: JSON.parse(r2.mapping) };
  }
  return out;
}

// electron/core/import/layouts/session.ts
function chooseMapping(saved, file, header, sample, opts) {
  const found = !opts.mapping && saved ? saved[headerSignature(header)] : void 0;
  const forced = opts.layout && opts.layout !== "auto" ? opts.layout : void 0;
  const layout = forced ? layoutByName(forced) : found ? layoutByName(found.layout) : detectLayout(header);
  const override = opts.mapping ?? found?.mapping;
  if (override) checkMapping(header, override, file);
  const mapper = layout.createMapper(header, sample, override);
  const mappingFrom = opts.mapping ? "seller" : found ? "saved" : "auto";
  if (mappingFrom === "saved") {
    for (const p of mapper.proposals ?? []) {
      if (p.from === "seller") {
        p.from = "saved";
        if (p.reason === "set by the seller") p.reason = "the mapping saved for files with this header";
      }
    }
  }
  return { layout, mapper, mappingFrom };
}

// electron/core/import/readers/index.ts
import { existsSync as existsSync3, openSync, readSync, closeSync, statSync as statSync5 } from "node:fs";
import { extname } from "node:path";

// electron/core/import/readers/delimited.ts
import { createReadStream, statSync } from "node:fs";
import iconv2 from "iconv-lite";

// electron/core/import/readers/encoding.ts
import { open } from "node:fs/promises";
import chardet from "chardet";
import iconv from "iconv-lite";

// electron/core/import/readers/utf8.ts
import { isUtf8 } from "node:buffer";
function scanUtf8(buf, start = 0, end = buf.length) {
  const invalid = [];
  let multibyte = 0;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (b >= 194 && b <= 223) need = 1;
    else if (b >= 224 && b <= 239) {
      need = 2;
      if (b === 224) lo = 160;
      if (b === 237) hi = 159;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      if (b === 240) lo = 144;
      if (b === 244) hi = 143;
    } else {
      invalid.push(i);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < end; j++) {
      const c = buf[i + j];
      if (c < (j === 1 ? lo : 128) || c > (j === 1 ? hi : 191)) break;
    }
    if (j > need) {
      multibyte++;
      i += need + 1;
    } else {
      if (i + j >= end) break;
      invalid.push(i);
      i += j;
    }
  }
  return { multibyte, invalid };
}
function incompleteTail(buf) {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 192) === 128) continue;
    const len = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return len > back ? back : 0;
  }
  return 0;
}
async function* decodeUtf8(chunks) {
  const decoder = new TextDecoder("utf-8");
  let offset = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const bodyEnd = buf.length - incompleteTail(buf);
    const chunkStart = carry.length;
    let from = chunkStart;
    if (!isUtf8(buf.subarray(0, bodyEnd))) {
      for (const o of scanUtf8(buf, 0, bodyEnd).invalid) {
        const at = Math.max(o, from);
        if (at > from) {
          const text2 = decoder.decode(buf.subarray(from, at), { stream: true });
          if (text2) yield text2;
          from = at;
        }
        yield { invalidAt: offset + o };
      }
    }
    const text = decoder.decode(buf.subarray(from), { stream: true });
    if (text) yield text;
    offset += bodyEnd;
    carry = Buffer.from(buf.subarray(bodyEnd));
  }
  if (carry.length) yield { invalidAt: offset };
  const rest = decoder.decode();
  if (rest) yield rest;
}

// electron/core/import/readers/encoding.ts
var CHARDET_TO_ICONV = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "ISO-8859-1": "windows-1252",
  // browsers and Excel treat Latin-1 as windows-1252 (WHATWG Encoding)
  "windows-1252": "windows-1252",
  Shift_JIS: "shift_jis",
  "EUC-JP": "euc-jp",
  GB18030: "gbk",
  Big5: "big5",
  "EUC-KR": "euc-kr",
  "ISO-8859-2": "iso-8859-2",
  "windows-1250": "windows-1250",
  "windows-1251": "windows-1251",
  "KOI8-R": "koi8-r"
};
var HEAD_BYTES = 256 * 1024;
var WINDOW_BYTES = 64 * 1024;
var WINDOWS = 8;
async function readEncodingSample(path, total) {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, total));
    await fh.read(head, 0, head.length, 0);
    const windows = [];
    if (total > HEAD_BYTES) {
      const step = (total - HEAD_BYTES) / WINDOWS;
      for (let k = 1; k <= WINDOWS; k++) {
        const start = Math.max(HEAD_BYTES, Math.floor(HEAD_BYTES + step * k - WINDOW_BYTES));
        const w = Buffer.alloc(Math.min(WINDOW_BYTES, total - start));
        await fh.read(w, 0, w.length, start);
        windows.push(w);
      }
    }
    return { head, windows, total };
  } finally {
    await fh.close();
  }
}
function bomOf(b) {
  if (b[0] === 239 && b[1] === 187 && b[2] === 191) return { encoding: "utf-8", bom: true };
  if (b[0] === 255 && b[1] === 254) return { encoding: "utf-16le", bom: true };
  if (b[0] === 254 && b[1] === 255) return { encoding: "utf-16be", bom: true };
  return void 0;
}
function detectEncoding(sample) {
  const bom = bomOf(sample.head);
  if (bom) return bom;
  let multibyte = 0;
  let invalid = 0;
  const parts = [sample.head, ...sample.windows];
  parts.forEach((p, k) => {
    let s = 0;
    if (k > 0) while (s < 3 && s < p.length && (p[s] & 192) === 128) s++;
    const scan = scanUtf8(p, s);
    multibyte += scan.multibyte;
    invalid += scan.invalid.length;
  });
  if (invalid === 0 && !hasManyZeros(sample.head)) return { encoding: "utf-8", bom: false };
  if (invalid > 0 && multibyte >= 10 * invalid) return { encoding: "utf-8", bom: false };
  const utf16 = guessUtf16(sample.head);
  if (utf16) return { encoding: utf16, bom: false };
  const guess = chardet.analyse(Buffer.concat(parts)).find((m) => CHARDET_TO_ICONV[m.name] && m.name !== "UTF-8");
  return { encoding: guess ? CHARDET_TO_ICONV[guess.name] : "windows-1252", bom: false };
}
function hasManyZeros(buf) {
  const n = Math.min(buf.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) zeros++;
  return n > 0 && zeros / n > 0.1;
}
function guessUtf16(buf) {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return void 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return "utf-16be";
  return void 0;
}
var ALIASES = {
  utf8: "utf-8",
  "utf-8-sig": "utf-8",
  cp1252: "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
  sjis: "shift_jis",
  "shift-jis": "shift_jis",
  cp932: "shift_jis",
  "windows-31j": "shift_jis",
  gb2312: "gbk",
  cp936: "gbk",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  utf16: "utf-16"
};
function normaliseEncodingName(name, file) {
  const n = name.trim().toLowerCase().replace(/_/g, "-");
  const out = ALIASES[n] ?? ALIASES[n.replace(/-/g, "")] ?? (n === "shift-jis" ? "shift_jis" : n);
  if (!iconv.encodingExists(out)) {
    throw new ImportError({
      file,
      message: `unknown encoding "${name}" given with --encoding`,
      expected: "an encoding name such as utf-8, utf-16le, utf-16be, windows-1252, shift_jis, gbk or gb18030"
    });
  }
  return out;
}

// electron/core/import/readers/sniff.ts
var CANDIDATES = [",", ";", "	", "|"];
function sniffDelimited(text, hint) {
  const lineEnding = text.includes("\r\n") ? "\r\n" : text.includes("\n") ? "\n" : text.includes("\r") ? "\r" : "\n";
  const lines = splitLogicalLines(text, 20);
  let best = hint === "tsv" ? "	" : ",";
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1e3 + first;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return { delimiter: best, quote: '"', lineEnding };
}
function splitLogicalLines(text, max) {
  const out = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && out.length < max; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === "\n" && !inQuotes) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (out.length === 0) out.push(text.slice(start));
  return out.filter((l) => l.trim() !== "");
}
function countOutsideQuotes(line, d) {
  let n = 0;
  let q = false;
  for (const c of line) {
    if (c === '"') q = !q;
    else if (c === d && !q) n++;
  }
  return n;
}

// electron/core/import/readers/csv-tokenizer.ts
var RECORD_START = 0;
var FIELD_START = 1;
var UNQUOTED = 2;
var QUOTED = 3;
var QUOTED_QUOTE = 4;
var AFTER_CLOSE = 5;
var CR = 13;
var CsvTokenizer = class {
  delimiter;
  delimiterCode;
  quote;
  quoteCode;
  newline;
  newlineCode;
  /** Drop a CR before the LF that ends a record (not when CR itself ends records). */
  stripCr;
  // State carried from one chunk to the next while a record is cut by the chunk boundary.
  state = RECORD_START;
  cells = [];
  field = "";
  raw = "";
  problem = null;
  constructor(opts) {
    if (opts.delimiter.length !== 1)
      throw new Error(`the delimiter must be one character, not ${JSON.stringify(opts.delimiter)}`);
    this.delimiter = opts.delimiter;
    this.delimiterCode = opts.delimiter.charCodeAt(0);
    this.quote = opts.quote ?? '"';
    this.quoteCode = this.quote.charCodeAt(0);
    this.newline = opts.lineEnding === "\r" ? "\r" : "\n";
    this.newlineCode = this.newline.charCodeAt(0);
    this.stripCr = this.newline === "\n";
  }
  /** Tokenizes the next chunk of text; complete records go to `sink`, a cut one waits for the next chunk. */
  push(chunk, sink) {
    this.scan(chunk, sink, false);
  }
  /** The end of the text: the last record (without a final line break) is completed. */
  end(sink) {
    this.scan("", sink, true);
  }
  scan(s, sink, final) {
    const n = s.length;
    const { delimiter, quote, newline, delimiterCode, quoteCode, newlineCode, stripCr } = this;
    let state = this.state;
    let cells = this.cells;
    let field = this.field;
    let i = 0;
    let recordStart = 0;
    let segment = 0;
    let nextQuote = -1;
    let nextNewline = -1;
    let nextDelimiter = -1;
    for (; ; ) {
      if (state === RECORD_START) {
        if (i >= n) break;
        if (nextNewline < i) {
          nextNewline = s.indexOf(newline, i);
          if (nextNewline === -1) nextNewline = Infinity;
        }
        if (nextQuote < i) {
          nextQuote = s.indexOf(quote, i);
          if (nextQuote === -1) nextQuote = Infinity;
        }
        if (nextNewline !== Infinity && nextQuote > nextNewline) {
          let end = nextNewline;
          if (stripCr && end > i && s.charCodeAt(end - 1) === CR) end--;
          sink.record(s.slice(i, end).split(delimiter));
          i = nextNewline + 1;
          continue;
        }
        recordStart = i;
        cells = [];
        field = "";
        state = FIELD_START;
      }
      if (state === FIELD_START) {
        if (i >= n) {
          if (!final) break;
          cells.push("");
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        if (s.charCodeAt(i) === quoteCode) {
          state = QUOTED;
          i++;
        } else state = UNQUOTED;
        segment = i;
        field = "";
      }
      if (state === UNQUOTED) {
        if (nextNewline < i) {
          nextNewline = s.indexOf(newline, i);
          if (nextNewline === -1) nextNewline = Infinity;
        }
        if (nextDelimiter < i) {
          nextDelimiter = s.indexOf(delimiter, i);
          if (nextDelimiter === -1) nextDelimiter = Infinity;
        }
        const end = nextDelimiter < nextNewline ? nextDelimiter : nextNewline;
        if (end === Infinity) {
          field += s.slice(segment, n);
          if (!final) {
            i = n;
            break;
          }
          cells.push(stripCr && field.charCodeAt(field.length - 1) === CR ? field.slice(0, -1) : field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        let value = field + s.slice(segment, end);
        if (end === nextDelimiter) {
          cells.push(value);
          i = end + 1;
          state = FIELD_START;
          continue;
        }
        if (stripCr && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
        cells.push(value);
        this.emit(sink, cells, s, recordStart, end);
        state = RECORD_START;
        i = end + 1;
        continue;
      }
      if (state === QUOTED) {
        const j = s.indexOf(quote, i);
        if (j === -1) {
          field += s.slice(segment, n);
          i = n;
          if (!final) break;
          this.problem ??= `column ${cells.length + 1}: a quoted cell is never closed before the end of the file`;
          cells.push(field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        if (j + 1 >= n) {
          field += s.slice(segment, j);
          i = n;
          state = QUOTED_QUOTE;
          if (!final) break;
          state = AFTER_CLOSE;
          continue;
        }
        if (s.charCodeAt(j + 1) === quoteCode) {
          field += s.slice(segment, j + 1);
          i = segment = j + 2;
          continue;
        }
        field += s.slice(segment, j);
        i = j + 1;
        state = AFTER_CLOSE;
      }
      if (state === QUOTED_QUOTE) {
        if (i >= n) {
          if (!final) break;
          state = AFTER_CLOSE;
        } else if (s.charCodeAt(i) === quoteCode) {
          field += quote;
          i++;
          segment = i;
          state = QUOTED;
          continue;
        } else state = AFTER_CLOSE;
      }
      if (state === AFTER_CLOSE) {
        if (i >= n) {
          if (!final) break;
          cells.push(field);
          this.emit(sink, cells, s, recordStart, n);
          state = RECORD_START;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === delimiterCode) {
          cells.push(field);
          field = "";
          i++;
          state = FIELD_START;
        } else if (c === newlineCode) {
          cells.push(field);
          this.emit(sink, cells, s, recordStart, i);
          state = RECORD_START;
          i++;
        } else if (c === CR && stripCr) {
          i++;
        } else {
          this.problem ??= `column ${cells.length + 1}: unexpected ${JSON.stringify(s[i])} after a closing quote (a quote inside a quoted cell is written "")`;
          state = UNQUOTED;
          segment = i;
        }
      }
    }
    if (state !== RECORD_START) this.raw += s.slice(recordStart, n);
    this.state = state;
    this.cells = cells;
    this.field = field;
  }
  /** One finished record: its cells, or, when it could not be read, its raw text and why. */
  emit(sink, cells, s, recordStart, end) {
    if (this.problem === null) sink.record(cells);
    else {
      let raw = this.raw + s.slice(recordStart, end);
      if (this.stripCr && raw.charCodeAt(raw.length - 1) === CR) raw = raw.slice(0, -1);
      sink.unreadable(raw, this.problem);
    }
    this.raw = "";
    this.problem = null;
  }
};

// electron/core/import/readers/header-row.ts
var AMAZON_TEMPLATE = /^TemplateType=/i;
var MACHINE_NAME = /^[a-z][a-z0-9_]*(?:[#.[\]][\w#.[\]-]*)?$/;
var NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][-+]?\d+)?$/;
var MAX_PREAMBLE = 10;
function filled(row) {
  let n = 0;
  for (const c of row) if (c.trim() !== "") n++;
  return n;
}
function width(row) {
  for (let i = row.length - 1; i >= 0; i--) if (row[i].trim() !== "") return i + 1;
  return 0;
}
function findHeader(rows) {
  let first = 0;
  while (first < rows.length && first < MAX_PREAMBLE && filled(rows[first]) === 0) first++;
  if (first >= rows.length) return { index: 0, headerless: false };
  if (AMAZON_TEMPLATE.test(rows[first][0]?.trim() ?? "")) {
    for (let r2 = first + 1; r2 < Math.min(rows.length, first + 5); r2++) {
      const names = rows[r2].map((c) => c.trim()).filter(Boolean);
      if (names.length && names.filter((c) => MACHINE_NAME.test(c)).length / names.length >= 0.6)
        return { index: r2, headerless: false };
    }
    return { index: Math.min(first + 1, rows.length - 1), headerless: false };
  }
  const tableWidth = Math.max(...rows.map(width));
  let h = first;
  while (h < rows.length - 1 && h - first < MAX_PREAMBLE && tableWidth >= 2) {
    const n = filled(rows[h]);
    const below = rows.slice(h + 1, h + 6).map(filled);
    if (n <= Math.max(1, Math.floor(tableWidth / 4)) && Math.max(...below) > n) h++;
    else break;
  }
  if (h > first) return { index: h, headerless: false };
  return looksLikeData(rows[first], rows.slice(first + 1)) ? { index: 0, headerless: true } : { index: first, headerless: false };
}
function looksLikeData(candidate, below) {
  const body = below.filter((r2) => filled(r2) > 0).slice(0, 50);
  let data = 0;
  let header = 0;
  candidate.forEach((raw, i) => {
    const cell = raw.trim();
    const column = body.map((r2) => (r2[i] ?? "").trim()).filter(Boolean);
    if (cell === "") {
      if (column.length) data += 0.5;
      return;
    }
    if (/^https?:\/\//i.test(cell) || cell.length > 80) {
      data++;
      return;
    }
    if (column.length >= 2) {
      if (column.every((v) => NUMBER.test(v))) {
        if (NUMBER.test(cell)) data++;
        else header++;
        return;
      }
      const len = column[0].length;
      if (column.every((v) => v.length === len)) {
        if (cell.length === len) data++;
        else header++;
        return;
      }
      if (column.includes(cell)) data++;
    } else if (NUMBER.test(cell)) data++;
  });
  return data > header && data >= 1;
}
function columnNames(count) {
  return Array.from({ length: count }, (_, i) => `column ${i + 1}`);
}

// electron/core/import/readers/table.ts
var LOOKAHEAD = 50;
async function openTable(records, file, describe2 = {}) {
  const buffered = [];
  let done = false;
  while (buffered.length < LOOKAHEAD) {
    const r2 = await records.next();
    if (r2.done) {
      done = true;
      break;
    }
    buffered.push(r2.value);
  }
  const grid = buffered.map((r2) => "cells" in r2 ? r2.cells : []);
  if (!grid.some((cells) => cells.some((c) => c.trim() !== ""))) {
    throw new ImportError({
      file,
      message: "the file has no cells with text in them",
      expected: "a header row and at least one product"
    });
  }
  const place = findHeader(grid);
  let header;
  let preamble = [];
  let start;
  if (place.headerless) {
    header = columnNames(Math.max(...grid.map((g) => g.length)));
    start = 0;
  } else {
    preamble = grid.slice(0, place.index);
    header = grid[place.index];
    start = place.index + 1;
  }
  const columns = header.length;
  const sep = describe2.delimiter === "	" ? "tab" : describe2.delimiter ? `"${describe2.delimiter}"` : void 0;
  function check(r2) {
    if (!("cells" in r2) || r2.cells.length <= columns) return r2;
    let last = r2.cells.length - 1;
    while (last >= columns && r2.cells[last].trim() === "") last--;
    if (last < columns) return r2;
    return {
      unreadable: {
        rowNo: r2.rowNo,
        raw: r2.cells.join(describe2.delimiter ?? ","),
        cells: r2.cells,
        error: `the row has ${last + 1} cells but the header has ${columns} columns; "${r2.cells[last].slice(0, 40)}" in cell ${last + 1} has no column` + (sep ? ` (an unquoted ${sep} inside a value?)` : "")
      }
    };
  }
  async function* rows() {
    try {
      for (let i = start; i < buffered.length; i++) yield check(buffered[i]);
      if (done) return;
      for (; ; ) {
        const r2 = await records.next();
        if (r2.done) return;
        yield check(r2.value);
      }
    } finally {
      await records.return?.();
    }
  }
  return { header, preamble, headerless: place.headerless, rows: rows() };
}

// electron/core/import/readers/delimited.ts
function recordsOf(chunks, opts) {
  const tokenizer = new CsvTokenizer(opts);
  let queue = [];
  let head = 0;
  let ended = false;
  let marks;
  const take = () => {
    const m = marks;
    marks = void 0;
    return m;
  };
  const sink = {
    record: (cells) => queue.push(marks ? { cells, invalid: take() } : { cells }),
    unreadable: (raw, error) => queue.push(marks ? { raw, error, invalid: take() } : { raw, error })
  };
  return async function next() {
    while (head >= queue.length) {
      if (ended) return void 0;
      queue = [];
      head = 0;
      const c = await chunks.next();
      if (c.done) {
        tokenizer.end(sink);
        ended = true;
      } else if (typeof c.value === "string") tokenizer.push(c.value, sink);
      else (marks ??= []).push(c.value.invalidAt);
    }
    return queue[head++];
  };
}
async function openDelimited(path, opts, hint) {
  const total = statSync(path).size;
  if (total === 0)
    throw new ImportError({
      file: path,
      message: "the file is empty (0 bytes)",
      expected: "a header row and at least one product"
    });
  const sample = await readEncodingSample(path, total);
  const detected = opts.encoding ? { encoding: normaliseEncodingName(opts.encoding, path), bom: !!bomOf(sample.head) } : detectEncoding(sample);
  const text = iconv2.decode(sample.head, detected.encoding, { stripBOM: true });
  if (text.trim() === "")
    throw new ImportError({
      file: path,
      message: "the file has only blank lines",
      expected: "a header row and at least one product"
    });
  rejectBinary(path, text, detected.encoding);
  const sniffed = sniffDelimited(text, hint);
  let bytesRead = 0;
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  input.on("data", (chunk) => bytesRead += chunk.length);
  const utf8 = detected.encoding === "utf-8";
  const decoded = utf8 ? decodeUtf8(input) : input.pipe(iconv2.decodeStream(detected.encoding, { stripBOM: true }))[Symbol.asyncIterator]();
  const next = recordsOf(decoded, sniffed);
  const warnings = [];
  let badBytes = 0;
  let header;
  async function* records() {
    let rowNo = 0;
    try {
      for (; ; ) {
        if (opts.signal?.aborted) throw new CancelledError();
        const r2 = await next();
        if (r2 === void 0) break;
        rowNo++;
        if (rowNo === 1 && "cells" in r2) header = r2.cells;
        if (r2.invalid) {
          badBytes += r2.invalid.length;
          warnings.push({
            row: rowNo,
            message: `${r2.invalid.length} byte sequence${r2.invalid.length > 1 ? "s are" : " is"} not valid UTF-8 (at byte ${r2.invalid[0]}); shown as "\uFFFD"`
          });
        }
        if ("cells" in r2) yield { rowNo, cells: r2.cells };
        else if (/never closed/.test(r2.error)) {
          const n = Number(/column (\d+)/.exec(r2.error)?.[1] ?? 0);
          throw new ImportError({
            file: path,
            row: rowNo,
            column: n ? header?.[n - 1] ?? `column ${n}` : void 0,
            message: `a quoted cell starts here and is never closed, so the rest of the file is one cell`,
            expected: `a closing ${sniffed.quote} (a quote inside a quoted cell is written ${sniffed.quote}${sniffed.quote})`
          });
        } else yield { unreadable: { rowNo, raw: r2.raw, error: r2.error } };
      }
    } finally {
      input.destroy();
    }
  }
  const table = await openTable(records(), path, { delimiter: sniffed.delimiter });
  header = table.header;
  async function* rows() {
    yield* table.rows;
    if (badBytes) {
      warnings.unshift({
        message: `${badBytes} byte sequence${badBytes > 1 ? "s" : ""} in ${warnings.length} row${warnings.length > 1 ? "s" : ""} are not valid UTF-8 (the file mixes encodings); they read as "\uFFFD"`
      });
    }
  }
  return {
    path,
    format: sniffed.delimiter === "	" ? "tsv" : "csv",
    encoding: detected.encoding,
    dialect: {
      delimiter: sniffed.delimiter,
      quote: sniffed.quote,
      lineEnding: sniffed.lineEnding,
      bom: detected.bom,
      ...table.preamble.length ? { preamble: table.preamble } : {},
      ...table.headerless ? { headerless: true } : {}
    },
    header: table.header,
    rows: rows(),
    progress: () => ({ done: bytesRead, total }),
    warnings
  };
}
function rejectBinary(path, text, encoding) {
  const n = Math.min(text.length, 64 * 1024);
  let control = 0;
  let firstAt = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 || c === 65533) {
      control++;
      if (firstAt < 0) firstAt = i;
    }
  }
  if (control > 0 && control / n > 0.01) {
    throw new ImportError({
      file: path,
      message: `this is not a text file: ${control} control or undecodable characters in its first ${n} characters (first at character ${firstAt}, read as ${encoding})`,
      expected: "a CSV or TSV file saved as text, or --encoding NAME if it is text in another encoding"
    });
  }
}

// electron/core/import/readers/json.ts
import { createReadStream as createReadStream2, readFileSync, statSync as statSync2 } from "node:fs";
import { createInterface } from "node:readline";
import iconv3 from "iconv-lite";

// electron/core/import/readers/flatten.ts
function flatten(value, joiner, out = /* @__PURE__ */ new Map(), prefix = "") {
  if (value === null || value === void 0) {
    if (prefix) out.set(prefix, "");
    return out;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== "object")) {
      out.set(prefix, value.map((v) => v === null || v === void 0 ? "" : String(v)).join(joiner));
    } else value.forEach((v, i) => flatten(v, joiner, out, prefix ? `${prefix}.${i + 1}` : String(i + 1)));
    return out;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, "");
    for (const [k, v] of entries) flatten(v, joiner, out, prefix ? `${prefix}.${k}` : k);
    return out;
  }
  out.set(prefix, String(value));
  return out;
}
function unionOfKeys(records) {
  const seen = /* @__PURE__ */ new Set();
  for (const r2 of records) for (const k of r2.keys()) seen.add(k);
  return [...seen];
}

// electron/core/import/readers/json.ts
function quoteNumbers(text) {
  let out = "";
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 45 || c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < text.length && /[0-9eE+\-.]/.test(text[j])) j++;
      out += text.slice(last, i) + '"' + text.slice(i, j) + '"';
      last = j;
      i = j - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
function reason(err) {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/,? ?(in JSON )?at position \d+.*$/s, "").replace(/^Unexpected end of JSON input$/, "the text ends before the JSON is complete");
}
function lineColumn(text, pos) {
  const before = text.slice(0, pos);
  return { line: before.split("\n").length, column: pos - before.lastIndexOf("\n") };
}
function decodeFile(path, opts) {
  const buf = readFileSync(path);
  const bom = bomOf(buf);
  const encoding = opts.encoding ? normaliseEncodingName(opts.encoding, path) : bom?.encoding ?? "utf-8";
  return { text: iconv3.decode(buf, encoding, { stripBOM: true }), encoding, bom: !!bom };
}
function productList(doc) {
  if (Array.isArray(doc)) return { path: "", items: doc };
  let best;
  const visit = (v, path, depth) => {
    if (!v || typeof v !== "object" || depth > 4) return;
    if (Array.isArray(v)) {
      const objects = v.filter((x) => x && typeof x === "object" && !Array.isArray(x)).length;
      if (objects > 0 && objects >= v.length / 2 && (!best || v.length > best.items.length)) best = { path, items: v };
      return;
    }
    for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k, depth + 1);
  };
  visit(doc, "", 0);
  return best;
}
function describe(v) {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function readerOf(path, format, encoding, dialect, header, items, opts, warnings) {
  const total = statSync2(path).size;
  let done = 0;
  async function* rows() {
    for await (const it of items()) {
      if (opts.signal?.aborted) throw new CancelledError();
      if ("unreadable" in it) yield it;
      else yield { rowNo: it.rowNo, cells: header.map((h) => it.cells.get(h) ?? "") };
    }
    done = total;
  }
  return {
    path,
    format,
    encoding,
    dialect: { lineEnding: "\n", ...dialect },
    header,
    rows: rows(),
    progress: () => ({ done, total }),
    warnings
  };
}
async function openJson(path, opts) {
  const { text, encoding, bom } = decodeFile(path, opts);
  if (text.trim() === "")
    throw new ImportError({ file: path, message: "the file is empty", expected: "a JSON list of products" });
  let doc;
  try {
    doc = JSON.parse(quoteNumbers(text));
  } catch (err) {
    if (looksLikeJsonLines(text)) return openJsonLines(path, opts);
    const at = lineColumn(text, positionInOriginal(text, err));
    throw new ImportError({
      file: path,
      line: at.line,
      column: String(at.column),
      message: `this is not valid JSON: ${reason(err)}`,
      expected: 'well-formed JSON such as [{"id": "A1", "title": "..."}]'
    });
  }
  const list = productList(doc);
  if (!list || list.items.length === 0) {
    throw new ImportError({
      file: path,
      message: `no list of products found (the document is ${describe(doc)}${doc && typeof doc === "object" && !Array.isArray(doc) ? ` with keys ${Object.keys(doc).slice(0, 8).join(", ")}` : ""})`,
      expected: 'a list of product objects, or an object holding one such as {"products": [...]}'
    });
  }
  const flat = list.items.map(
    (v, i) => v && typeof v === "object" && !Array.isArray(v) ? { rowNo: i + 2, cells: flatten(v, ", ") } : {
      unreadable: {
        rowNo: i + 2,
        raw: JSON.stringify(v) ?? "",
        error: `item ${i + 1} of the list is ${describe(v)}, not a product object`
      }
    }
  );
  const header = unionOfKeys(flat.flatMap((x) => "cells" in x ? [x.cells] : []));
  return readerOf(
    path,
    "json",
    encoding,
    { bom, jsonPath: list.path },
    header,
    async function* () {
      yield* flat;
    },
    opts,
    []
  );
}
function positionInOriginal(text, err) {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : "");
  if (!m) return text.length;
  const target = Number(m[1]);
  const quoted = quoteNumbers(text);
  let i = 0;
  let j = 0;
  let inString = false;
  while (j < target && i < text.length) {
    if (text[i] === quoted[j]) {
      if (!inString && text[i] === '"') inString = true;
      else if (inString && text[i] === '"' && text[i - 1] !== "\\") inString = false;
      i++;
      j++;
    } else j++;
  }
  return i;
}
function looksLikeJsonLines(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  return lines.slice(0, 5).every((l) => {
    try {
      const v = JSON.parse(l);
      return !!v && typeof v === "object" && !Array.isArray(v);
    } catch {
      return false;
    }
  });
}
async function openJsonLines(path, opts) {
  const total = statSync2(path).size;
  if (total === 0) throw new ImportError({ file: path, message: "the file is empty", expected: "one JSON object per line" });
  const head = readFileSync(path).subarray(0, 4);
  const bom = bomOf(head);
  const encoding = opts.encoding ? normaliseEncodingName(opts.encoding, path) : bom?.encoding ?? "utf-8";
  async function* lines() {
    const file = createReadStream2(path);
    const input = file.pipe(iconv3.decodeStream(encoding, { stripBOM: true }));
    let lineNo = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        lineNo++;
        const t = line.trim();
        if (t === "") continue;
        try {
          const v = JSON.parse(quoteNumbers(t));
          if (v && typeof v === "object" && !Array.isArray(v)) yield { rowNo: lineNo + 1, cells: flatten(v, ", ") };
          else
            yield { unreadable: { rowNo: lineNo + 1, raw: t, error: `line ${lineNo} is ${describe(v)}, not a product object` } };
        } catch (err) {
          const col = positionInOriginal(t, err) + 1;
          yield {
            unreadable: { rowNo: lineNo + 1, raw: t, error: `line ${lineNo}, column ${col}: not valid JSON (${reason(err)})` }
          };
        }
      }
    } finally {
      file.destroy();
    }
  }
  const names = /* @__PURE__ */ new Set();
  let good = 0;
  let firstBad;
  for await (const it of lines()) {
    if ("cells" in it) {
      good++;
      for (const k of it.cells.keys()) names.add(k);
    } else firstBad ??= it.unreadable;
  }
  if (good === 0) {
    throw new ImportError({
      file: path,
      line: firstBad ? firstBad.rowNo - 1 : void 0,
      message: firstBad ? `no line holds a product object; ${firstBad.error}` : "the file has only blank lines",
      expected: 'one JSON object per line, such as {"id": "A1", "title": "..."}'
    });
  }
  return readerOf(path, "jsonl", encoding, { bom: !!bom }, [...names], lines, opts, []);
}

// electron/core/import/readers/xlsx.ts
import { createReadStream as createReadStream3, statSync as statSync3 } from "node:fs";
import ExcelJS from "exceljs";

// electron/core/import/readers/xlsx-cell-text.ts
function cellText(value, numFmt) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatDate(value, numFmt);
  if (typeof value === "object") {
    const v = value;
    if (Array.isArray(v.richText)) return v.richText.map((r2) => r2.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) return cellText(v.result, numFmt);
    if (typeof v.error === "string") return v.error;
    if ("text" in v) return cellText(v.text, numFmt);
    if ("result" in v) return cellText(v.result, numFmt);
  }
  return String(value);
}
function general(v) {
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? String(v) : v.toPrecision(15).replace(/\.?0+(e|$)/, "$1");
  return String(Number(v.toPrecision(15)));
}
function sections(fmt) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '"') quoted = !quoted;
    if (c === "\\" && !quoted) {
      cur += c + (fmt[++i] ?? "");
      continue;
    }
    if (c === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function tokens(section) {
  const out = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ literal: true, text: section.slice(i + 1, end < 0 ? void 0 : end) });
      i = end < 0 ? section.length : end;
    } else if (c === "\\") out.push({ literal: true, text: section[++i] ?? "" });
    else if (c === "_") {
      out.push({ literal: true, text: " " });
      i++;
    } else if (c === "*") i++;
    else if (c === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? void 0 : end);
      if (inner.startsWith("$")) out.push({ literal: true, text: inner.slice(1).split("-")[0] });
      i = end < 0 ? section.length : end;
    } else out.push({ literal: false, text: c });
  }
  return out;
}
var DATE_TOKEN = /[ymdhs]/i;
function formatNumber(v, numFmt) {
  if (!numFmt || numFmt === "General" || numFmt === "@") return general(v);
  const secs = sections(numFmt);
  let section = secs[0];
  let value = v;
  if (v < 0 && secs.length > 1 && secs[1] !== "") {
    section = secs[1];
    value = -v;
  } else if (v === 0 && secs.length > 2 && secs[2] !== "") section = secs[2];
  const toks = tokens(section);
  const pattern = toks.filter((t) => !t.literal).map((t) => t.text).join("");
  if (DATE_TOKEN.test(pattern.replace(/E[+-]/gi, ""))) return formatDate(serialToDate(v), numFmt);
  if (/[?/]/.test(pattern) || /E[+-]/i.test(pattern) || !/[0#]/.test(pattern)) return (value < v ? "-" : "") + general(value);
  if (pattern.includes("%")) value *= 100;
  const core = /[0#,.]+/.exec(pattern)[0];
  const dot = core.indexOf(".");
  const intPart = dot < 0 ? core : core.slice(0, dot);
  const decimals = dot < 0 ? 0 : core.slice(dot + 1).replace(/,/g, "").length;
  const minInt = (intPart.replace(/,/g, "").match(/0/g) ?? []).length;
  const grouping = /[0#],[0#]/.test(intPart);
  const negative = value < 0;
  let [whole, frac] = Math.abs(value).toFixed(decimals).split(".");
  if (whole === "0" && minInt === 0) whole = "";
  whole = whole.padStart(minInt, "0");
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (frac !== void 0) {
    const required = (core.slice(dot + 1).match(/0/g) ?? []).length;
    while (frac.length > required && frac.endsWith("0")) frac = frac.slice(0, -1);
  }
  const number = (negative ? "-" : "") + whole + (frac ? `.${frac}` : "");
  let out = "";
  let placed = false;
  for (const t of toks) {
    if (t.literal) out += t.text;
    else if (/[0#?,.]/.test(t.text)) {
      if (!placed) out += number;
      placed = true;
    } else out += t.text;
  }
  return out;
}
function serialToDate(serial) {
  return new Date(Math.round((serial - 25569) * 864e5));
}
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function formatDate(d, numFmt) {
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  const fmt = numFmt && numFmt !== "General" ? sections(numFmt)[0] : "";
  if (!fmt || !DATE_TOKEN.test(fmt)) {
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const ms = d.getTime() % 864e5;
    return ms === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  const ampm = /AM\/PM|A\/P/i.test(fmt);
  const toks = tokens(fmt.replace(/AM\/PM/gi, "").replace(/A\/P/gi, ""));
  const runs = [];
  for (const t of toks) {
    const last = runs[runs.length - 1];
    if (!t.literal && last && !last.literal && /[a-z]/i.test(t.text) && last.text[0].toLowerCase() === t.text.toLowerCase())
      last.text += t.text;
    else runs.push({ ...t });
  }
  const parts = runs.filter((r2) => !r2.literal && /[ymdhs]/i.test(r2.text));
  let out = "";
  for (const r2 of runs) {
    const k = r2.text.toLowerCase();
    if (r2.literal || !(/^[ymdhs]/.test(k) || k === "" || k === "")) {
      out += r2.text;
      continue;
    }
    const at = parts.indexOf(r2);
    const prev = parts[at - 1]?.text[0]?.toLowerCase();
    const next = parts[at + 1]?.text[0]?.toLowerCase();
    if (k === "") out += d.getUTCHours() < 12 ? "AM" : "PM";
    else if (k === "") out += d.getUTCHours() < 12 ? "A" : "P";
    else if (k[0] === "y") out += k.length <= 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
    else if (k[0] === "m" && k.length <= 2 && (prev === "h" || next === "s"))
      out += k.length === 2 ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
    else if (k[0] === "m") {
      const m = d.getUTCMonth();
      out += k.length === 1 ? String(m + 1) : k.length === 2 ? pad(m + 1) : k.length === 3 ? MONTHS[m].slice(0, 3) : k.length === 5 ? MONTHS[m][0] : MONTHS[m];
    } else if (k[0] === "d") {
      out += k.length === 1 ? String(d.getUTCDate()) : k.length === 2 ? pad(d.getUTCDate()) : k.length === 3 ? DAYS[d.getUTCDay()].slice(0, 3) : DAYS[d.getUTCDay()];
    } else if (k[0] === "h") {
      const h = ampm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
      out += k.length >= 2 ? pad(h) : String(h);
    } else out += k.length >= 2 ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
  }
  return out;
}

// electron/core/import/readers/xlsx.ts
async function openXlsx(path, opts) {
  const total = statSync3(path).size;
  if (total === 0) throw new ImportError({ file: path, message: "the file is empty (0 bytes)", expected: "an .xlsx workbook" });
  let bytesRead = 0;
  const input = createReadStream3(path, { highWaterMark: 1 << 20 });
  input.on("data", (c) => bytesRead += c.length);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore"
  });
  const sheets = workbook[Symbol.asyncIterator]();
  const damaged = (err) => err instanceof ImportError || err instanceof CancelledError ? err : new ImportError({
    file: path,
    message: `the workbook cannot be read (${err instanceof Error ? err.message : String(err)}); it looks damaged or cut short`,
    expected: "a complete .xlsx workbook as saved by Excel, LibreOffice or Google Sheets"
  });
  const seen = [];
  const wanted = opts.sheet?.trim().toLowerCase();
  let chosen;
  try {
    for (; ; ) {
      const s = await sheets.next();
      if (s.done) break;
      const sheet2 = s.value;
      seen.push(sheet2.name);
      const rows = sheet2[Symbol.asyncIterator]();
      if (wanted !== void 0 && sheet2.name.trim().toLowerCase() !== wanted || wanted === void 0 && sheet2.state && sheet2.state !== "visible") {
        while (!(await rows.next()).done) ;
        continue;
      }
      let first2;
      for (; ; ) {
        const r2 = await rows.next();
        if (r2.done) break;
        if (rowCells(r2.value).some((c) => c.trim() !== "")) {
          first2 = r2.value;
          break;
        }
      }
      if (first2) {
        chosen = { sheet: sheet2, rows, first: first2 };
        break;
      }
      if (wanted !== void 0)
        throw new ImportError({
          file: path,
          message: `sheet "${sheet2.name}" is empty`,
          expected: "a sheet with a header row and products"
        });
    }
  } catch (err) {
    input.destroy();
    throw damaged(err);
  }
  if (!chosen) {
    input.destroy();
    if (wanted !== void 0) {
      throw new ImportError({
        file: path,
        message: `there is no sheet named "${opts.sheet}"; the sheets are ${seen.map((n) => `"${n}"`).join(", ") || "(none)"}`,
        expected: "--sheet with one of those names"
      });
    }
    throw new ImportError({
      file: path,
      message: `no sheet has any text (sheets: ${seen.map((n) => `"${n}"`).join(", ") || "none"})`,
      expected: "a sheet with a header row and products"
    });
  }
  const { sheet, rows: sheetRows, first } = chosen;
  async function* records() {
    let next = 1;
    let blanks = [];
    const emit = function* (r2) {
      const cells = rowCells(r2);
      if (!cells.some((c) => c.trim() !== "")) {
        blanks.push(r2.number);
        return;
      }
      for (; next < r2.number; next++) yield { rowNo: next, cells: [] };
      blanks = [];
      yield { rowNo: r2.number, cells };
      next = r2.number + 1;
    };
    try {
      yield* emit(first);
      for (; ; ) {
        if (opts.signal?.aborted) throw new CancelledError();
        const r2 = await sheetRows.next();
        if (r2.done) break;
        yield* emit(r2.value);
      }
    } catch (err) {
      throw damaged(err);
    } finally {
      input.destroy();
    }
  }
  const table = await openTable(records(), path);
  return {
    path,
    format: "xlsx",
    encoding: "utf-8",
    dialect: {
      sheet: sheet.name,
      lineEnding: "\n",
      ...table.preamble.length ? { preamble: table.preamble } : {},
      ...table.headerless ? { headerless: true } : {}
    },
    header: table.header,
    rows: table.rows,
    progress: () => ({ done: Math.min(bytesRead, total), total }),
    warnings: []
  };
}
function rowCells(row) {
  const values = row.values;
  const cells = [];
  if (!Array.isArray(values)) return cells;
  for (let c = 1; c < values.length; c++) {
    const v = values[c];
    cells.push(v === void 0 || v === null ? "" : cellText(v, row.getCell(c).numFmt));
  }
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

// electron/core/import/readers/xml.ts
import { readFileSync as readFileSync2, statSync as statSync4 } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import iconv4 from "iconv-lite";
var FEED_EXPECTED = "a Google Merchant feed: RSS 2.0 (<rss><channel><item>) or Atom (<feed><entry>), with or without the g: namespace";
function decodeXml(path, opts) {
  const buf = readFileSync2(path);
  const bom = bomOf(buf);
  let encoding = bom?.encoding ?? "utf-8";
  if (opts.encoding) encoding = normaliseEncodingName(opts.encoding, path);
  else if (!bom) {
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(buf.subarray(0, 200).toString("latin1"))?.[1];
    if (declared && iconv4.encodingExists(declared)) encoding = declared.toLowerCase();
  }
  return { text: iconv4.decode(buf, encoding, { stripBOM: true }), encoding, bom: !!bom };
}
function localName(name) {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}
function textOf(v) {
  if (v === null || v === void 0) return "";
  if (typeof v !== "object") return String(v);
  const o = v;
  if ("#text" in o) return String(o["#text"]);
  const children = Object.keys(o).filter((k) => !k.startsWith("@_"));
  if (children.length === 0) return typeof o["@_href"] === "string" ? o["@_href"] : "";
  return void 0;
}
function itemCells(item, out = /* @__PURE__ */ new Map(), prefix = "") {
  for (const [rawKey, v] of Object.entries(item)) {
    if (rawKey.startsWith("@_") || rawKey === "#text") continue;
    let key = prefix + localName(rawKey);
    if (out.has(key) && !prefix && localName(rawKey) !== rawKey) key = rawKey;
    const values = Array.isArray(v) ? v : [v];
    const texts = values.map(textOf);
    if (texts.every((t) => t !== void 0)) {
      const joined = texts.filter((t) => t !== "").join(",");
      out.set(key, out.has(key) && out.get(key) ? `${out.get(key)},${joined}` : joined);
    } else {
      for (const x of values) if (x && typeof x === "object") itemCells(x, out, `${key}.`);
    }
  }
  return out;
}
function findItems(doc) {
  const names = ["item", "entry", "product", "offer"];
  const visit = (node, path, depth) => {
    if (!node || typeof node !== "object" || depth > 4) return void 0;
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("@_") || k === "#text") continue;
      if (names.includes(localName(k).toLowerCase())) return { path: `${path}/${k}`, items: Array.isArray(v) ? v : [v] };
    }
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("@_") || k === "?xml" || k === "#text") continue;
      const found = visit(Array.isArray(v) ? v[0] : v, `${path}/${k}`, depth + 1);
      if (found) return found;
    }
    return void 0;
  };
  return visit(doc, "", 0);
}
async function openXml(path, opts) {
  const total = statSync4(path).size;
  const { text, encoding, bom } = decodeXml(path, opts);
  if (text.trim() === "") throw new ImportError({ file: path, message: "the file is empty", expected: FEED_EXPECTED });
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError({
      file: path,
      line: valid.err.line,
      column: String(valid.err.col),
      message: `the XML is not well-formed: ${valid.err.msg}`,
      expected: "well-formed XML (every tag closed, & written as &amp;)"
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true
  });
  const doc = parser.parse(text);
  const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#"));
  const rootNode = root ? doc[root] : void 0;
  const channel = rootNode && typeof rootNode === "object" ? rootNode.channel : void 0;
  if (channel && typeof channel === "object" && ("wp:wxr_version" in channel || "wp:base_site_url" in channel)) {
    throw new ImportError({
      file: path,
      message: "this is a WordPress export (WXR), not a product feed: its items are posts, pages and attachments",
      expected: `${FEED_EXPECTED}; for WooCommerce, export products as CSV (Products > Export)`
    });
  }
  const found = findItems(doc);
  if (!found || found.items.length === 0) {
    throw new ImportError({
      file: path,
      message: `not a product feed: no <item>, <entry> or <product> elements under <${root ?? "?"}>`,
      expected: FEED_EXPECTED
    });
  }
  const flat = found.items.map(
    (it, i) => it && typeof it === "object" ? { rowNo: i + 2, cells: itemCells(it) } : {
      unreadable: {
        rowNo: i + 2,
        raw: String(it),
        error: `item ${i + 1} has no fields (expected child elements such as <g:id> and <g:title>)`
      }
    }
  );
  const header = unionOfKeys(flat.flatMap((x) => "cells" in x ? [x.cells] : []));
  let done = 0;
  async function* rows() {
    for (const it of flat) {
      if (opts.signal?.aborted) throw new CancelledError();
      if ("unreadable" in it) yield it;
      else yield { rowNo: it.rowNo, cells: header.map((h) => it.cells.get(h) ?? "") };
    }
    done = total;
  }
  return {
    path,
    format: "xml",
    encoding,
    dialect: { lineEnding: "\n", bom, xmlRoot: root, itemPath: found.path },
    header,
    rows: rows(),
    progress: () => ({ done, total }),
    warnings: []
  };
}

// electron/core/import/readers/index.ts
var SUPPORTED = ".csv, .tsv, .txt, .xlsx, .json, .jsonl or .xml";
var FOREIGN = [
  { magic: [208, 207, 17, 224], what: "an Excel 97-2003 workbook (.xls)", expected: "the workbook saved as .xlsx or CSV" },
  { magic: [37, 80, 68, 70], what: "a PDF document", expected: SUPPORTED },
  { magic: [137, 80, 78, 71], what: "a PNG image", expected: SUPPORTED },
  { magic: [255, 216, 255], what: "a JPEG image", expected: SUPPORTED },
  { magic: [71, 73, 70, 56], what: "a GIF image", expected: SUPPORTED },
  { magic: [31, 139], what: "a gzip-compressed file", expected: "the file uncompressed first" }
];
var ZIP = [80, 75, 3, 4];
function startsWith(head, magic) {
  return magic.every((b, i) => head[i] === b);
}
function firstText(head) {
  return head.toString("latin1").replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "").replace(/\0/g, "").trimStart().slice(0, 200);
}
async function openSource(path, opts = {}) {
  if (!existsSync3(path)) throw new ImportError({ file: path, message: "no such file", expected: "the path of a catalog file" });
  if (statSync5(path).isDirectory())
    throw new ImportError({ file: path, message: "this is a folder, not a file", expected: `a catalog file (${SUPPORTED})` });
  const fd = openSync(path, "r");
  const head = Buffer.alloc(512);
  const n = readSync(fd, head, 0, 512, 0);
  closeSync(fd);
  const bytes = head.subarray(0, n);
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, ZIP) || ext === ".xlsx" || ext === ".xlsm") return openXlsx(path, opts);
  const foreign = FOREIGN.find((f) => startsWith(bytes, f.magic));
  if (foreign)
    throw new ImportError({
      file: path,
      message: `this is ${foreign.what}, not a catalog the importer reads`,
      expected: foreign.expected
    });
  const text = firstText(bytes);
  switch (ext) {
    case ".json":
      return openJson(path, opts);
    case ".jsonl":
    case ".ndjson":
      return openJsonLines(path, opts);
    case ".xml":
    case ".rss":
    case ".atom":
      return openXml(path, opts);
    case ".tsv":
    case ".tab":
      return openDelimited(path, opts, "tsv");
    case ".csv":
      return openDelimited(path, opts, "csv");
    case ".txt":
    case "":
      if (text.startsWith("<")) return openXml(path, opts);
      if (/^(\{|\[\s*[{\]])/.test(text)) return openJson(path, opts);
      return openDelimited(path, opts, "csv");
    default:
      throw new ImportError({ file: path, message: `unsupported file type "${ext}"`, expected: SUPPORTED });
  }
}

// electron/core/import/batches.ts
var PRODUCT_COLUMNS = ["pid", "source_id", "row_no", "attrs", "original", "cell_map", ...CANONICAL_FIELDS];
var PRODUCT_FIELDS_AT = 6;
var SAMPLE_ROWS = 200;
var BATCH_RECORDS = 1e3;
async function produceImport(req, send) {
  const reader = await openSource(req.file, { encoding: req.encoding, sheet: req.sheet });
  const iterator = reader.rows[Symbol.asyncIterator]();
  try {
    const buffered = [];
    const sample = [];
    while (sample.length < SAMPLE_ROWS) {
      const r2 = await iterator.next();
      if (r2.done) break;
      buffered.push(r2.value);
      if ("cells" in r2.value) sample.push(r2.value);
    }
    const { layout, mapper, mappingFrom } = chooseMapping(req.saved, reader.path, reader.header, sample, req);
    await send({
      type: "meta",
      path: reader.path,
      format: reader.format,
      encoding: reader.encoding,
      dialect: reader.dialect,
      header: reader.header,
      layout: layout.name,
      mapping: mapper.mapping,
      ...mapper.proposals ? { proposals: mapper.proposals } : {},
      mappingFrom,
      totalBytes: reader.progress().total
    });
    let batch = emptyBatch();
    let records = 0;
    let ordinal = 0;
    let pending = [];
    const productOf = /* @__PURE__ */ new Map();
    let lastProductRow = 0;
    let flushedUpTo = 0;
    const addProducts = (products) => {
      for (const p of products) {
        const k = ordinal++;
        batch.products.push(productParams(k, p));
        if (p.rowNo <= flushedUpTo) batch.links.push(p.rowNo, k);
        else productOf.set(p.rowNo, k);
        if (p.rowNo > lastProductRow) lastProductRow = p.rowNo;
      }
    };
    const flushRows = (upTo) => {
      let kept = 0;
      for (const r2 of pending) {
        if (r2.rowNo > upTo) {
          pending[kept++] = r2;
          continue;
        }
        const k = productOf.get(r2.rowNo);
        if (k !== void 0) productOf.delete(r2.rowNo);
        batch.rows.push(r2.rowNo, r2.cells, k ?? -1);
        if (r2.rowNo > flushedUpTo) flushedUpTo = r2.rowNo;
      }
      pending.length = kept;
    };
    const handle = async (r2) => {
      records++;
      if ("unreadable" in r2) {
        batch.rejected.push(r2.unreadable.rowNo, r2.unreadable.raw, r2.unreadable.error);
        if (r2.unreadable.cells) pending.push({ rowNo: r2.unreadable.rowNo, cells: JSON.stringify(r2.unreadable.cells) });
      } else {
        pending.push({ rowNo: r2.rowNo, cells: JSON.stringify(r2.cells) });
        addProducts(mapper.push(r2).products);
        if (lastProductRow > flushedUpTo) flushRows(lastProductRow);
      }
      if (records % BATCH_RECORDS === 0) {
        const full = batch;
        batch = emptyBatch();
        full.records = records;
        full.bytes = reader.progress().done;
        await send(full);
      }
    };
    for (const r2 of buffered) await handle(r2);
    for (; ; ) {
      const r2 = await iterator.next();
      if (r2.done) break;
      await handle(r2.value);
    }
    addProducts(mapper.finish().products);
    flushRows(Infinity);
    pending = [];
    batch.records = records;
    batch.bytes = reader.progress().done;
    await send(batch);
    await send({ type: "end", bytes: reader.progress().total, warnings: reader.warnings ?? [] });
  } finally {
    await iterator.return?.();
  }
}
function emptyBatch() {
  return { type: "batch", rows: [], products: [], links: [], rejected: [], records: 0, bytes: 0 };
}
function productParams(ordinal, p) {
  let attrs = null;
  for (const k in p.values) {
    const v = p.values[k];
    if (v && !isCanonicalField(k)) (attrs ??= {})[k] = v;
  }
  const out = [
    ordinal,
    p.rowNo,
    attrs ? JSON.stringify(attrs) : null,
    JSON.stringify(p.values),
    JSON.stringify(p.cellMap)
  ];
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) {
    const v = p.values[CANONICAL_FIELDS[i]];
    if (v) out.push(i, v);
  }
  return out;
}

// electron/core/import/importer.ts
var IMPORT_WORKER = { bundle: "import-worker", source: new URL("./worker.ts", import.meta.url) };
async function importCatalog(db2, file, opts = {}) {
  if (opts.signal?.aborted) throw new CancelledError();
  const request = {
    file: resolve2(file),
    encoding: opts.encoding,
    sheet: opts.sheet,
    layout: opts.layout,
    mapping: opts.mapping,
    saved: loadSavedMappings(db2)
  };
  let source;
  try {
    source = opts.worker === false ? inlineSource(request) : await workerSource(request, opts.signal);
  } catch (err) {
    if (!(err instanceof WorkerNotFoundError)) throw err;
    source = inlineSource(request);
  }
  try {
    return await insertAll(db2, source, opts);
  } catch (err) {
    if (err instanceof JobCancelledError) throw new CancelledError();
    throw err;
  } finally {
    await source.close();
  }
}
async function workerSource(request, signal) {
  const thread = await startWorker(IMPORT_WORKER, request, {
    signal,
    // Every record is short-lived garbage in the worker: a larger young generation means fewer
    // scavenges (measured: about 9% less CPU for 100k rows than the default).
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
    reviveError: (e) => e.name === "ImportError" ? Object.assign(new ImportError({ file: String(e.file), message: "", ...errorPlace(e) }), { message: e.message }) : Object.assign(new Error(e.message), { name: e.name })
  });
  return { next: () => thread.next(), ack: () => thread.post({ type: "ack" }), close: () => thread.terminate() };
}
function errorPlace(e) {
  const out = {};
  if (typeof e.row === "number") out.row = e.row;
  if (typeof e.column === "string") out.column = e.column;
  if (typeof e.expected === "string") out.expected = e.expected;
  return out;
}
function inlineSource(request) {
  const queue = [];
  let wake = null;
  let resume = null;
  let done = false;
  let failure = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  void produceImport(request, async (m) => {
    queue.push(m);
    notify();
    if (m.type === "batch") await new Promise((r2) => resume = r2);
  }).then(
    () => (done = true, notify()),
    (err) => (failure = err, done = true, notify())
  );
  return {
    async next() {
      for (; ; ) {
        if (queue.length) return queue.shift();
        if (failure) throw failure;
        if (done) return void 0;
        await new Promise((r2) => wake = r2);
      }
    },
    ack() {
      const r2 = resume;
      resume = null;
      r2?.();
    },
    async close() {
    }
  };
}
async function insertAll(db2, source, opts) {
  const first = await source.next();
  if (!first || first.type !== "meta") throw new Error("import: the reader sent no description of the file");
  const meta = first;
  const insertProduct = db2.prepare(
    `INSERT INTO products (${PRODUCT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${PRODUCT_COLUMNS.map(() => "?").join(", ")})`
  );
  const insertRow = db2.prepare(`INSERT INTO source_rows (source_id, row_no, cells, pid) VALUES (?, ?, ?, ?)`);
  const linkRow = db2.prepare(`UPDATE source_rows SET pid = ? WHERE source_id = ? AND row_no = ?`);
  const insertRejected = db2.prepare(`INSERT INTO rejected_rows (source_id, row_no, raw, error) VALUES (?, ?, ?, ?)`);
  const restoreJournal = useRollbackJournal(db2);
  const meter = new ProgressMeter(meta.totalBytes);
  let products = 0;
  let rows = 0;
  const rejectedRows = [];
  let warnings = [];
  db2.exec("BEGIN");
  try {
    const sourceId = Number(
      db2.prepare(
        `INSERT INTO sources (path, name, format, layout, encoding, header, mapping, dialect, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        meta.path,
        basename(meta.path),
        meta.format,
        meta.layout,
        meta.encoding,
        JSON.stringify(meta.header),
        "{}",
        JSON.stringify(meta.dialect),
        (/* @__PURE__ */ new Date()).toISOString()
      ).lastInsertRowid
    );
    const pidBase = Number(db2.prepare(`SELECT coalesce(max(pid), 0) AS m FROM products`).get().m) + 1;
    const rowParams = [sourceId, 0, "", null];
    const productParams2 = new Array(PRODUCT_COLUMNS.length).fill(null);
    productParams2[1] = sourceId;
    const store = (b) => {
      for (const p of b.products) {
        productParams2[0] = pidBase + p[0];
        productParams2[2] = p[1];
        productParams2[3] = p[2];
        productParams2[4] = p[3];
        productParams2[5] = p[4];
        for (let i = 5; i < p.length; i += 2) productParams2[PRODUCT_FIELDS_AT + p[i]] = p[i + 1];
        insertProduct.run(productParams2);
        for (let i = 5; i < p.length; i += 2) productParams2[PRODUCT_FIELDS_AT + p[i]] = null;
      }
      products += b.products.length;
      const r2 = b.rows;
      for (let i = 0; i < r2.length; i += 3) {
        const k = r2[i + 2];
        rowParams[1] = r2[i];
        rowParams[2] = r2[i + 1];
        rowParams[3] = k < 0 ? null : pidBase + k;
        insertRow.run(rowParams);
      }
      rows += r2.length / 3;
      for (let i = 0; i < b.links.length; i += 2) linkRow.run(pidBase + b.links[i + 1], sourceId, b.links[i]);
      const x = b.rejected;
      for (let i = 0; i < x.length; i += 3) {
        insertRejected.run(sourceId, x[i], x[i + 1], x[i + 2]);
        rejectedRows.push({ row: x[i], error: x[i + 2] });
      }
    };
    for (; ; ) {
      const m = await source.next();
      if (opts.signal?.aborted) throw new CancelledError();
      if (!m) throw new Error(`import of ${meta.path} stopped before the end of the file`);
      if (m.type === "end") {
        warnings = m.warnings;
        break;
      }
      if (m.type !== "batch") continue;
      store(m);
      source.ack();
      if (opts.onProgress) {
        const p = meter.update(m.bytes);
        opts.onProgress({ rows, bytes: m.bytes, totalBytes: meta.totalBytes, bytesPerSecond: p.rate, etaSeconds: p.etaSeconds });
      }
    }
    if (opts.signal?.aborted) throw new CancelledError();
    db2.prepare(`UPDATE sources SET mapping = ?, row_count = ?, rejected_count = ? WHERE source_id = ?`).run(
      JSON.stringify(meta.mapping),
      rows,
      rejectedRows.length,
      sourceId
    );
    if (meta.mappingFrom === "seller") saveMapping(db2, meta.header, meta.layout, meta.mapping);
    db2.exec("COMMIT");
    opts.onProgress?.({
      rows,
      bytes: meta.totalBytes,
      totalBytes: meta.totalBytes,
      bytesPerSecond: meter.snapshot().rate,
      etaSeconds: 0
    });
    return {
      sourceId,
      file: meta.path,
      products,
      rejected: rejectedRows.length,
      rows,
      layout: meta.layout,
      format: meta.format,
      encoding: meta.encoding,
      delimiter: meta.dialect.delimiter,
      mapping: meta.mapping,
      ...meta.proposals ? { proposals: meta.proposals } : {},
      ...meta.mappingFrom ? { mappingFrom: meta.mappingFrom } : {},
      rejectedRows,
      warnings
    };
  } catch (err) {
    if (db2.inTransaction) db2.exec("ROLLBACK");
    throw err;
  } finally {
    restoreJournal();
  }
}
function useRollbackJournal(db2) {
  const keep = () => {
  };
  if (db2.memory || db2.inTransaction) return keep;
  try {
    if (db2.pragma("journal_mode", { simple: true }) !== "wal") return keep;
    if (db2.pragma("journal_mode = DELETE", { simple: true }) !== "delete") return keep;
  } catch {
    return keep;
  }
  return () => {
    try {
      db2.pragma("journal_mode = WAL");
    } catch {
    }
  };
}

// ../../tmp/h3/peek.ts
var db = openProject("/tmp/h3/peek.cdoc");
var r = await importCatalog(db, process.argv[2]);
console.log(JSON.stringify(r.mapping));
for (const row of db.prepare(`SELECT * FROM products WHERE row_no IN (${process.argv[3]})`).all()) {
  const o = {};
  for (const [k, v] of Object.entries(row)) if (v != null && k !== "original" && k !== "cell_map") o[k] = String(v).slice(0, 90);
  console.log(o);
}
closeProject(db);
