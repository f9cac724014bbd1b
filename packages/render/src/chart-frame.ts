import type { Locale, Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import { formatNumber } from './format-meta.js';
import type { Rect } from './geometry.js';
import type { SceneNode } from './scene.js';
import { group, textNode } from './scene-helpers.js';
import { THEME } from './theme.js';
import { wrapText } from './wrap-text.js';

/** Options every method chart takes. */
export interface ChartOptions {
  readonly locale: Locale;
  /** Total width in px (default 720). */
  readonly width?: number;
}

/**
 * "Nice" axis ticks covering [min, max]: steps of 1, 2, 2.5 or 5 × 10^k, about `count` of them
 * (Heckbert's labelling idea). Returns the ticks, ascending; the first ≤ min and the last ≥ max.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi))) {
    // A degenerate range: widen it around its middle.
    const mid = (lo + hi) / 2;
    const d = Math.abs(mid) > 1e-9 ? Math.abs(mid) : 1;
    return niceTicks(mid - d / 2, mid + d / 2, count);
  }
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  // The slack absorbs floating error in lo / step; it must never lift the first tick above lo by more than
  // floating noise (a value of −0.000001 on a 0…1,000,000 axis still needs a tick below zero).
  let start = Math.floor(lo / step + 1e-9) * step;
  if (start - lo > 1e-9 * Math.max(1, Math.abs(lo))) start -= step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-9 || ticks.length < 2; v += step) {
    ticks.push(Math.round(v / step) * step);
    if (ticks.length > 50) break;
  }
  if (ticks[ticks.length - 1]! < hi - 1e-9) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks.map((t) => (Object.is(t, -0) ? 0 : Number(t.toPrecision(12))));
}

/** A linear map from a data domain to a pixel range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** A tick label: at most 2 decimals, `−` for minus. */
export function tickLabel(v: number): string {
  return formatNumber(v, 2);
}

/** Title (and optional subtitle) at the top of a chart; returns the nodes and the height used. */
export function chartTitle(
  title: Text | undefined,
  subtitle: string | undefined,
  locale: Locale,
  x: number,
  y: number,
  width: number,
): { nodes: SceneNode[]; height: number } {
  const nodes: SceneNode[] = [];
  let h = 0;
  const t = textIn(title, locale);
  if (t) {
    const lines = wrapText(t, width, 15, { maxLines: 2, weight: 'bold' });
    nodes.push(textNode(x, y + 15, lines, 15, THEME.ink, { weight: 'bold', lineHeight: 19 }));
    h += lines.length * 19 + 2;
  }
  if (subtitle) {
    nodes.push(textNode(x, y + h + 12, [subtitle], 10, THEME.muted));
    h += 16;
  }
  return { nodes: h ? [group('chart-title', nodes)] : [], height: h ? h + 10 : 0 };
}

/** Vertical gridlines and tick labels below a plot for an x axis. */
export function xAxis(
  plot: Rect,
  ticks: readonly number[],
  x: (v: number) => number,
  caption?: string,
): SceneNode {
  const nodes: SceneNode[] = [];
  for (const t of ticks) {
    const px = x(t);
    nodes.push({
      kind: 'line',
      x1: px,
      y1: plot.y,
      x2: px,
      y2: plot.y + plot.height,
      stroke: THEME.hairline,
      strokeWidth: 1,
    });
    nodes.push(textNode(px, plot.y + plot.height + 14, [tickLabel(t)], 9, THEME.muted, { anchor: 'middle' }));
  }
  nodes.push({
    kind: 'line',
    x1: plot.x,
    y1: plot.y + plot.height,
    x2: plot.x + plot.width,
    y2: plot.y + plot.height,
    stroke: THEME.faint,
    strokeWidth: 1,
  });
  if (caption)
    nodes.push(
      textNode(plot.x + plot.width / 2, plot.y + plot.height + 30, [caption], 10, THEME.text, {
        anchor: 'middle',
        weight: 'bold',
      }),
    );
  return group('axis axis-x', nodes);
}

/** Horizontal gridlines and tick labels left of a plot for a y axis; the caption is written above the axis. */
export function yAxis(
  plot: Rect,
  ticks: readonly number[],
  y: (v: number) => number,
  caption?: string,
): SceneNode {
  const nodes: SceneNode[] = [];
  for (const t of ticks) {
    const py = y(t);
    nodes.push({
      kind: 'line',
      x1: plot.x,
      y1: py,
      x2: plot.x + plot.width,
      y2: py,
      stroke: THEME.hairline,
      strokeWidth: 1,
    });
    nodes.push(textNode(plot.x - 6, py + 3.5, [tickLabel(t)], 9, THEME.muted, { anchor: 'end' }));
  }
  nodes.push({
    kind: 'line',
    x1: plot.x,
    y1: plot.y,
    x2: plot.x,
    y2: plot.y + plot.height,
    stroke: THEME.faint,
    strokeWidth: 1,
  });
  if (caption) nodes.push(textNode(plot.x, plot.y - 10, [caption], 10, THEME.text, { weight: 'bold' }));
  return group('axis axis-y', nodes);
}

/** A quadrant caption in the locale with the other language beneath, smaller (charts are read in both). */
export function bilingualCaption(
  key: { readonly 'zh-CN': string; readonly en: string },
  locale: Locale,
  x: number,
  y: number,
  anchor: 'start' | 'end',
  fill: string,
): SceneNode[] {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return [
    textNode(x, y, [key[locale]], 11, fill, { anchor, weight: 'bold' }),
    textNode(x, y + 13, [key[other]], 9, fill, { anchor }),
  ];
}
