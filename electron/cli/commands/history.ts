import { openProject, closeProject, undo, redo } from '../../core/store/index.js';
import { UsageError } from '../errors.js';
import { parse, print, type CommandRun } from '../command.js';

function historyCommand(which: 'undo' | 'redo'): CommandRun {
  return {
    async run(args) {
      const { values, positionals } = parse(args, {});
      if (!positionals[0]) throw new UsageError(`${which}: name a project (.cdoc)`);
      const db = openProject(positionals[0], { create: false });
      try {
        const r = which === 'undo' ? undo(db) : redo(db);
        print(
          values.json,
          r ?? { batchId: null, changes: 0 },
          r ? `${which === 'undo' ? 'undid' : 'redid'} "${r.why}" (${r.changes} changes)` : `nothing to ${which}`,
        );
      } finally {
        closeProject(db);
      }
    },
  };
}

export const undoCommand = historyCommand('undo');
export const redoCommand = historyCommand('redo');
