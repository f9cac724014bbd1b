import type { Lang } from '../i18n.js';
import type { AnalyzeReport } from './report.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderHtml(r: AnalyzeReport, lang: Lang): string {
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escapeHtml(r.file.path)}</title><pre>${escapeHtml(JSON.stringify(r, null, 2))}</pre></html>`;
}
