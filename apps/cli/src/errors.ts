import { EXIT_INVALID, type ExitCode } from './io.js';

/**
 * An expected failure with a message already in the user's language: a missing file, a bad option value.
 * Commands throw it; the action wrapper prints `frontstage: <message>` and exits with `exitCode`. Never a stack trace.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** The findings behind the failure, as `--json` reports them (for a file with errors). */
  readonly diagnostics: readonly Record<string, unknown>[] | undefined;
  constructor(
    message: string,
    exitCode: ExitCode = EXIT_INVALID,
    diagnostics?: readonly Record<string, unknown>[],
  ) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.diagnostics = diagnostics;
  }
}
