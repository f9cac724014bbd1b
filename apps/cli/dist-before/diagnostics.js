import { pick, t } from './i18n.js';
/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics) {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const d of diagnostics) {
        if (d.severity === 'error')
            counts.errors++;
        else if (d.severity === 'warning')
            counts.warnings++;
        else
            counts.infos++;
    }
    return counts;
}
/** Orders diagnostics by position in the file, then errors before warnings. */
export function sortDiagnostics(diagnostics) {
    const rank = { error: 0, warning: 1, info: 2 };
    return [...diagnostics].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
        (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
        rank[a.severity] - rank[b.severity]);
}
/**
 * One diagnostic as `file:line:column severity code message`, the form editors and CI annotators recognise,
 * followed by an indented hint line when there is one.
 */
export function formatDiagnostic(d, file, lang) {
    const where = d.location ? `${file}:${d.location.line}:${d.location.column}` : file;
    const head = `${where} ${t(lang, `severity.${d.severity}`)} ${d.code} ${pick(d.message, lang)}`;
    const hint = d.hint !== undefined ? pick(d.hint, lang) : '';
    return hint ? `${head}\n  ${t(lang, 'validate.hint')}${hint}` : head;
}
/** A diagnostic for `--json`: the message and hint in the chosen language, with the position. */
export function diagnosticJson(d, file, lang) {
    return {
        file,
        line: d.location?.line ?? null,
        column: d.location?.column ?? null,
        severity: d.severity,
        code: d.code,
        message: pick(d.message, lang),
        ...(d.hint !== undefined ? { hint: pick(d.hint, lang) } : {}),
        ...(d.location?.path ? { path: d.location.path } : {}),
    };
}
//# sourceMappingURL=diagnostics.js.map