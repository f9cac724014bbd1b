import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/** `frontstage inspect <file>`: the derived facts of a service file as a readable report, or `--json`. */
export declare function registerInspect(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=inspect.d.ts.map