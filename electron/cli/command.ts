import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

export type Flags = Record<string, string | boolean | string[] | undefined>;

/** Parses a command's flags strictly; a mistake is a usage error (exit 2). `--json` is common to all. */
export function parse(args: string[], options: ParseArgsConfig['options']): { values: Flags; positionals: string[] } {
  try {
    const r = parseArgs({ args, options: { json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
    return { values: r.values as Flags, positionals: r.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** `--json` prints one JSON object on stdout; otherwise a short text for people. */
export function print(json: boolean | string | string[] | undefined, obj: unknown, text: string): void {
  process.stdout.write(json ? JSON.stringify(obj) + '\n' : text + '\n');
}

/** One CLI command: its name, one usage line for --help, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  usage: string;
  run(args: string[]): Promise<number | void>;
}

/** What a command's own module holds: how it runs (its name and usage line are in commands/index.ts). */
export type CommandRun = Pick<Command, 'run'>;
