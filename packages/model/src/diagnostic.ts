import { MESSAGES, type MessageCode, type MessageParams } from './messages.js';
import type { Diagnostic, Severity, SourceLocation } from './types.js';

/** Builds a diagnostic from the catalogue: its message and hint in both languages, at `location`. */
export function diagnostic(
  code: MessageCode,
  params: MessageParams = {},
  location?: SourceLocation,
  severity?: Severity,
): Diagnostic {
  const entry = MESSAGES[code];
  const hint = 'hint' in entry ? entry.hint(params) : undefined;
  return {
    code,
    severity: severity ?? entry.severity,
    message: entry.message(params),
    ...(hint ? { hint } : {}),
    ...(location ? { location } : {}),
  };
}

/** True when any diagnostic is an error (the file cannot be used as is). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file position, then code, so that output is stable and reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
      // Codes are ASCII (`FS203`, `BP101`): compared by code unit, which needs no collator (the first
      // `localeCompare` of a process loads ICU's, several ms of every CLI run).
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
