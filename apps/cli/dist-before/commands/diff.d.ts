import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/** `frontstage diff <old> <new>`: what a reviewer approves when revision A/1 replaces A/0. */
export declare function registerDiff(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=diff.d.ts.map