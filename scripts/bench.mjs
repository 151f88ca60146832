#!/usr/bin/env node
// `npm run bench`: import/export speed and peak memory on generated catalogs of 100k and 1M
// products, against the sqlite3 CLI's own `.import` of the same CSV timed in the same run
// (issue 2), then every standalone bench (scripts/bench-<name>.ts). Prints a table and writes
// BENCHMARKS.md. Every phase runs in its own child process under /usr/bin/time -v, so each peak
// RSS is that phase's own (worker threads included).
//
//   npm run bench                 100k and 1M products, then the other benches
//   npm run bench -- --quick      100k only, other benches at their small sizes
//   npm run bench -- --sizes 20000,300000 --no-others --no-formats
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, '.bench'); // git-ignored: generated catalogs and projects live here
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [100_000] : [100_000, 1_000_000];
const runOthers = !args.includes('--no-others');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * The environment of every measured process. NODE_EXTRA_CA_CERTS is left out: set on this machine
 * for the npm registry's proxy, it makes every Node process read and parse a certificate bundle
 * before running any code (about 50 ms here). Catalog Doctor makes no network connection and a
 * seller's machine does not set it; the start-up rows show the import with and without it.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
const BENCH_ENV = { ...process.env };
delete BENCH_ENV.NODE_EXTRA_CA_CERTS;

const TARGETS = { importVsSqlite: 2, export1mSeconds: 15, peakRssMb: 1536 };
/**
 * What earlier runs on other hosts measured, for the reader of a run that is far from them. Dated, and
 * said to be from another run: the tables hold only this run's numbers.
 */
const HOST_NOTE = `on the slower development host of 2026-11-25 (an AMD EPYC VM where \`node -e ''\` took 0.09-0.11 s and a
1,000-product import 0.32 s), the CSV import as it was then measured 1.68x and 2.05x the baseline at 100k in two full runs.`;
/** Runs of the baseline and of the import per size (the median is reported). */
const RUNS = quick ? 1 : 5;

function log(line) {
  process.stderr.write(line + '\n');
}

/** Runs a command under /usr/bin/time -v: wall seconds, peak RSS (MB), stdout, and the load around it. */
function measure(cmd, cmdArgs, { input, env = BENCH_ENV, timeoutMs = 30 * 60_000 } = {}) {
  const loadBefore = loadavg()[0];
  const t0 = performance.now();
  const opts = { cwd: ROOT, input, env, encoding: 'utf8', maxBuffer: 64 << 20, timeout: timeoutMs };
  const r = TIME ? spawnSync(TIME, ['-v', cmd, ...cmdArgs], opts) : spawnSync(cmd, cmdArgs, opts);
  const wall = (performance.now() - t0) / 1000;
  const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  const stderr = (r.stderr ?? '').replace(/\n\tCommand being timed:[\s\S]*$/, '').trim();
  if (r.status !== 0)
    throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${r.status ?? r.signal}):\n${stderr.slice(-4000)}`);
  const json = (r.stdout ?? '')
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  return {
    wall,
    rssMb: rssKb ? Math.round(Number(rssKb) / 1024) : null,
    stdout: r.stdout ?? '',
    result: json ? JSON.parse(json) : null,
    load: (loadBefore + loadavg()[0]) / 2,
  };
}

/** The run with the median wall time (RUNS is odd). */
function median(runs) {
  return [...runs].sort((a, b) => a.wall - b.wall)[(runs.length - 1) >> 1];
}

function sha256(path) {
  return new Promise((res, rej) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => h.update(d))
      .on('end', () => res(h.digest('hex')))
      .on('error', rej);
  });
}

function machine() {
  const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' }).stdout ?? '';
  const model = /Model name:\s*(.+)/.exec(lscpu)?.[1]?.trim() || cpus()[0]?.model || 'unknown';
  const sqlite = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' }).stdout?.split(' ')[0] ?? 'not installed';
  return {
    cpu: model,
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    sqlite3: sqlite,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

const fmt = (n, digits = 2) => (n === null || n === undefined ? '—' : Number(n).toFixed(digits));
const int = (n) => (n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en'));
const sizeName = (n) =>
  n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);

/**
 * What an import costs before its first row: the same step on a 1,000-product catalog (Node start,
 * modules, the worker thread, a new project, the commit), against the baseline on the same file.
 */
function benchStartup() {
  const csv = join(BENCH_DIR, 'products-1000.csv');
  if (!existsSync(csv)) measure('node', ['out/node/bench.js', 'generate', '1000', csv]);
  log('start-up: import of 1,000 products');
  const cliDb = join(BENCH_DIR, 'sqlite3-1000.db');
  rmSync(cliDb, { force: true });
  const base = measure('sqlite3', [cliDb], { input: `.mode csv\n.import ${csv} products\nselect count(*) from products;\n` });
  rmSync(cliDb, { force: true });
  const project = join(BENCH_DIR, 'products-1000.cdoc');
  const imp = measure('node', ['out/node/bench.js', 'import', csv, project]);
  // As this machine's shell starts Node, with NODE_EXTRA_CA_CERTS (see BENCH_ENV).
  const withCa = EXTRA_CA ? measure('node', ['out/node/bench.js', 'import', csv, project], { env: process.env }) : null;
  const bare = measure('node', ['-e', '']);
  const bareWithCa = EXTRA_CA ? measure('node', ['-e', ''], { env: process.env }) : null;
  rmSync(project, { force: true });
  return {
    baseWall: base.wall,
    importWall: imp.wall,
    inProcess: imp.result.seconds,
    load: imp.load,
    importWithCaWall: withCa?.wall ?? null,
    nodeWall: bare.wall,
    nodeWithCaWall: bareWithCa?.wall ?? null,
  };
}

/** The generated catalog of n products (made once, kept in .bench/); `randomIds`: ids and item groups in no order. */
function catalog(n, randomIds = false, ext = 'csv') {
  const csv = join(BENCH_DIR, `products-${n}${randomIds ? '-random-ids' : ''}.${ext}`);
  const stamp = `${csv}.rows`;
  if (!existsSync(csv) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(n)) {
    log(`generating ${int(n)} products -> ${csv}`);
    measure('node', ['out/node/bench.js', 'generate', String(n), csv, ...(randomIds ? ['random-ids'] : [])]);
    writeFileSync(stamp, String(n));
  }
  return csv;
}

/**
 * The baseline and the import take turns, RUNS times each, and each is judged by its median: on a
 * shared virtual machine one run of either can be a second off. Dirty pages of the step before are
 * written out first (sync), so neither pays for the other's disk writes.
 */
function importRuns(n, csv, label) {
  const cliDb = join(BENCH_DIR, `sqlite3-${n}.db`);
  const project = join(BENCH_DIR, `products-${n}.cdoc`);
  const bases = [];
  const imps = [];
  for (let run = 1; run <= RUNS; run++) {
    log(`${label}: sqlite3 .import (baseline), run ${run}/${RUNS}`);
    rmSync(cliDb, { force: true });
    spawnSync('sync');
    bases.push(measure('sqlite3', [cliDb], { input: `.mode csv\n.import ${csv} products\nselect count(*) from products;\n` }));
    rmSync(cliDb, { force: true });
    log(`${label}: import, run ${run}/${RUNS}`);
    spawnSync('sync');
    imps.push(measure('node', ['out/node/bench.js', 'import', csv, project]));
  }
  return { bases, imps, project };
}

async function benchSize(n) {
  const csv = catalog(n);
  const bytes = statSync(csv).size;
  const rows = [];
  const add = (step, m, extra = {}) =>
    rows.push({ size: n, step, wall: m.wall, rowsPerSecond: n / m.wall, rssMb: m.rssMb, load: m.load, ...extra });

  const runs = (ms) => (ms.length > 1 ? `; median of ${ms.map((m) => fmt(m.wall)).join(', ')} s` : '');
  /** The baseline's and the import's rows for one catalog; the import's ratio to the baseline. */
  const compare = ({ bases, imps }, what) => {
    const base = median(bases);
    const baseCount = Number(base.stdout.trim().split('\n').pop());
    add(`sqlite3 CLI \`.import\` (baseline)${what}`, base, { note: `${int(baseCount)} rows in the table${runs(bases)}` });
    const imp = median(imps);
    const ratio = imp.wall / base.wall;
    // Each turn's own ratio (its import over the baseline run just before it): how far the machine moves the verdict.
    const turns = imps.map((m, i) => m.wall / bases[i].wall);
    const spread = turns.length > 1 ? `; turn by turn ${fmt(Math.min(...turns))}-${fmt(Math.max(...turns))}x` : '';
    add(`Catalog Doctor import${what}`, imp, {
      note: `${int(imp.result.products)} products; ${fmt(ratio)}x the baseline (target ≤ ${TARGETS.importVsSqlite}x)${spread}${runs(imps)}`,
      ok: ratio <= TARGETS.importVsSqlite && Math.max(...imps.map((m) => m.rssMb ?? 0)) < TARGETS.peakRssMb,
    });
    return { ratio, imp };
  };
  const sorted = importRuns(n, csv, sizeName(n));
  const { project } = sorted;
  const { ratio: sortedRatio, imp } = compare(sorted, '');

  log(`${sizeName(n)}: export source`);
  const out = join(BENCH_DIR, `products-${n}.export.csv`);
  const exp = measure('node', ['out/node/bench.js', 'export', project, out]);
  const identical = (await sha256(out)) === (await sha256(csv));
  const exportTarget = n >= 1_000_000 ? ` (target < ${TARGETS.export1mSeconds} s)` : '';
  add('Catalog Doctor export `source`', exp, {
    note: `${identical ? 'byte-identical to the imported CSV' : 'DIFFERS from the imported CSV'}${exportTarget}`,
    ok: identical && (n < 1_000_000 || exp.wall < TARGETS.export1mSeconds) && (exp.rssMb ?? 0) < TARGETS.peakRssMb,
  });
  rmSync(out, { force: true });

  for (const parser of ['tokenizer', 'csv-parse']) {
    log(`${sizeName(n)}: parse only (${parser})`);
    const p = measure('node', ['out/node/bench.js', 'parse', csv, parser]);
    add(parser === 'tokenizer' ? 'parse only: csv-tokenizer.ts' : 'parse only: csv-parse 7', p, {
      note: `${int(p.result.rows)} records read`,
    });
  }
  const projectBytes = statSync(project).size;
  rmSync(project, { force: true });

  // The same catalog with ids and item groups in no order, as an export sorted by another column has
  // them: the indexes on id and item group are then built from keys in random order.
  const shuffled = importRuns(n, catalog(n, true), `${sizeName(n)}, ids in random order`);
  rmSync(shuffled.project, { force: true });
  const { ratio: randomRatio, imp: randomImp } = compare(shuffled, ', ids in random order');
  const ratio = Math.max(sortedRatio, randomRatio);
  return {
    n,
    bytes,
    projectBytes,
    rows,
    ratio,
    importWall: Math.max(imp.wall, randomImp.wall),
    csvImportWall: imp.wall,
    exportWall: exp.wall,
  };
}

/** The other formats a seller imports, as the 100k catalog's products in each (scripts/bench/generate.ts). */
const FORMATS = [
  { ext: 'xml', name: 'Google Merchant XML (RSS 2.0, g: namespace)' },
  { ext: 'jsonl', name: 'JSON Lines' },
  { ext: 'json', name: 'JSON (one list)' },
  { ext: 'xlsx', name: 'XLSX (one sheet, shared strings)' },
];

/**
 * Each format once, against the CSV import of the same products measured just before (its median):
 * not a target, but what a seller waits for with a feed or a workbook instead of a CSV.
 */
function benchFormats(sizeResult) {
  const n = sizeResult.n;
  const project = join(BENCH_DIR, `formats-${n}.cdoc`);
  const rows = [];
  for (const f of FORMATS) {
    const file = catalog(n, false, f.ext);
    log(`${sizeName(n)}: import ${f.ext}`);
    spawnSync('sync');
    const m = measure('node', ['out/node/bench.js', 'import', file, project]);
    rmSync(project, { force: true });
    rows.push({ ...f, n, bytes: statSync(file).size, wall: m.wall, rssMb: m.rssMb, load: m.load, products: m.result.products });
  }
  return { n, csvWall: sizeResult.csvImportWall, csvBytes: sizeResult.bytes, rows };
}

function formatsTable(formats) {
  if (!formats) return '_Not run._';
  const lines = [
    '| format | file (MB) | wall (s) | products/s | peak RSS (MB) | load avg | vs the CSV import |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| CSV (the rows above; median) | ${(formats.csvBytes / 1e6).toFixed(1)} | ${fmt(formats.csvWall)} | ${int(formats.n / formats.csvWall)} | | | 1.00x |`,
  ];
  for (const r of formats.rows)
    lines.push(
      `| ${r.name} | ${(r.bytes / 1e6).toFixed(1)} | ${fmt(r.wall)} | ${int(r.products / r.wall)} | ${r.rssMb ?? '—'} | ${fmt(r.load, 1)} | ${fmt(r.wall / formats.csvWall)}x |`,
    );
  return lines.join('\n');
}

/** The other engineers' standalone benches, at a small size with --quick. */
function otherBenches() {
  const quickArgs = { grid: ['100000'], suggest: ['--products=20000', '--embed=500', '--ocr-rounds=1'] };
  const out = [];
  for (const f of readdirSync(join(ROOT, 'scripts')).sort()) {
    const m = /^bench-(.+)\.ts$/.exec(f);
    if (!m) continue;
    const name = m[1];
    const script = `out/node/bench-${name}.js`;
    const a = quick ? (quickArgs[name] ?? ['--quick']) : [];
    log(`other bench: ${name} ${a.join(' ')}`);
    try {
      const r = measure('node', [script, ...a]);
      out.push({ name, args: a, wall: r.wall, rssMb: r.rssMb, load: r.load, output: r.stdout.trim() });
    } catch (err) {
      out.push({ name, args: a, error: String(err.message ?? err).slice(0, 2000) });
    }
  }
  return out;
}

function table(results) {
  const lines = [
    '| products | step | wall (s) | rows/s | peak RSS (MB) | load avg | result |',
    '|---:|---|---:|---:|---:|---:|---|',
  ];
  for (const r of results.flatMap((x) => x.rows)) {
    const verdict = r.ok === undefined ? '' : r.ok ? 'meets target: ' : 'MISSES target: ';
    lines.push(
      `| ${sizeName(r.size)} | ${r.step} | ${fmt(r.wall)} | ${int(r.rowsPerSecond)} | ${r.rssMb ?? '—'} | ${fmt(r.load, 1)} | ${verdict}${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** What the import target needs, from this run's numbers and the profile of the pipeline. */
function gapSection(results, startup) {
  const ca =
    startup.importWithCaWall === null
      ? ''
      : ` Node started as this machine's shell starts it, with NODE_EXTRA_CA_CERTS set, the same import takes
${fmt(startup.importWithCaWall)} s (an empty \`node -e ''\`: ${fmt(startup.nodeWithCaWall)} s with it, ${fmt(startup.nodeWall)} s without); the rows above
are measured without it (scripts/bench.mjs, BENCH_ENV, says why).`;
  const fixed = `Start-up, measured in the same run: importing a 1,000-product catalog the same way takes ${fmt(startup.importWall)} s
(${fmt(startup.inProcess)} s of it from opening the project to closing it; the rest is Node starting and loading modules), against
${fmt(startup.baseWall)} s for the sqlite3 CLI. That is Node and V8 starting, the worker thread starting and compiling its code,
and the commit, which the baseline, a C program, does not pay.${ca}`;
  // The largest catalog that misses: small ones are dominated by start-up costs.
  const worst = [...results].reverse().find((r) => r.ratio > TARGETS.importVsSqlite);
  if (!worst) {
    const closest = [...results].sort((a, b) => b.ratio - a.ratio)[0];
    const margin = closest
      ? ` The closest is ${sizeName(closest.n)} products at ${fmt(closest.ratio)}x; see its turn-by-turn ratios above for how much the machine moves it.`
      : '';
    return `## Import target\n\nMet in this run at every size.${margin} The import needs two cores (a worker parses while the main
thread inserts), where the baseline needs one, so a host that gives the second core less, or faults memory in slowly, moves
our time and not the baseline's; ${HOST_NOTE}\n\n${fixed}`;
  }
  return `## Import target: missed in this run
\nAt ${sizeName(worst.n)} products the import took ${fmt(worst.importWall)} s, ${fmt(worst.ratio)}x the sqlite3 baseline (target ${TARGETS.importVsSqlite}x).
${fixed}
What the rest of the time was, from per-thread CPU (\`/proc/thread-self/schedstat\`) and timestamps of this import at 100k on the
development host of 2026-11-25 (0.82-0.85 s in all, when quiet; not measured in this run): Node starts and loads the import's modules (about 0.06 s), the worker thread starts,
loads the readers and maps the file's first rows (the first batch arrives about 0.23 s after the process started; the main
thread has opened the project by 0.15 s and waits), the rows stream (about 0.44 s: 0.35 s of the main thread's CPU, the
inserts at about 3.5 µs a product; both threads also wait about 0.05 s each for a core, taken by V8 compiling the hot code
and by its garbage collector), the indexes are built (0.09 s), the commit waits for the disk (0.05 s) and the process exits
(0.03 s). The import needs two cores: when this virtual machine gives the second one less (it varies from hour to hour), the
same import takes 1.1-1.2 s while the single-threaded baseline keeps its time. Tried and dropped (no gain measured, or a
loss): multi-row INSERTs (twice), keeping the indexes live during a first import (the same at 100k, far slower with ids in
random order), a background fsync of the products while the indexes build (the commit's wait fell from 50 to 13 ms, the
index build rose as much), concatenating a batch's texts instead of joining them, V8 flags (single-threaded GC, smaller
semi-spaces), letting the worker start alone before the main thread loads its modules, a batch handed to SQLite as one
JSON text read back with \`json_each\`/\`jsonb_each\` (1.2-1.9x slower than binding), more batches in flight, SQLite's
sorter threads for the index build.`;
}

function markdown(m, results, formats, others, loadStart, loadEnd, startup) {
  const files = results
    .map((r) => `${sizeName(r.n)}: ${(r.bytes / 1e6).toFixed(1)} MB CSV, project ${(r.projectBytes / 1e6).toFixed(0)} MB`)
    .join('; ');
  const otherText = others.length
    ? others
        .map((o) =>
          o.error
            ? `### bench-${o.name} ${o.args.join(' ')}\n\nFailed in this run:\n\n\`\`\`\n${o.error}\n\`\`\``
            : `### bench-${o.name} ${o.args.join(' ')}\n\nWall ${fmt(o.wall)} s, peak RSS ${o.rssMb ?? '—'} MB, load average ${fmt(o.load, 1)}.\n\n\`\`\`\n${o.output}\n\`\`\``,
        )
        .join('\n\n')
    : '_Not run (`--no-others`) or none present._';
  return `# Benchmarks

Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (scripts/bench.mjs) on ${m.date}. Every number in the tables, in *Import
target* and in *Other benches* was measured in that run. *Why it is this fast* cites the measurements that decided each design
choice when it was made (on the development hosts of 2026-11), to say why, not what this run measured.

## Machine

| CPU | cores | RAM | Node | sqlite3 CLI |
|---|---:|---:|---|---|
| ${m.cpu} | ${m.cores} | ${m.ramGiB} GiB | ${m.node} | ${m.sqlite3} |

The machine is shared: the 1-minute load average was ${fmt(loadStart, 1)} at the start and ${fmt(loadEnd, 1)} at the end
(${m.cores} cores), and each row shows the load average during its step. Times on a loaded machine are longer than on
an idle one, for the baseline and for us alike, so compare rows measured under similar load.

## Import and export (issue 2)

Generated catalogs (scripts/bench/generate.ts): 14 columns like a merchant export (id, item_group_id, title with commas,
~100-character description, some with \`"\` and line breaks, brand, color, size, material, \`25.39 USD\` prices, 13-digit GTINs
with valid check digits, category, image link, availability, condition), 1–6 variants per item group. ${files}.

${table(results)}

Targets: import within ${TARGETS.importVsSqlite}x of the sqlite3 CLI's \`.import\` of the same CSV, timed in the same run; export of
1M rows under ${TARGETS.export1mSeconds} s; peak RSS under 1.5 GB.

How each step is measured: its own child process under \`/usr/bin/time -v\` (wall clock of the whole process, start-up included;
peak RSS of the process with its worker threads). The baseline and the import take turns, ${RUNS} times each, after \`sync\`
(so neither pays for the other's disk writes), and each is judged by its median run; the other steps run once.
- **sqlite3 baseline**: \`sqlite3 db\` reading \`.mode csv\` / \`.import <csv> products\` / \`select count(*)\`: 14 TEXT columns, no index.
- **import**: \`node out/node/bench.js import\`: opens a new project, \`importCatalog\` (automatic layout and mapping), closes
  it (WAL checkpoint). It stores more than the baseline: each product in its canonical columns, what its source row needs
  beyond them for an exact round trip, and two indexes (item group, id).
- **export**: \`node out/node/bench.js export\`: the \`source\` profile to a file (atomic write, formula guard on), then the file
  is compared with the imported CSV byte for byte.
- **parse only**: decoding and tokenizing the file, no database: our RFC 4180 tokenizer against csv-parse 7 with the options the
  reader used before.

Why it is this fast:
- The file is parsed and mapped in a worker thread (electron/core/import/worker.ts) while the main thread only inserts, with
  at most 4 batches in flight (bounded memory). A batch is at most 500 records or 128K characters of values: an array of a
  larger batch is allocated in V8's old generation, where every young string stored into it costs a write barrier (1,000
  records per batch made the worker 2 s slower at 1M). The worker's young generation is 12 MB, which holds a batch and stays
  in the CPU's caches (the producer alone: 170-240 ms for 100k products, against 250-410 ms with the 64 MB it had before).
- A batch's products cross to the main thread packed (electron/core/import/packed-products.ts): two Int32Arrays and a few
  texts the values are cut from with \`slice\`, each under V8's 128 KiB regular object size. Copying a message makes every
  string in it anew on the receiving side; receiving 100k products took the main thread 113-170 ms as arrays of values,
  39-95 ms as texts of 37 KB, and 255-290 ms as texts of 148 KB (a string that large gets fresh pages of its own).
- The main thread binds each product's values as arguments (\`stmt.run(...values)\`), not as one array, which better-sqlite3
  reads one V8 API call per element: 2.6-2.9 µs a product instead of 3.0-3.4 µs.
- Files are read synchronously (in the worker) into one reused 32 KiB buffer: a chunk's text is then an ordinary string on
  V8's young heap, where a 1 MiB one is made outside it, and no chunk needs fresh memory, whose pages fault in one by one on
  this virtual machine (reading 31 MB through a read stream of fresh 32 KiB buffers took 210 ms, this way 10 ms). Together
  this made 100k imports 30% faster and 1M imports use 170 MB instead of 280 MB. Readers hand over all the records of a chunk at once (one promise per chunk, not three per record); a
  hand-written RFC 4180 tokenizer (electron/core/import/readers/csv-tokenizer.ts) splits lines without quotes natively and
  crosses quoted cells with \`indexOf\`; all-ASCII chunks of a UTF-8 file are read as Latin-1 (same text, no UTF-8 decoding).
- The import's worker starts before the project opens (the CLI's import and run commands, and this bench, call
  \`prestartImport\`), so its start overlaps the main thread's; iconv-lite and chardet load only for files not in UTF-8.
  Each worker is built as one file (scripts/build-node.mjs): the import worker loads in 21-29 ms instead of 29-44 ms from
  shared chunks. The switch to a rollback journal (below, about 20 ms of fsyncs) is done while the worker starts.
- One-row-per-product layouts run a compiled plan (electron/core/import/layouts/flat.ts): each row's values go into a reused
  array, and everything that depends only on which fields a row fills (its INSERT, its cell map, which cells the product
  reproduces) is worked out once per pattern, not per row.
- Each value is stored once (schema 9): a product's source row is stored in the product's own row (one insert per product,
  not two), and a cell that the product's value reproduces is stored as \`0\`; only blank cells, ignored columns and converted
  cells are kept as text. A product's originals are its current values until its first edit copies them, and its cell map
  is a reference to one of its source's few distinct maps (schema 8).
- Products share one INSERT per form (electron/core/import/messages.ts, InsertForm): it binds only the fields they fill,
  and writes what they all have in common (the source's shared cell map, no custom attributes, a row the product reproduces
  entirely) as constants of the statement, so each product copies and binds 5 fewer values.
- A first import (a project with no products yet) drops the products table's indexes inside its transaction and builds them
  again at the end, one sort each, with a 4 MiB page cache while it loads (pages are written as they fill, not all at the
  commit). With ids in random order, keeping the indexes in order row by row was the largest cost of a 1M import.
- During the import the project switches from WAL to a rollback journal (every page written once instead of twice); the
  import is still one transaction, so a cancel or failure rolls back, and the project returns to WAL afterwards.
- Export reads each row with only the product fields its source's cell maps name, and compares values with the originals
  only for products the change record touched.

${gapSection(results, startup)}

## Other formats

The ${formats ? sizeName(formats.n) : ''} catalog's products written as each format a seller imports (\`generate <n> <file>\`, by extension), imported once
each the same way (a new project, automatic layout and mapping), against the CSV import's median above. XML feeds, JSON
lists and JSON Lines are read twice (field names first, then rows) so memory stays bounded whatever the file's size; XLSX is
read by exceljs's streaming reader.

${formatsTable(formats)}

## Other benches

${otherText}
`;
}

async function main() {
  mkdirSync(BENCH_DIR, { recursive: true });
  log('building (scripts/build-node.mjs)');
  const b = spawnSync('node', ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed');
  if (!TIME) log('warning: /usr/bin/time not found; peak RSS comes from the phases themselves');
  const m = machine();
  const loadStart = loadavg()[0];
  const results = [];
  for (const n of SIZES) results.push(await benchSize(n));
  const formats = args.includes('--no-formats') ? null : benchFormats(results[0]);
  const startup = benchStartup();
  console.log(table(results));
  const others = runOthers ? otherBenches() : [];
  for (const o of others) console.log(`\nbench-${o.name}: ${o.error ? 'FAILED' : `${fmt(o.wall)} s`}\n${o.error ?? o.output}`);
  const loadEnd = loadavg()[0];
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown(m, results, formats, others, loadStart, loadEnd, startup));
  log('wrote BENCHMARKS.md');
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
