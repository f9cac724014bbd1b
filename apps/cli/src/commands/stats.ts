import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage stats` — not yet implemented. */
export function registerStats(program: Command, _ctx: CommandContext): void {
  program.command('stats').description('(not yet implemented)');
}
