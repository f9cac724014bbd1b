import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage init` — not yet implemented. */
export function registerInit(program: Command, _ctx: CommandContext): void {
  program.command('init').description('(not yet implemented)');
}
