import { EXIT_INVALID } from './io.js';
/**
 * An expected failure with a message already in the user's language: a missing file, a bad option value.
 * Commands throw it; the action wrapper prints `frontstage: <message>` and exits with `exitCode`. Never a stack trace.
 */
export class CliError extends Error {
    exitCode;
    constructor(message, exitCode = EXIT_INVALID) {
        super(message);
        this.name = 'CliError';
        this.exitCode = exitCode;
    }
}
//# sourceMappingURL=errors.js.map