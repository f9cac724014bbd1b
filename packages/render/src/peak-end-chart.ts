import type { Text } from '@frontstage/model';
import { textIn } from '@frontstage/model';
import { type ChartOptions, chartTitle, linearScale, niceTicks, yAxis } from './chart-frame.js';
import { formatNumber } from './format-meta.js';
import { label } from './labels.js';
import type { Scene, SceneNode } from './scene.js';
import { group, peakEndMark, textNode } from './scene-helpers.js';
import { THEME } from './theme.js';
import { wrapText } from './wrap-text.js';

/** One moment of the experience in order (a touchpoint), with its emotion or score. */
export interface PeakEndPoint {
  readonly id?: string;
  readonly label: Text;
  readonly value: number;
}

/** Input of {@link renderPeakEndChart}. */
export interface PeakEndInput {
  readonly title?: Text;
  readonly points: readonly PeakEndPoint[];
  /** Value axis; default −5…+5 (the designed emotion scale). */
  readonly domain?: readonly [number, number];
}

/** The peak as this chart defines it: the point with the largest |value| (first such one), and the last point. */
export function peakAndEnd(values: readonly number[]): { peak: number; end: number } | undefined {
  if (values.length === 0) return undefined;
  let peak = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]!) > Math.abs(values[peak]!)) peak = i;
  return { peak, end: values.length - 1 };
}

/**
 * Emotion / peak-end line (Fredrickson & Kahneman 1993): the values in order, the peak (largest |value|, said so on
 * the chart) and the end marked, and the remembered experience ≈ (peak + end) / 2 drawn as a dashed line.
 */
export function renderPeakEndChart(input: PeakEndInput, options: ChartOptions): Scene {
  const { locale } = options;
  const width = options.width ?? 720;
  const m = 24;
  const head = chartTitle(
    input.title ?? { 'zh-CN': '峰终分析', en: 'Peak–end' },
    undefined,
    locale,
    m,
    m,
    width - 2 * m,
  );
  const [d0, d1] = input.domain ?? [-5, 5];
  const n = input.points.length;
  const plot = { x: m + 40, y: m + head.height + 22, width: width - 2 * m - 60, height: 220 };
  const step = plot.width / Math.max(1, n);
  const px = (i: number) => plot.x + step * (i + 0.5);
  const y = linearScale(d0, d1, plot.y + plot.height, plot.y);
  const clamp = (v: number) => Math.max(d0, Math.min(d1, v));
  const nodes: SceneNode[] = [...head.nodes];
  nodes.push(
    yAxis(
      plot,
      niceTicks(d0, d1, 4).filter((t) => t >= d0 && t <= d1),
      y,
    ),
  );
  if (d0 < 0 && d1 > 0) {
    nodes.push({
      kind: 'line',
      x1: plot.x,
      y1: y(0),
      x2: plot.x + plot.width,
      y2: y(0),
      stroke: THEME.muted,
      strokeWidth: 1,
    });
  }
  const labelLines = input.points.map((p) => wrapText(textIn(p.label, locale), step - 6, 9, { maxLines: 2 }));
  input.points.forEach((_, i) => {
    nodes.push(
      textNode(px(i), plot.y + plot.height + 14, labelLines[i]!, 9, THEME.text, {
        anchor: 'middle',
        lineHeight: 11,
      }),
    );
  });
  const pts = input.points.map((p, i) => [px(i), y(clamp(p.value))] as [number, number]);
  if (pts.length > 1)
    nodes.push({ kind: 'polyline', points: pts, stroke: THEME.accent, strokeWidth: 2.2, fill: 'none' });
  input.points.forEach((p, i) => {
    nodes.push(
      group(
        'point',
        [
          {
            kind: 'circle',
            cx: pts[i]![0],
            cy: pts[i]![1],
            r: 3.6,
            fill: '#ffffff',
            stroke: THEME.accent,
            strokeWidth: 1.8,
          },
          textNode(
            pts[i]![0],
            p.value >= 0 ? pts[i]![1] - 14 : pts[i]![1] + 22,
            [formatNumber(p.value)],
            9,
            THEME.accent,
            { anchor: 'middle', weight: 'bold' },
          ),
        ],
        p.id,
      ),
    );
  });
  const pe = peakAndEnd(input.points.map((p) => p.value));
  if (pe) {
    const peak = input.points[pe.peak]!;
    const end = input.points[pe.end]!;
    const remembered = (peak.value + end.value) / 2;
    const ry = y(clamp(remembered));
    nodes.push(
      group('remembered', [
        {
          kind: 'line',
          x1: plot.x,
          y1: ry,
          x2: plot.x + plot.width,
          y2: ry,
          stroke: THEME.loop,
          strokeWidth: 1.3,
          dash: [6, 4],
        },
        textNode(
          plot.x + plot.width,
          ry - 5,
          [`${label('remembered', locale)} = ${formatNumber(remembered, 2)}`],
          9,
          THEME.loop,
          { anchor: 'end', weight: 'bold' },
        ),
      ]),
    );
    const [kx, ky] = pts[pe.peak]!;
    const peakColor = peak.value < 0 ? THEME.negative : THEME.positive;
    nodes.push(
      group(
        'peak',
        [
          peakEndMark('peak', kx, ky, peakColor),
          textNode(kx + 12, ky + 3.5, [label('peak', locale)], 9, peakColor, { weight: 'bold' }),
        ],
        peak.id,
      ),
    );
    const [ex, ey] = pts[pe.end]!;
    nodes.push(
      group(
        'end',
        [
          peakEndMark('end', ex, ey, THEME.ink),
          textNode(ex + 12, ey + 3.5 + (pe.peak === pe.end ? 12 : 0), [label('end', locale)], 9, THEME.ink, {
            weight: 'bold',
          }),
        ],
        end.id,
      ),
    );
  }
  const height = Math.ceil(plot.y + plot.height + 40 + m / 2);
  return {
    width,
    height,
    background: THEME.background,
    title: textIn(input.title, locale) || label('emotion', locale),
    children: nodes,
  };
}
