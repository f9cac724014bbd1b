import type { Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import { type ChartOptions, chartTitle, linearScale, niceTicks, tickLabel, xAxis } from './chart-frame.js';
import { label } from './labels.js';
import { measureText } from './measure-text.js';
import type { Scene, SceneNode } from './scene.js';
import { group, textNode } from './scene-helpers.js';
import { THEME } from './theme.js';
import { wrapText } from './wrap-text.js';

/** One bar: a value (CSAT, NPS, a mean) and its confidence interval when known. */
export interface BarDatum {
  readonly id?: string;
  readonly label: Text;
  readonly value: number;
  /** Lower and upper bound of the confidence interval. */
  readonly low?: number;
  readonly high?: number;
  /** Sample size, shown after the value. */
  readonly n?: number;
}

/** Input of {@link renderBarChart}: plain data, no metrics types. */
export interface BarChartInput {
  readonly title?: Text;
  /** What the value is, e.g. `CSAT (%)`, shown under the axis. */
  readonly metric?: Text;
  readonly items: readonly BarDatum[];
  /** Axis range; default from the data (always including 0). */
  readonly domain?: readonly [number, number];
  /** Decimals of the value labels (default 1). */
  readonly decimals?: number;
  /** A reference line, e.g. a target or the overall score. */
  readonly reference?: { readonly value: number; readonly label?: Text };
}

/**
 * A horizontal bar chart with confidence-interval whiskers, one bar per item (per-touchpoint CSAT, NPS, means).
 * Bars start at 0, so negative scores (NPS) run left. Value labels sit past the bar or whisker end.
 */
export function renderBarChart(input: BarChartInput, options: ChartOptions): Scene {
  const { locale } = options;
  const width = options.width ?? 720;
  const m = 24;
  const head = chartTitle(input.title, undefined, locale, m, m, width - 2 * m);
  const labels = input.items.map((d) => wrapText(textIn(d.label, locale), 150, 10, { maxLines: 2 }));
  const labelW =
    Math.min(160, Math.max(60, ...labels.map((l) => Math.max(...l.map((s) => measureText(s, 10)))))) + 12;
  const values = input.items.flatMap((d) => [d.value, d.low ?? d.value, d.high ?? d.value]);
  if (input.reference) values.push(input.reference.value);
  const [d0, d1] = input.domain ?? [Math.min(0, ...values), Math.max(0, ...values)];
  const ticks = niceTicks(d0, d1, 6);
  const lo = input.domain ? d0 : ticks[0]!;
  const hi = input.domain ? d1 : ticks[ticks.length - 1]!;
  const rowH = 30;
  const plot = {
    x: m + labelW,
    y: m + head.height + 22,
    width: width - 2 * m - labelW - 44,
    height: Math.max(1, input.items.length) * rowH,
  };
  const x = linearScale(lo, hi, plot.x, plot.x + plot.width);
  const nodes: SceneNode[] = [...head.nodes];
  nodes.push(
    xAxis(
      plot,
      ticks.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9),
      x,
      textIn(input.metric, locale) || undefined,
    ),
  );
  const zero = x(Math.max(lo, Math.min(hi, 0)));
  const dec = input.decimals ?? 1;
  input.items.forEach((d, i) => {
    const cy = plot.y + i * rowH + rowH / 2;
    const v = Math.max(lo, Math.min(hi, d.value));
    const bx = Math.min(zero, x(v));
    const children: SceneNode[] = [
      textNode(plot.x - 10, cy + 3.5 - ((labels[i]!.length - 1) * 13) / 2, labels[i]!, 10, THEME.text, {
        anchor: 'end',
        lineHeight: 13,
      }),
      {
        kind: 'rect',
        x: bx,
        y: cy - 8,
        width: Math.abs(x(v) - zero),
        height: 16,
        radius: 2,
        fill: d.value < 0 ? '#f87171' : THEME.series[0]!,
        opacity: 0.85,
      },
    ];
    let end = x(v);
    if (d.low !== undefined && d.high !== undefined) {
      const wl = x(Math.max(lo, Math.min(hi, d.low)));
      const wh = x(Math.max(lo, Math.min(hi, d.high)));
      children.push({ kind: 'line', x1: wl, y1: cy, x2: wh, y2: cy, stroke: THEME.ink, strokeWidth: 1.2 });
      children.push({
        kind: 'line',
        x1: wl,
        y1: cy - 5,
        x2: wl,
        y2: cy + 5,
        stroke: THEME.ink,
        strokeWidth: 1.2,
      });
      children.push({
        kind: 'line',
        x1: wh,
        y1: cy - 5,
        x2: wh,
        y2: cy + 5,
        stroke: THEME.ink,
        strokeWidth: 1.2,
      });
      end = d.value < 0 ? Math.min(end, wl) : Math.max(end, wh);
    }
    const text = tickLabel(Number(d.value.toFixed(dec))) + (d.n !== undefined ? `  n=${d.n}` : '');
    children.push(
      d.value < 0
        ? textNode(Math.min(end, zero) - 5, cy + 3.5, [text], 9, THEME.text, {
            anchor: 'end',
            weight: 'bold',
          })
        : textNode(Math.max(end, zero) + 5, cy + 3.5, [text], 9, THEME.text, { weight: 'bold' }),
    );
    nodes.push(group('bar', children, d.id));
  });
  nodes.push({
    kind: 'line',
    x1: zero,
    y1: plot.y,
    x2: zero,
    y2: plot.y + plot.height,
    stroke: THEME.muted,
    strokeWidth: 1,
  });
  if (input.reference) {
    const rx = x(input.reference.value);
    nodes.push(
      group('reference', [
        {
          kind: 'line',
          x1: rx,
          y1: plot.y - 6,
          x2: rx,
          y2: plot.y + plot.height,
          stroke: THEME.wait,
          strokeWidth: 1.2,
          dash: [4, 3],
        },
        textNode(
          rx,
          plot.y - 9,
          [textIn(input.reference.label, locale) || tickLabel(input.reference.value)],
          9,
          THEME.wait,
          { anchor: 'middle', weight: 'bold' },
        ),
      ]),
    );
  }
  // Legend: what the whiskers are.
  if (input.items.some((d) => d.low !== undefined && d.high !== undefined)) {
    const ly = m + head.height + 4;
    const lx = plot.x;
    nodes.push(
      group('legend', [
        { kind: 'line', x1: lx, y1: ly, x2: lx + 18, y2: ly, stroke: THEME.ink, strokeWidth: 1.2 },
        { kind: 'line', x1: lx, y1: ly - 4, x2: lx, y2: ly + 4, stroke: THEME.ink, strokeWidth: 1.2 },
        {
          kind: 'line',
          x1: lx + 18,
          y1: ly - 4,
          x2: lx + 18,
          y2: ly + 4,
          stroke: THEME.ink,
          strokeWidth: 1.2,
        },
        textNode(lx + 24, ly + 3.5, [label('ci', locale)], 9, THEME.text),
      ]),
    );
  }
  const height = plot.y + plot.height + (input.metric ? 40 : 26) + m / 2;
  return {
    width,
    height: Math.ceil(height),
    background: THEME.background,
    title: textIn(input.title, locale) || 'chart',
    children: nodes,
  };
}
