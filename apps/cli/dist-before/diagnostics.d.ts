import { type Lang } from './i18n.js';
type Text = string | {
    readonly 'zh-CN'?: string;
    readonly en?: string;
};
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
export declare function countBySeverity(diagnostics: readonly DiagnosticLike[]): Counts;
/** Orders diagnostics by position in the file, then errors before warnings. */
export declare function sortDiagnostics<D extends DiagnosticLike>(diagnostics: readonly D[]): D[];
/**
 * One diagnostic as `file:line:column severity code message`, the form editors and CI annotators recognise,
 * followed by an indented hint line when there is one.
 */
export declare function formatDiagnostic(d: DiagnosticLike, file: string, lang: Lang): string;
/** A diagnostic for `--json`: the message and hint in the chosen language, with the position. */
export declare function diagnosticJson(d: DiagnosticLike, file: string, lang: Lang): Record<string, unknown>;
export {};
//# sourceMappingURL=diagnostics.d.ts.map