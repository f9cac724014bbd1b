import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage analyze` — not yet implemented. */
export function registerAnalyze(program: Command, _ctx: CommandContext): void {
  program.command('analyze').description('(not yet implemented)');
}
