import type { ServiceModel } from '@frontstage/model';
import { channelIcon } from './channel-icon.js';
import { formatNumber } from './format-meta.js';
import type { Point, Rect } from './geometry.js';
import { type CurveMark, type JourneyLayout, type JourneyOptions, layoutJourney } from './journey-layout.js';
import { crossings, pickSpot, RectIndex } from './label-place.js';
import { measureText } from './measure-text.js';
import type { Scene, SceneNode } from './scene.js';
import { blockNode, group, peakEndMark, stageBands, textNode } from './scene-helpers.js';
import { THEME } from './theme.js';

const AS_IS = '#64748b';
const TO_BE = THEME.toBe;

function curveColor(variant: 'as_is' | 'to_be', primary: boolean, hasOther: boolean): string {
  if (!hasOther) return THEME.accent;
  return variant === 'to_be' ? TO_BE : primary ? THEME.accent : AS_IS;
}

/** The drawn shape of a peak (ring) or end (square) mark. */
function markShape(mark: CurveMark, kind: 'peak' | 'end'): SceneNode {
  return peakEndMark(kind, mark.x, mark.y, kind === 'peak' ? markColor(mark, kind) : THEME.ink);
}

function markColor(mark: CurveMark, kind: 'peak' | 'end'): string {
  if (kind === 'end') return THEME.ink;
  return mark.emotion < 0 ? THEME.negative : mark.emotion > 0 ? THEME.positive : THEME.muted;
}

/** Chart labels are 9 px bold; their boxes reach this far above and below the baseline, plus a 1 px margin. */
const LABEL_SIZE = 9;
const ASCENT = 0.8 * LABEL_SIZE;
const DESCENT = 0.25 * LABEL_SIZE;

/** The box a chart label occupies (1 px margin around the ink), for placement and tests. */
export function chartLabelBox(text: string, cx: number, baseline: number): Rect {
  const w = measureText(text, LABEL_SIZE, 'bold');
  return { x: cx - w / 2 - 1, y: baseline - ASCENT - 1, width: w + 2, height: ASCENT + DESCENT + 2 };
}

/**
 * Places one label near the point (`px`, `py`) whose drawn mark reaches `clear` px from it: away from the zero line
 * first (`up`), then further out, then beside, then on the other side, taking the first spot inside the chart that
 * covers no point, mark or placed label and crosses the fewest curve segments. Returns its centre x and baseline.
 */
function placeChartLabel(
  text: string,
  px: number,
  py: number,
  clear: number,
  up: boolean,
  sideFirst: boolean,
  bounds: Rect,
  blocked: RectIndex,
  curves: readonly (readonly Point[])[],
): { x: number; y: number } {
  const w = measureText(text, LABEL_SIZE, 'bold') + 2;
  const h = ASCENT + DESCENT + 2;
  const clampX = (cx: number) =>
    Math.max(bounds.x + w / 2 + 1, Math.min(bounds.x + bounds.width - w / 2 - 1, cx));
  const vertical = (above: boolean, k: number): Rect => {
    const top = above ? py - clear - 1 - h - k * 11 : py + clear + 1 + k * 11;
    return { x: clampX(px) - w / 2, y: top, width: w, height: h };
  };
  const side = (right: boolean, dy: number): Rect => ({
    x: right ? px + clear + 2 : px - clear - 2 - w,
    y: py - h / 2 + dy,
    width: w,
    height: h,
  });
  const beside = [side(true, 0), side(false, 0)];
  const near = [vertical(up, 0), vertical(up, 1)];
  const candidates: Rect[] = [
    ...(sideFirst ? [...beside, ...near] : [...near, ...beside]),
    vertical(!up, 0),
    vertical(!up, 1),
    side(true, -11),
    side(true, 11),
    side(false, -11),
    side(false, 11),
    vertical(up, 2),
    vertical(!up, 2),
    vertical(up, 3),
    vertical(!up, 3),
  ];
  const i = pickSpot(candidates, bounds, blocked, (r) => crossings(r, curves));
  let r = candidates[i ?? 0]!;
  if (i === undefined) {
    // Nowhere free: stay inside the chart at least.
    const x = Math.max(bounds.x, Math.min(bounds.x + bounds.width - w, r.x));
    const y = Math.max(bounds.y, Math.min(bounds.y + bounds.height - h, r.y));
    r = { x, y, width: w, height: h };
  }
  blocked.add(r);
  return { x: r.x + w / 2, y: r.y + 1 + ASCENT };
}

/** Draws a laid-out journey map as a scene. */
export function journeyScene(layout: JourneyLayout): Scene {
  const nodes: SceneNode[] = [];
  const right = layout.stageBand.x + layout.stageBand.width;
  const hasOther = layout.curves.length > 1;

  // Header.
  const legend: SceneNode[] = [];
  for (const item of layout.legend) {
    const cy = item.y;
    if (item.kind === 'as_is' || item.kind === 'to_be') {
      const color = item.kind === 'to_be' ? TO_BE : AS_IS;
      const primary = layout.curves.find((c) => c.primary)!;
      const col = curveColor(item.kind, primary.variant === item.kind, hasOther);
      legend.push({
        kind: 'line',
        x1: item.x,
        y1: cy,
        x2: item.x + 22,
        y2: cy,
        stroke: col || color,
        strokeWidth: 2,
      });
      legend.push({
        kind: 'circle',
        cx: item.x + 11,
        cy,
        r: 3,
        fill: '#ffffff',
        stroke: col,
        strokeWidth: 1.5,
      });
    } else if (item.kind === 'peak') {
      legend.push({
        kind: 'circle',
        cx: item.x + 11,
        cy,
        r: 6,
        fill: 'none',
        stroke: THEME.negative,
        strokeWidth: 1.6,
      });
    } else {
      legend.push({
        kind: 'rect',
        x: item.x + 5,
        y: cy - 6,
        width: 12,
        height: 12,
        radius: 2,
        fill: 'none',
        stroke: THEME.ink,
        strokeWidth: 1.4,
      });
    }
    legend.push(textNode(item.x + 30, cy + 3.5, [item.label], 10, THEME.text));
  }
  nodes.push(
    group('header', [
      textNode(layout.labelColumn.x, 48, [layout.title], 20, THEME.ink, { weight: 'bold' }),
      textNode(layout.labelColumn.x, 68, [layout.subtitle], 11, THEME.muted),
      group('legend', legend),
    ]),
  );

  // Stage band.
  nodes.push(
    stageBands(
      layout.stages.map((s) => ({ ...s, lines: [s.name] })),
      layout.stageBand,
    ),
  );

  // Row bands and labels.
  nodes.push(
    group(
      'rows',
      layout.rows.map((r, i) =>
        group(
          `row row-${r.kind}`,
          [
            {
              kind: 'rect',
              x: layout.labelColumn.x,
              y: r.y,
              width: right - layout.labelColumn.x,
              height: r.height,
              fill: i % 2 === 0 ? THEME.band : '#ffffff',
            },
            {
              kind: 'rect',
              x: layout.labelColumn.x,
              y: r.y,
              width: layout.labelColumn.width - 8,
              height: r.height,
              fill: THEME.bandAlt,
            },
            {
              kind: 'line',
              x1: layout.labelColumn.x,
              y1: r.y,
              x2: right,
              y2: r.y,
              stroke: THEME.hairline,
              strokeWidth: 1,
            },
            textNode(layout.labelColumn.x + 10, r.y + 20, r.labelLines, 11, THEME.ink, {
              weight: 'bold',
              lineHeight: 14,
            }),
          ],
          r.kind,
        ),
      ),
    ),
  );
  // Column separators.
  nodes.push(
    group(
      'column-rules',
      layout.columns.slice(1).map((c) => ({
        kind: 'line',
        x1: c.x,
        y1: layout.labelColumn.y,
        x2: c.x,
        y2: layout.labelColumn.y + layout.labelColumn.height,
        stroke: THEME.hairline,
        strokeWidth: 1,
      })),
    ),
  );

  // Touchpoints: icon, channel, name.
  const tpRow = layout.rows.find((r) => r.kind === 'touchpoints')!;
  nodes.push(
    group(
      'touchpoints',
      layout.columns.map((c) =>
        group(
          'touchpoint',
          [
            {
              kind: 'circle',
              cx: c.x + 8 + 12,
              cy: tpRow.y + 8 + 12,
              r: 12,
              fill: '#ffffff',
              stroke: THEME.rule,
              strokeWidth: 1,
            },
            ...channelIcon(c.channel, c.x + 8 + 4, tpRow.y + 8 + 4, 16, THEME.touchpoint),
            textNode(c.x + 40, tpRow.y + 8 + 16, [c.channelLabel], 9, THEME.muted),
            textNode(c.x + 8, tpRow.y + 8 + 24 + 16, c.name, 11, THEME.ink, {
              weight: 'bold',
              lineHeight: 14,
            }),
          ],
          c.touchpoint,
        ),
      ),
    ),
  );

  // Cells.
  nodes.push(
    group(
      'cells',
      layout.cells.map((cell) =>
        group(`cell cell-${cell.row}`, [
          ...cell.bullets.map(
            (b): SceneNode => ({
              kind: 'circle',
              cx: b.cx,
              cy: b.cy,
              r: 2.6,
              fill: cell.row === 'pains' ? THEME.negative : THEME.accent,
            }),
          ),
          ...cell.texts.map((t) => blockNode(t, t.tone === 'sub' ? '#475569' : THEME.text)),
        ]),
      ),
    ),
  );

  // Emotion chart.
  const ch = layout.chart;
  const chartNodes: SceneNode[] = [
    {
      kind: 'rect',
      x: ch.x,
      y: ch.top,
      width: ch.width,
      height: ch.zeroY - ch.top,
      fill: '#f0fdf4',
      opacity: 0.8,
    },
    {
      kind: 'rect',
      x: ch.x,
      y: ch.zeroY,
      width: ch.width,
      height: ch.bottom - ch.zeroY,
      fill: '#fef2f2',
      opacity: 0.8,
    },
    {
      kind: 'line',
      x1: ch.x,
      y1: ch.top,
      x2: ch.x + ch.width,
      y2: ch.top,
      stroke: THEME.hairline,
      strokeWidth: 1,
      dash: [3, 3],
    },
    {
      kind: 'line',
      x1: ch.x,
      y1: ch.bottom,
      x2: ch.x + ch.width,
      y2: ch.bottom,
      stroke: THEME.hairline,
      strokeWidth: 1,
      dash: [3, 3],
    },
    {
      kind: 'line',
      x1: ch.x,
      y1: ch.zeroY,
      x2: ch.x + ch.width,
      y2: ch.zeroY,
      stroke: THEME.faint,
      strokeWidth: 1,
    },
    { kind: 'line', x1: ch.x, y1: ch.top, x2: ch.x, y2: ch.bottom, stroke: THEME.faint, strokeWidth: 1 },
  ];
  for (const v of [5, 0, -5]) {
    const y = v === 5 ? ch.top : v === 0 ? ch.zeroY : ch.bottom;
    chartNodes.push({
      kind: 'line',
      x1: ch.x - 4,
      y1: y,
      x2: ch.x,
      y2: y,
      stroke: THEME.faint,
      strokeWidth: 1,
    });
    chartNodes.push(
      textNode(ch.x - 7, y + 3.5, [v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0'], 9, THEME.muted, {
        anchor: 'end',
      }),
    );
  }
  // Chart labels (point values, then the peak and end marks) go where they cover no point, mark or other label.
  const bounds: Rect = { x: ch.x, y: ch.y, width: ch.width, height: ch.height };
  const blocked = new RectIndex(32);
  const polylines = layout.curves.map((c) => c.points.map((p) => [p.x, p.y] as const));
  for (const curve of layout.curves)
    for (const p of curve.points) blocked.add({ x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 });
  const marks: [CurveMark, 'peak' | 'end'][] = [];
  if (layout.peak) marks.push([layout.peak, 'peak']);
  if (layout.end) marks.push([layout.end, 'end']);
  for (const [m] of marks) blocked.add({ x: m.x - 9, y: m.y - 9, width: 18, height: 18 });
  const markedCols = new Set(marks.map(([m]) => m.col));

  for (const curve of layout.curves) {
    const color = curveColor(curve.variant, curve.primary, hasOther);
    const pts = curve.points.map((p) => [p.x, p.y] as [number, number]);
    const children: SceneNode[] = [];
    if (pts.length > 1) {
      children.push({
        kind: 'polyline',
        points: pts,
        stroke: color,
        strokeWidth: curve.primary ? 2.2 : 1.8,
        fill: 'none',
        ...(curve.primary ? {} : { dash: [5, 3] }),
      });
    }
    for (const p of curve.points) {
      children.push({
        kind: 'circle',
        cx: p.x,
        cy: p.y,
        r: 3.6,
        fill: '#ffffff',
        stroke: color,
        strokeWidth: 1.8,
      });
    }
    if (curve.primary) {
      // The value sits away from the zero line, clear of a peak or end mark.
      for (const p of curve.points) {
        const text = p.emotion > 0 ? `+${formatNumber(p.emotion)}` : formatNumber(p.emotion);
        const clear = markedCols.has(p.col) ? 9 : 4.5;
        const at = placeChartLabel(text, p.x, p.y, clear, p.emotion >= 0, false, bounds, blocked, polylines);
        children.push(textNode(at.x, at.y, [text], LABEL_SIZE, color, { anchor: 'middle', weight: 'bold' }));
      }
    }
    chartNodes.push(group(`curve curve-${curve.variant}`, children, curve.journey));
  }
  for (const [mark, kind] of marks) {
    const at = placeChartLabel(
      mark.label,
      mark.x,
      mark.y,
      9,
      mark.emotion >= 0,
      kind === 'end',
      bounds,
      blocked,
      polylines,
    );
    chartNodes.push(
      group(
        kind,
        [
          markShape(mark, kind),
          textNode(at.x, at.y, [mark.label], LABEL_SIZE, markColor(mark, kind), {
            weight: 'bold',
            anchor: 'middle',
          }),
        ],
        mark.touchpoint,
      ),
    );
  }
  blocked.clear();
  nodes.push(group('emotion-chart', chartNodes));

  return {
    width: layout.width,
    height: layout.height,
    background: THEME.background,
    title: `${layout.title} — ${layout.subtitle}`,
    children: nodes,
  };
}

/**
 * Renders a journey map of `model` as a scene (layout, then drawing). A model without the journey asked for gives a
 * small scene that says so, rather than an exception.
 */
export function renderJourney(model: ServiceModel, options: JourneyOptions): Scene {
  const layout = layoutJourney(model, options);
  if (layout) return journeyScene(layout);
  const text =
    options.locale === 'en'
      ? `No journey${options.journey ? ` "${options.journey}"` : ''} in this service`
      : `此服务中没有${options.journey ? `“${options.journey}”` : ''}旅程`;
  const width = Math.ceil(measureText(text, 14) + 56);
  return {
    width,
    height: 80,
    background: THEME.background,
    title: text,
    children: [textNode(28, 46, [text], 14, THEME.muted)],
  };
}
