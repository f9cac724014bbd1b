import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage diff` — not yet implemented. */
export function registerDiff(program: Command, _ctx: CommandContext): void {
  program.command('diff').description('(not yet implemented)');
}
