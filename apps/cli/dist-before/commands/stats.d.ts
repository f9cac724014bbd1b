import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/**
 * `frontstage stats <method>`: every `@frontstage/metrics` method from the command line, JSON in on stdin and
 * JSON out, for people scripting from Python, R or Excel. `--list` shows the methods and their input shapes.
 */
export declare function registerStats(program: Command, ctx: CommandContext): void;
//# sourceMappingURL=stats.d.ts.map