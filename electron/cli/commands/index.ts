import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { infoCommand } from './info.js';
import { exportCommand } from './export.js';
import { undoCommand, redoCommand } from './history.js';
import { notYet } from './not-yet.js';
import { runCommand } from './run.js';

/** Every CLI command, in the order --help lists them. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [
  importCommand,
  infoCommand,
  exportCommand,
  notYet('audit', 'audit <p.cdoc|file> [--profile NAME]... [--out findings.csv] [--json]'),
  notYet('suggest', 'suggest <p.cdoc|file> [--images DIR] [--fields f1,f2] [--out suggestions.csv] [--json]'),
  notYet('accept', 'accept <p.cdoc> [--min-confidence X] [--field F] [--source S]'),
  undoCommand,
  redoCommand,
  runCommand((name) => COMMANDS.find((c) => c.name === name)!),
  notYet('serve', 'serve [<p.cdoc> | --sample] [--port N] [--no-open]'),
];
