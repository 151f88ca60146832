import { ImportError, CancelledError } from '../core/import/errors.js';
import { COMMANDS } from './commands/index.js';
import { UsageError } from './errors.js';

const HELP = `catalog-doctor — audit and clean a product catalog offline

Usage:
${COMMANDS.map((c) => `  catalog-doctor ${c.usage}`).join('\n')}

Exit codes: 0 success, 1 bad input, 2 usage error.`;

/** Runs one CLI invocation and returns its exit code: 0 success, 1 bad input, 2 usage error. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      process.stdout.write(HELP + '\n');
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    // Commands that import a catalog start the import's worker thread now, while they load and open the project.
    if (name === 'import' || name === 'run') (await import('../core/import/import-thread.js')).prestartImport();
    return (await command.run(rest)) ?? 0;
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
