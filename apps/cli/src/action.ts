import { CliError } from './errors.js';
import { t } from './i18n.js';
import { EXIT_INVALID } from './io.js';
import type { CommandContext } from './program.js';

/**
 * Wraps a command's action: an expected failure (CliError) prints one line naming the problem and sets its exit
 * code; anything else prints a short internal-error line. Never a stack trace to the user.
 */
export function action<A extends unknown[]>(
  ctx: CommandContext,
  fn: (...args: A) => Promise<void> | void,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      const expected = err instanceof CliError;
      const message = expected
        ? err.message
        : t(ctx.lang, 'error.internal', { message: err instanceof Error ? err.message : String(err) });
      ctx.io.stderr.write(`${t(ctx.lang, 'error.prefix')}${message}\n`);
      ctx.exitCode = expected ? err.exitCode : EXIT_INVALID;
      // With `--json`, a failure is machine-readable too: a script reading stdout gets an answer, not nothing.
      if (args.some((a) => typeof a === 'object' && a !== null && (a as { json?: unknown }).json === true)) {
        writeJsonFailure(ctx.io.stdout, ctx.exitCode, message, expected ? err.diagnostics : undefined);
      }
    }
  };
}

/** Writes one line to stdout. */
export function out(ctx: CommandContext, line = ''): void {
  ctx.io.stdout.write(`${line}\n`);
}

/** Writes one line to stderr. */
export function err(ctx: CommandContext, line = ''): void {
  ctx.io.stderr.write(`${line}\n`);
}

/** What a command run with `--json` prints on stdout when it fails, so that a script always gets JSON back. */
export function writeJsonFailure(
  stdout: { write(s: string): unknown },
  exitCode: number,
  error: string,
  diagnostics?: readonly Record<string, unknown>[],
): void {
  const report = { ok: false, exitCode, error, ...(diagnostics ? { diagnostics } : {}) };
  stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
