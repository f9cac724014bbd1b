import { Command } from 'commander';
import { type Lang } from './i18n.js';
import { type CliIO, type ExitCode } from './io.js';
/** A command's action sets `exitCode`; commander's own parse errors map to EXIT_USAGE. */
export interface CommandContext {
    readonly io: CliIO;
    /** The output language, resolved from `--lang` or the environment before parsing. */
    readonly lang: Lang;
    exitCode: ExitCode;
}
/** Builds the `frontstage` program; each command lives in `commands/<name>.ts`. */
export declare function buildProgram(ctx: CommandContext): Command;
/** Runs the CLI with the given arguments and returns the exit code; never throws to the caller. */
export declare function run(argv: readonly string[], io: CliIO): Promise<ExitCode>;
//# sourceMappingURL=program.d.ts.map