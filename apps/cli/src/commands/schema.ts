import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage schema` — not yet implemented. */
export function registerSchema(program: Command, _ctx: CommandContext): void {
  program.command('schema').description('(not yet implemented)');
}
