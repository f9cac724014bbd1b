import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/**
 * `frontstage validate <files...>`: parse and lint each file; one line per finding as
 * `file:line:column severity code message` with its hint, then a summary. Exit 1 when any file has an error
 * (or cannot be read), 0 with warnings only.
 */
export declare function registerValidate(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=validate.d.ts.map