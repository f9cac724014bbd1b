import type { Command } from 'commander';
import type { CommandContext } from '../program.js';

/** `frontstage render` — not yet implemented. */
export function registerRender(program: Command, _ctx: CommandContext): void {
  program.command('render').description('(not yet implemented)');
}
