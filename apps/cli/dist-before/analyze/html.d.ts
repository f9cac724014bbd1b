import type { Lang } from '../i18n.js';
import type { AnalyzeReport } from './report.js';
/** Escapes text for HTML content and attribute values. */
export declare function escapeHtml(s: string): string;
/** The whole HTML page. */
export declare function renderHtml(r: AnalyzeReport, lang: Lang): string;
//# sourceMappingURL=html.d.ts.map