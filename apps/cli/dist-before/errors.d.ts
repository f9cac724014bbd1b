import { type ExitCode } from './io.js';
/**
 * An expected failure with a message already in the user's language: a missing file, a bad option value.
 * Commands throw it; the action wrapper prints `frontstage: <message>` and exits with `exitCode`. Never a stack trace.
 */
export declare class CliError extends Error {
    readonly exitCode: ExitCode;
    constructor(message: string, exitCode?: ExitCode);
}
//# sourceMappingURL=errors.d.ts.map