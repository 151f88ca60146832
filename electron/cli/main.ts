import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LAYOUTS, type LayoutName } from '../../shared/layouts.js';
import { openProject, closeProject, undo, redo } from '../core/store/index.js';
import { importCatalog, ImportError, CancelledError } from '../core/import/index.js';
import { exportFeed, WRITERS, type ExportFormat } from '../core/export/index.js';
import { projectInfo } from '../core/project/index.js';
import { openTarget } from './project-arg.js';
import { progressReporter } from './progress.js';
import { UsageError, NotAvailableError } from './errors.js';

const HELP = `catalog-doctor — audit and clean a product catalog offline

Usage:
  catalog-doctor import <file>... --project <p.cdoc> [--layout auto|${LAYOUTS.join('|')}] [--encoding NAME] [--sheet NAME] [--json]
  catalog-doctor info <p.cdoc> [--json]
  catalog-doctor export <p.cdoc|file> --profile <name> --out <file> [--format csv|tsv|xml] [--bom] [--no-formula-guard] [--json]
  catalog-doctor audit <p.cdoc|file> [--profile NAME]... [--out findings.csv] [--json]
  catalog-doctor suggest <p.cdoc|file> [--images DIR] [--fields f1,f2] [--out suggestions.csv] [--json]
  catalog-doctor accept <p.cdoc> [--min-confidence X] [--field F] [--source S]
  catalog-doctor undo <p.cdoc>
  catalog-doctor redo <p.cdoc>
  catalog-doctor run <catalog> --out <dir> [--images DIR] [--profile NAME]...
  catalog-doctor serve [<p.cdoc> | --sample] [--port N] [--no-open]

Exit codes: 0 success, 1 bad input, 2 usage error.`;

type Out = { json: boolean; print(obj: unknown, text: string): void };

function output(json: boolean): Out {
  return {
    json,
    print(obj, text) {
      process.stdout.write(json ? JSON.stringify(obj) + '\n' : text + '\n');
    },
  };
}

type Flags = Record<string, string | boolean | string[] | undefined>;

function parse(args: string[], options: ParseArgsConfig['options']): { values: Flags; positionals: string[] } {
  try {
    const r = parseArgs({ args, options: { json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
    return { values: r.values as Flags, positionals: r.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function cmdImport(args: string[]) {
  const { values, positionals } = parse(args, {
    project: { type: 'string' },
    layout: { type: 'string' },
    encoding: { type: 'string' },
    sheet: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('import: name at least one catalog file');
  if (!values.project) throw new UsageError('import: --project <p.cdoc> is required');
  const layout = (values.layout as string | undefined) ?? 'auto';
  if (layout !== 'auto' && !(LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError(`import: --layout must be auto or one of ${LAYOUTS.join(', ')}`);
  }
  const db = openProject(values.project as string);
  try {
    const results = [];
    for (const file of positionals) {
      results.push(
        await importCatalog(db, file, {
          layout: layout as LayoutName | 'auto',
          encoding: values.encoding as string | undefined,
          sheet: values.sheet as string | undefined,
          onProgress: progressReporter(`import ${file}`),
        }),
      );
    }
    const first = results[0]!;
    const summary = {
      products: results.reduce((n, r) => n + r.products, 0),
      rejected: results.reduce((n, r) => n + r.rejected, 0),
      layout: first.layout,
      encoding: first.encoding,
      format: first.format,
      delimiter: first.delimiter,
      mapping: first.mapping,
      project: values.project,
      files: results.map((r) => ({
        file: r.file,
        products: r.products,
        rejected: r.rejected,
        rows: r.rows,
        layout: r.layout,
        format: r.format,
        encoding: r.encoding,
        mapping: r.mapping,
        rejectedRows: r.rejectedRows,
      })),
    };
    const lines = results.map(
      (r) =>
        `${r.file}: ${r.products} products from ${r.rows} rows (${r.format}, ${r.encoding}, layout ${r.layout})` +
        (r.rejected ? `; ${r.rejected} rows kept aside:\n` + r.rejectedRows.map((x) => `  row ${x.row}: ${x.error}`).join('\n') : ''),
    );
    output(!!values.json).print(summary, lines.join('\n'));
  } finally {
    closeProject(db);
  }
}

async function cmdInfo(args: string[]) {
  const { values, positionals } = parse(args, {});
  if (!positionals[0]) throw new UsageError('info: name a project (.cdoc)');
  const db = openProject(positionals[0], { create: false });
  try {
    const info = projectInfo(db);
    const filled = Object.entries(info.filled)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `  ${f.padEnd(24)} ${n}`)
      .join('\n');
    output(!!values.json).print(
      info,
      `${info.products} products in ${info.groups} groups from ${info.sources.length} source(s)\n` +
        info.sources.map((s) => `  ${s.file} (${s.format}, ${s.layout}, ${s.encoding}): ${s.rows} rows, ${s.rejected} kept aside`).join('\n') +
        `\nFields filled:\n${filled}`,
    );
  } finally {
    closeProject(db);
  }
}

async function cmdExport(args: string[]) {
  const { values, positionals } = parse(args, {
    profile: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    bom: { type: 'boolean' },
    'no-formula-guard': { type: 'boolean' },
  });
  if (!values.profile) throw new UsageError(`export: --profile is required (${WRITERS.map((w) => w.profile).join(', ')})`);
  if (!values.out) throw new UsageError('export: --out <file> is required');
  const format = values.format as string | undefined;
  if (format && !['csv', 'tsv', 'xml'].includes(format)) throw new UsageError('export: --format must be csv, tsv or xml');
  if (!WRITERS.some((w) => w.profile === values.profile)) {
    throw new UsageError(`export: unknown profile "${values.profile}" (known: ${WRITERS.map((w) => w.profile).join(', ')})`);
  }
  const target = await openTarget(positionals[0]);
  try {
    const r = await exportFeed(target.db, {
      profile: values.profile as string,
      out: values.out as string,
      format: format as ExportFormat | undefined,
      bom: !!values.bom,
      formulaGuard: !values['no-formula-guard'],
    });
    output(!!values.json).print(r, `wrote ${r.rows} rows to ${r.path} (${r.profile}, ${r.format}, ${r.bytes} bytes)`);
  } finally {
    target.close();
  }
}

async function cmdUndoRedo(which: 'undo' | 'redo', args: string[]) {
  const { values, positionals } = parse(args, {});
  if (!positionals[0]) throw new UsageError(`${which}: name a project (.cdoc)`);
  const db = openProject(positionals[0], { create: false });
  try {
    const r = which === 'undo' ? undo(db) : redo(db);
    output(!!values.json).print(
      r ?? { batchId: null, changes: 0 },
      r ? `${which === 'undo' ? 'undid' : 'redid'} "${r.why}" (${r.changes} changes)` : `nothing to ${which}`,
    );
  } finally {
    closeProject(db);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP + '\n');
        return command === undefined ? 2 : 0;
      case 'import':
        await cmdImport(rest);
        return 0;
      case 'info':
        await cmdInfo(rest);
        return 0;
      case 'export':
        await cmdExport(rest);
        return 0;
      case 'undo':
      case 'redo':
        await cmdUndoRedo(command, rest);
        return 0;
      case 'audit':
        throw new NotAvailableError('audit');
      case 'suggest':
        throw new NotAvailableError('suggest');
      case 'accept':
        throw new NotAvailableError('accept');
      case 'run':
        throw new NotAvailableError('run');
      case 'serve':
        throw new NotAvailableError('serve');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`catalog-doctor: ${err.message}\nRun "catalog-doctor --help" for usage.\n`);
      return 2;
    }
    if (err instanceof CancelledError) {
      process.stderr.write('catalog-doctor: cancelled; the project is unchanged\n');
      return 1;
    }
    const msg = err instanceof ImportError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`catalog-doctor: ${msg}\n`);
    if (process.env.CATALOG_DOCTOR_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
