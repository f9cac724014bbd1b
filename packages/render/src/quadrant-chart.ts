import type { Locale } from '@frontstage/model';
import { bilingualCaption, chartTitle, linearScale, niceTicks, xAxis, yAxis } from './chart-frame.js';
import type { Rect } from './geometry.js';
import { measureText } from './measure-text.js';
import { scatterLabels } from './scatter-labels.js';
import type { Scene, SceneNode } from './scene.js';
import { group } from './scene-helpers.js';
import { THEME } from './theme.js';

/** A point of a quadrant scatter. */
export interface QuadrantPoint {
  readonly id?: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** A quadrant caption: both languages. */
export type Caption = { readonly 'zh-CN': string; readonly en: string };

/** Everything a crosshair scatter needs (IPA, KANO Better–Worse). */
export interface QuadrantSpec {
  readonly locale: Locale;
  readonly width: number;
  readonly title: string;
  readonly subtitle?: string;
  readonly points: readonly QuadrantPoint[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly cross: { readonly x: number; readonly y: number };
  readonly xCaption: string;
  readonly yCaption: string;
  /** Captions of the quadrants: top-left, top-right, bottom-left, bottom-right. */
  readonly quadrants: readonly [Caption, Caption, Caption, Caption];
  /** Fill tints of the quadrants, same order. */
  readonly tints: readonly [string, string, string, string];
}

/** Draws a scatter with a crosshair dividing it into four labelled (bilingual) quadrants. */
export function quadrantScene(spec: QuadrantSpec): Scene {
  const m = 24;
  const head = chartTitle(spec.title, spec.subtitle, spec.locale, m, m, spec.width - 2 * m);
  const side = spec.width - 2 * m - 56;
  const plot: Rect = { x: m + 48, y: m + head.height + 24, width: side, height: Math.round(side * 0.7) };
  const xt = niceTicks(spec.xDomain[0], spec.xDomain[1], 5).filter(
    (t) => t >= spec.xDomain[0] - 1e-9 && t <= spec.xDomain[1] + 1e-9,
  );
  const yt = niceTicks(spec.yDomain[0], spec.yDomain[1], 5).filter(
    (t) => t >= spec.yDomain[0] - 1e-9 && t <= spec.yDomain[1] + 1e-9,
  );
  const x = linearScale(spec.xDomain[0], spec.xDomain[1], plot.x, plot.x + plot.width);
  const y = linearScale(spec.yDomain[0], spec.yDomain[1], plot.y + plot.height, plot.y);
  const cx = Math.max(plot.x, Math.min(plot.x + plot.width, x(spec.cross.x)));
  const cy = Math.max(plot.y, Math.min(plot.y + plot.height, y(spec.cross.y)));
  const nodes: SceneNode[] = [...head.nodes];
  const quads: [Rect, 'start' | 'end'][] = [
    [{ x: plot.x, y: plot.y, width: cx - plot.x, height: cy - plot.y }, 'start'],
    [{ x: cx, y: plot.y, width: plot.x + plot.width - cx, height: cy - plot.y }, 'end'],
    [{ x: plot.x, y: cy, width: cx - plot.x, height: plot.y + plot.height - cy }, 'start'],
    [{ x: cx, y: cy, width: plot.x + plot.width - cx, height: plot.y + plot.height - cy }, 'end'],
  ];
  quads.forEach(([r], i) => {
    nodes.push({ kind: 'rect', x: r.x, y: r.y, width: r.width, height: r.height, fill: spec.tints[i]! });
  });
  nodes.push(xAxis(plot, xt, x, spec.xCaption));
  nodes.push(yAxis(plot, yt, y, spec.yCaption));
  const captionBoxes: Rect[] = [];
  quads.forEach(([r, anchor], i) => {
    const top = i < 2;
    const tx = anchor === 'start' ? r.x + 8 : r.x + r.width - 8;
    const ty = top ? r.y + 16 : r.y + r.height - 20;
    const other = spec.locale === 'en' ? 'zh-CN' : 'en';
    const w = Math.max(
      measureText(spec.quadrants[i]![spec.locale], 11, 'bold'),
      measureText(spec.quadrants[i]![other], 9),
    );
    captionBoxes.push({ x: anchor === 'start' ? tx : tx - w, y: ty - 11, width: w, height: 26 });
    nodes.push(
      group(
        `quadrant quadrant-${i}`,
        bilingualCaption(spec.quadrants[i]!, spec.locale, tx, ty, anchor, THEME.muted),
      ),
    );
  });
  nodes.push(
    group('crosshair', [
      {
        kind: 'line',
        x1: cx,
        y1: plot.y,
        x2: cx,
        y2: plot.y + plot.height,
        stroke: THEME.muted,
        strokeWidth: 1.2,
        dash: [5, 3],
      },
      {
        kind: 'line',
        x1: plot.x,
        y1: cy,
        x2: plot.x + plot.width,
        y2: cy,
        stroke: THEME.muted,
        strokeWidth: 1.2,
        dash: [5, 3],
      },
    ]),
  );
  const placed = spec.points.map((p) => ({ ...p, px: x(p.x), py: y(p.y) }));
  nodes.push(
    group(
      'points',
      placed.map((p) =>
        group(
          'point',
          [
            {
              kind: 'circle',
              cx: p.px,
              cy: p.py,
              r: 4.5,
              fill: THEME.accent,
              stroke: '#ffffff',
              strokeWidth: 1.2,
            },
          ],
          p.id,
        ),
      ),
    ),
  );
  nodes.push(
    group(
      'point-labels',
      scatterLabels(
        placed.map((p) => ({ x: p.px, y: p.py, text: p.label })),
        plot,
        {
          rects: captionBoxes,
          lines: [
            [
              [cx, plot.y],
              [cx, plot.y + plot.height],
            ],
            [
              [plot.x, cy],
              [plot.x + plot.width, cy],
            ],
          ],
        },
      ),
    ),
  );
  const height = Math.ceil(plot.y + plot.height + 44 + m / 2);
  return { width: spec.width, height, background: THEME.background, title: spec.title, children: nodes };
}
