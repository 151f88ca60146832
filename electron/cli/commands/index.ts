import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { infoCommand } from './info.js';
import { exportCommand } from './export.js';
import { auditCommand } from './audit.js';
import { undoCommand, redoCommand } from './history.js';
import { runCommand } from './run.js';
import { suggestCommand } from './suggest.js';
import { acceptCommand } from './accept.js';
import { serveCommand } from './serve.js';

/** Every CLI command, in the order --help lists them. Each lives in its own file. */
export const COMMANDS: readonly Command[] = [
  importCommand,
  infoCommand,
  exportCommand,
  auditCommand,
  suggestCommand,
  acceptCommand,
  undoCommand,
  redoCommand,
  runCommand((name) => COMMANDS.find((c) => c.name === name)!),
  serveCommand,
];
