import type { Locale } from '@frontstage/model';
import { label } from './labels.js';

const SYMBOLS: Readonly<Record<string, string>> = {
  CNY: '¥',
  RMB: '¥',
  JPY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
};

/** Rounds to at most `digits` decimals and drops trailing zeros (deterministic, locale-free). */
export function formatNumber(value: number, digits = 1): string {
  // Small integers (most minutes and costs) need no rounding or grouping.
  if (Number.isInteger(value) && value > -1000 && value < 1000)
    return value < 0 ? `−${-value}` : `${value + 0}`;
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  const [int, frac] = Math.abs(r).toFixed(digits).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = frac && /[1-9]/.test(frac) ? `.${frac.replace(/0+$/, '')}` : '';
  return `${r < 0 ? '−' : ''}${grouped}${tail}`;
}

/** A duration in minutes, compact: `15 min` / `1.5 h` / `2 d` (zh-CN: `15分钟`, `1.5小时`, `2天`). */
export function formatMinutes(minutes: number, locale: Locale): string {
  const sep = locale === 'en' ? ' ' : '';
  if (minutes >= 1440) return `${formatNumber(minutes / 1440)}${sep}${label('days', locale)}`;
  if (minutes >= 60) return `${formatNumber(minutes / 60)}${sep}${label('hours', locale)}`;
  return `${formatNumber(minutes)}${sep}${label('minutes', locale)}`;
}

/** A cost with its currency symbol when one is known (`¥200`), else with the ISO code (`200 CHF`). */
export function formatCost(cost: number, currency: string | undefined): string {
  const n = formatNumber(cost, 2);
  if (!currency) return n;
  const sym = SYMBOLS[currency.toUpperCase()];
  return sym ? `${sym}${n}` : `${n} ${currency}`;
}
