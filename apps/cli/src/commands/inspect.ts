import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage inspect` — not yet implemented. */
export function registerInspect(program: Command, _ctx: CommandContext): void {
  program.command('inspect').description('(not yet implemented)');
}
