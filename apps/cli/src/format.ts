import { type Lang, pick } from './i18n.js';

/** Minutes for people: `45 min`, `4 h 30 min`, `1 d 2 h` (zh: `45 分钟`, `4 小时 30 分钟`, `1 天 2 小时`). */
export function formatMinutes(minutes: number, lang: Lang): string {
  const u =
    lang === 'zh-CN'
      ? { d: ' 天', h: ' 小时', m: ' 分钟', s: ' 秒' }
      : { d: ' d', h: ' h', m: ' min', s: ' s' };
  if (minutes > 0 && minutes < 1) return `${Math.round(minutes * 60)}${u.s}`;
  const total = Math.round(minutes);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts: string[] = [];
  if (d) parts.push(`${d}${u.d}`);
  if (h) parts.push(`${h}${u.h}`);
  if (m || parts.length === 0) parts.push(`${m}${u.m}`);
  return parts.join(' ');
}

/** A share 0…1 as a percentage: `42%`. */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** An amount with its currency: `191 CNY`. */
export function formatMoney(amount: number, currency: string | undefined): string {
  const n = Math.round(amount * 100) / 100;
  return currency ? `${n} ${currency}` : String(n);
}

function isText(value: unknown): value is { 'zh-CN'?: string; en?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'zh-CN' || k === 'en');
}

/**
 * A field's value for a reviewer: durations in minutes (`minutes`, and a wait's) as `4 h`, a wait or fail point as
 * its duration and reason, anything else as {@link formatValue} gives it.
 */
export function formatField(field: string, value: unknown, lang: Lang): string {
  if (field === 'minutes' && typeof value === 'number') return formatMinutes(value, lang);
  if ((field === 'wait' || field === 'fail') && typeof value === 'object' && value !== null) {
    const v = value as { minutes?: unknown; reason?: unknown };
    const parts: string[] = [];
    if (typeof v.minutes === 'number') parts.push(formatMinutes(v.minutes, lang));
    if (v.reason !== undefined) parts.push(formatValue(v.reason, lang));
    return parts.length > 0 ? parts.join(' · ') : lang === 'zh-CN' ? '是' : 'yes';
  }
  return formatValue(value, lang);
}

/** Any model value in one short line: labels in `lang`, lists joined, records as compact JSON. */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isText(value)) return JSON.stringify(pick(value, lang));
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, lang)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([k]) => k !== 'location');
    return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v, lang)}`).join(', ')} }`;
  }
  return String(value);
}
