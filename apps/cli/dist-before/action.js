import { CliError } from './errors.js';
import { t } from './i18n.js';
import { EXIT_INVALID } from './io.js';
/**
 * Wraps a command's action: an expected failure (CliError) prints one line naming the problem and sets its exit
 * code; anything else prints a short internal-error line. Never a stack trace to the user.
 */
export function action(ctx, fn) {
    return async (...args) => {
        try {
            await fn(...args);
        }
        catch (err) {
            if (err instanceof CliError) {
                ctx.io.stderr.write(`${t(ctx.lang, 'error.prefix')}${err.message}\n`);
                ctx.exitCode = err.exitCode;
                return;
            }
            const message = err instanceof Error ? err.message : String(err);
            ctx.io.stderr.write(`${t(ctx.lang, 'error.prefix')}${t(ctx.lang, 'error.internal', { message })}\n`);
            ctx.exitCode = EXIT_INVALID;
        }
    };
}
/** Writes one line to stdout. */
export function out(ctx, line = '') {
    ctx.io.stdout.write(`${line}\n`);
}
/** Writes one line to stderr. */
export function err(ctx, line = '') {
    ctx.io.stderr.write(`${line}\n`);
}
//# sourceMappingURL=action.js.map