import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage validate` — not yet implemented. */
export function registerValidate(program: Command, _ctx: CommandContext): void {
  program.command('validate').description('(not yet implemented)');
}
