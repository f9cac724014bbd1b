import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/** `frontstage init [file]`: a guided scaffold following the seven blueprinting steps. */
export declare function registerInit(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=init.d.ts.map