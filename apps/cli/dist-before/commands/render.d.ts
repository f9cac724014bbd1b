import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/**
 * `frontstage render <file> --view blueprint|journey [--format svg|png|pdf] [-o out] [--journey id]`:
 * draws the view and writes it atomically (temporary file + rename); never writes over a directory.
 */
export declare function registerRender(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=render.d.ts.map