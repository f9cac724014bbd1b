import type { ServiceModel } from '@frontstage/model';
import { channelIcon } from './channel-icon.js';
import { formatNumber } from './format-meta.js';
import {
  type CurveMark,
  type EmotionChart,
  type JourneyLayout,
  type JourneyOptions,
  layoutJourney,
} from './journey-layout.js';
import { measureText } from './measure-text.js';
import type { Scene, SceneNode } from './scene.js';
import { blockNode, group, textNode } from './scene-helpers.js';
import { THEME } from './theme.js';

const AS_IS = '#64748b';
const TO_BE = THEME.toBe;

function curveColor(variant: 'as_is' | 'to_be', primary: boolean, hasOther: boolean): string {
  if (!hasOther) return THEME.accent;
  return variant === 'to_be' ? TO_BE : primary ? THEME.accent : AS_IS;
}

/**
 * A peak or end mark. The peak's label goes beyond the point's value label, away from the zero line (or to the
 * right when that would leave the chart); the end's label goes to the right, one line lower when it shares the point.
 */
function markNodes(mark: CurveMark, kind: 'peak' | 'end', shared: boolean, chart: EmotionChart): SceneNode[] {
  const color = mark.emotion < 0 ? THEME.negative : mark.emotion > 0 ? THEME.positive : THEME.muted;
  const shape: SceneNode =
    kind === 'peak'
      ? { kind: 'circle', cx: mark.x, cy: mark.y, r: 8, fill: 'none', stroke: color, strokeWidth: 1.6 }
      : {
          kind: 'rect',
          x: mark.x - 7,
          y: mark.y - 7,
          width: 14,
          height: 14,
          radius: 2,
          fill: 'none',
          stroke: THEME.ink,
          strokeWidth: 1.4,
        };
  const fill = kind === 'peak' ? color : THEME.ink;
  if (kind === 'peak') {
    const w = measureText(mark.label, 9, 'bold');
    const ly = mark.emotion >= 0 ? mark.y - 27 : mark.y + 35;
    if (ly - 9 >= chart.y + 2 && ly <= chart.y + chart.height - 2) {
      const x = Math.max(chart.x + w / 2 + 2, Math.min(chart.x + chart.width - w / 2 - 2, mark.x));
      return [shape, textNode(x, ly, [mark.label], 9, fill, { weight: 'bold', anchor: 'middle' })];
    }
  }
  const ly = mark.y + 3.5 + (shared ? 12 : 0);
  return [shape, textNode(mark.x + 12, ly, [mark.label], 9, fill, { weight: 'bold' })];
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
    group(
      'stages',
      layout.stages.map((s, i) =>
        group(
          'stage',
          [
            {
              kind: 'rect',
              x: s.x + 1,
              y: layout.stageBand.y,
              width: s.width - 2,
              height: layout.stageBand.height,
              radius: 3,
              fill: i % 2 === 0 ? '#1e293b' : '#334155',
            },
            textNode(s.x + 10, layout.stageBand.y + 17, [s.name], 12, '#ffffff', { weight: 'bold' }),
          ],
          s.id,
        ),
      ),
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
            textNode(layout.labelColumn.x + 10, r.y + 20, [r.label], 11, THEME.ink, { weight: 'bold' }),
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
      if (curve.primary) {
        // The value sits away from the zero line, clear of a peak or end mark.
        const text = p.emotion > 0 ? `+${formatNumber(p.emotion)}` : formatNumber(p.emotion);
        const marked = layout.peak?.col === p.col || layout.end?.col === p.col;
        const gap = marked ? 13 : 8;
        const y = p.emotion >= 0 ? p.y - gap - 1 : p.y + gap + 8;
        children.push(textNode(p.x, y, [text], 9, color, { anchor: 'middle', weight: 'bold' }));
      }
    }
    chartNodes.push(group(`curve curve-${curve.variant}`, children, curve.journey));
  }
  if (layout.peak)
    chartNodes.push(group('peak', markNodes(layout.peak, 'peak', false, ch), layout.peak.touchpoint));
  if (layout.end) {
    const same = layout.peak?.col === layout.end.col;
    chartNodes.push(group('end', markNodes(layout.end, 'end', same, ch), layout.end.touchpoint));
  }
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
