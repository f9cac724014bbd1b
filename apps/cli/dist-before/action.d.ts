import type { CommandContext } from './program.js';
/**
 * Wraps a command's action: an expected failure (CliError) prints one line naming the problem and sets its exit
 * code; anything else prints a short internal-error line. Never a stack trace to the user.
 */
export declare function action<A extends unknown[]>(ctx: CommandContext, fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void>;
/** Writes one line to stdout. */
export declare function out(ctx: CommandContext, line?: string): void;
/** Writes one line to stderr. */
export declare function err(ctx: CommandContext, line?: string): void;
//# sourceMappingURL=action.d.ts.map