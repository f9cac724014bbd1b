import { action, out } from '../action.js';
import { countBySeverity, diagnosticJson, formatDiagnostic, sortDiagnostics, } from '../diagnostics.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import { EXIT_INVALID, EXIT_OK } from '../io.js';
import { loadService } from '../load-service.js';
/**
 * `frontstage validate <files...>`: parse and lint each file; one line per finding as
 * `file:line:column severity code message` with its hint, then a summary. Exit 1 when any file has an error
 * (or cannot be read), 0 with warnings only.
 */
export function registerValidate(program, ctx) {
    const { lang } = ctx;
    program
        .command('validate')
        .description(t(lang, 'validate.description'))
        .argument('<files...>', t(lang, 'validate.files'))
        .option('--json', t(lang, 'option.json'))
        .action(action(ctx, async (files, options) => {
        const totals = { errors: 0, warnings: 0, infos: 0 };
        const reports = [];
        for (const file of files) {
            let diagnostics;
            try {
                diagnostics = sortDiagnostics((await loadService(ctx, file)).diagnostics);
            }
            catch (err) {
                if (!(err instanceof CliError))
                    throw err;
                // An unreadable file is an error of this run, reported like a finding so the other files still get checked.
                totals.errors++;
                if (options.json) {
                    reports.push({
                        file,
                        errors: 1,
                        warnings: 0,
                        infos: 0,
                        diagnostics: [{ file, severity: 'error', code: 'IO', message: err.message }],
                    });
                }
                else {
                    ctx.io.stderr.write(`${t(lang, 'error.prefix')}${err.message}\n`);
                }
                continue;
            }
            const counts = countBySeverity(diagnostics);
            totals.errors += counts.errors;
            totals.warnings += counts.warnings;
            totals.infos += counts.infos;
            if (options.json) {
                reports.push({
                    file,
                    ...counts,
                    diagnostics: diagnostics.map((d) => diagnosticJson(d, file, lang)),
                });
            }
            else if (diagnostics.length === 0) {
                out(ctx, t(lang, 'validate.ok', { file }));
            }
            else {
                for (const d of diagnostics)
                    out(ctx, formatDiagnostic(d, file, lang));
            }
        }
        if (options.json) {
            out(ctx, JSON.stringify({ files: reports, ...totals, ok: totals.errors === 0 }, null, 2));
        }
        else {
            out(ctx, '');
            out(ctx, t(lang, 'validate.summary', { files: files.length, ...totals }));
        }
        ctx.exitCode = totals.errors > 0 ? EXIT_INVALID : EXIT_OK;
    }));
}
//# sourceMappingURL=validate.js.map