/** The terminal report: aligned tables (CJK-width aware), English or Chinese. */
import type { Lang } from '../i18n.js';
import type { Reason } from './collect.js';
import type { AnalyzeReport } from './report.js';
/** Picks the English or Chinese form. */
export declare function L(lang: Lang, en: string, zh: string): string;
/** The closest candidate within a third of the word's length in edits, if any. */
export declare function nearest(word: string, candidates: readonly string[]): string | undefined;
/** Display width: East Asian wide and full-width characters count 2. */
export declare function strWidth(s: string): number;
/** Formats rows as an aligned table; columns listed in `right` are right-aligned. */
export declare function table(head: readonly string[], rows: readonly (readonly string[])[], right?: ReadonlySet<number>): string;
export declare function fmt(x: number | null | undefined, digits?: number): string;
export declare function reasonText(lang: Lang, r: Reason): string;
export declare function quadrantText(lang: Lang, q: string): string;
export declare function roleText(lang: Lang, role: string): string;
/** The reason a column got its suggested role, in the report language. */
export declare function whyText(lang: Lang, why: string): string;
/** The whole terminal report. */
export declare function renderText(r: AnalyzeReport, lang: Lang): string;
//# sourceMappingURL=text.d.ts.map