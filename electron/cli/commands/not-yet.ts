import { NotAvailableError } from '../errors.js';
import type { Command } from '../command.js';

/** A command whose capability has not landed yet: it says so honestly (exit 1). */
export function notYet(name: string, usage: string): Command {
  return {
    name,
    usage,
    run: async () => {
      throw new NotAvailableError(name);
    },
  };
}
