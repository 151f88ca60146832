import type { Command, CommandRun } from '../command.js';
import { LAYOUTS } from '../../../shared/layouts.js';
// The profile names only (data files, no schema): --help must not load the audit engine.
import { PROFILE_NAMES } from '../../core/audit/profiles/names.js';

/**
 * A command whose module, and the engine code it needs, loads only when it runs: `--help` or a
 * usage error answers at once, and each command loads only its own part of the engine.
 */
function lazy(name: string, usage: string, load: () => Promise<CommandRun>): Command {
  return { name, usage, run: async (args) => (await load()).run(args) };
}

/** Every CLI command, in the order --help lists them. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [
  lazy(
    'import',
    `import <file>... --project <p.cdoc> [--layout auto|${LAYOUTS.join('|')}] [--encoding NAME] [--sheet NAME] [--mapping FILE.json] [--json]`,
    async () => (await import('./import.js')).importCommand,
  ),
  lazy('info', 'info <p.cdoc> [--json]', async () => (await import('./info.js')).infoCommand),
  lazy(
    'export',
    'export <p.cdoc|file> --profile <name> --out <file> [--format csv|tsv|xml] [--bom] [--no-formula-guard] [--json]',
    async () => (await import('./export.js')).exportCommand,
  ),
  lazy(
    'audit',
    `audit <p.cdoc|file> [--profile ${PROFILE_NAMES.join('|')}]... [--out findings.csv] [--full] [--json]`,
    async () => (await import('./audit.js')).auditCommand,
  ),
  lazy(
    'suggest',
    'suggest <p.cdoc|file> [--images DIR] [--fields f1,f2] [--out suggestions.csv] [--model DIR] [--taxonomy FILE] [--no-model] [--json]',
    async () => (await import('./suggest.js')).suggestCommand,
  ),
  lazy(
    'accept',
    'accept <p.cdoc> [--min-confidence X] [--field F] [--source S] [--json]',
    async () => (await import('./accept.js')).acceptCommand,
  ),
  lazy('undo', 'undo <p.cdoc> [--json]', async () => (await import('./history.js')).undoCommand),
  lazy('redo', 'redo <p.cdoc> [--json]', async () => (await import('./history.js')).redoCommand),
  lazy('run', 'run <catalog> --out <dir> [--images DIR] [--profile NAME]...', async () =>
    (await import('./run.js')).runCommand((name) => COMMANDS.find((c) => c.name === name)!),
  ),
  lazy('serve', 'serve [<p.cdoc> | --sample] [--port N] [--no-open]', async () => (await import('./serve.js')).serveCommand),
];
