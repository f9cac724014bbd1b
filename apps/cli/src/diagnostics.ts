import { CliError } from './errors.js';
import { type Lang, pick, t } from './i18n.js';
import { EXIT_INVALID } from './io.js';
import type { CommandContext } from './program.js';

type Text = string | { readonly 'zh-CN'?: string; readonly en?: string };

/** The parts of a model Diagnostic the CLI prints (structurally the model's `Diagnostic`). */
export interface DiagnosticLike {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: Text;
  readonly hint?: Text;
  readonly location?: {
    readonly line: number;
    readonly column: number;
    readonly path?: readonly (string | number)[];
  };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts diagnostics by severity. */
export function countBySeverity(diagnostics: readonly DiagnosticLike[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Orders diagnostics by position in the file, then errors before warnings. */
export function sortDiagnostics<D extends DiagnosticLike>(diagnostics: readonly D[]): D[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...diagnostics].sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
      rank[a.severity] - rank[b.severity],
  );
}

/**
 * One diagnostic as `file:line:column severity code message`, the form editors and CI annotators recognise,
 * followed by an indented hint line when there is one.
 */
export function formatDiagnostic(d: DiagnosticLike, file: string, lang: Lang): string {
  const where = d.location ? `${file}:${d.location.line}:${d.location.column}` : file;
  const head = `${where} ${t(lang, `severity.${d.severity}`)} ${d.code} ${pick(d.message, lang)}`;
  const hint = d.hint !== undefined ? pick(d.hint, lang) : '';
  return hint ? `${head}\n  ${t(lang, 'validate.hint')}${hint}` : head;
}

/** A diagnostic for `--json`: the message and hint in the chosen language, with the position. */
export function diagnosticJson(d: DiagnosticLike, file: string, lang: Lang): Record<string, unknown> {
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

/**
 * The failure of a command that needs a valid file (inspect, diff, render): prints the file's errors to stderr and
 * returns the error to throw, carrying them for `--json`.
 */
export function fileHasErrors(
  ctx: CommandContext,
  file: string,
  errors: readonly DiagnosticLike[],
): CliError {
  const sorted = sortDiagnostics(errors);
  for (const d of sorted) ctx.io.stderr.write(`${formatDiagnostic(d, file, ctx.lang)}\n`);
  return new CliError(
    t(ctx.lang, 'inspect.invalid', { file }),
    EXIT_INVALID,
    sorted.map((d) => diagnosticJson(d, file, ctx.lang)),
  );
}
