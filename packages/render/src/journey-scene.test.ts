import type { Journey, ServiceModel } from '@frontstage/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry.js';
import { rectsOverlap } from './geometry.js';
import { layoutJourney } from './journey-layout.js';
import { journeyScene } from './journey-scene.js';
import { measureText } from './measure-text.js';
import { propertyRepairModel } from './model.test-util.js';
import type { SceneNode } from './scene.js';

/** An as-is journey and, when `toBe` is given, a to-be one based on it (same touchpoints). */
function withCurves(asIs: readonly number[], toBe?: readonly number[]): ServiceModel {
  const base = propertyRepairModel();
  const journey = (id: string, emotions: readonly number[], variant: 'as_is' | 'to_be'): Journey => ({
    id,
    name: id,
    variant,
    ...(variant === 'to_be' ? { basedOn: 'as' } : {}),
    stages: [
      {
        id: 'st',
        name: 'Stage',
        steps: emotions.map((e, i) => ({
          touchpoint: `tp${i}`,
          emotion: e,
          doing: '做点什么',
          painPoints: [],
          opportunities: [],
        })),
      },
    ],
  });
  const journeys = [journey('as', asIs, 'as_is')];
  if (toBe) journeys.push(journey('tb', toBe, 'to_be'));
  return { ...base, journeys };
}

function find(nodes: readonly SceneNode[], role: string): SceneNode & { kind: 'group' } {
  for (const n of nodes) {
    if (n.kind !== 'group') continue;
    if (n.role === role) return n;
  }
  throw new Error(`no group ${role}`);
}

/** The ink box of a one-line text node. */
function textBox(n: SceneNode & { kind: 'text' }): Rect {
  const w = measureText(n.lines[0]!, n.size, n.weight ?? 'normal');
  const x = n.anchor === 'middle' ? n.x - w / 2 : n.anchor === 'end' ? n.x - w : n.x;
  return { x, y: n.y - 0.8 * n.size, width: w, height: 1.05 * n.size };
}

const inside = (r: Rect, b: Rect) =>
  r.x >= b.x - 1e-6 &&
  r.y >= b.y - 1e-6 &&
  r.x + r.width <= b.x + b.width + 1e-6 &&
  r.y + r.height <= b.y + b.height + 1e-6;

function checkChartLabels(model: ServiceModel, journey: string, locale: 'zh-CN' | 'en'): void {
  const layout = layoutJourney(model, { locale, journey })!;
  const scene = journeyScene(layout);
  const chart = find(scene.children, 'emotion-chart');
  const labels: Rect[] = [];
  const points: Rect[] = [];
  for (const g of chart.children) {
    if (g.kind !== 'group') continue;
    for (const n of g.children) {
      if (n.kind === 'text') labels.push(textBox(n));
      if (n.kind === 'circle' && n.r < 5)
        points.push({ x: n.cx - n.r, y: n.cy - n.r, width: 2 * n.r, height: 2 * n.r });
    }
  }
  const ch = layout.chart;
  const bounds = { x: ch.x, y: ch.y, width: ch.width, height: ch.height };
  const sceneRect = { x: 0, y: 0, width: scene.width, height: scene.height };
  for (const [i, a] of labels.entries()) {
    expect(inside(a, bounds), `label ${i} inside the chart`).toBe(true);
    expect(inside(a, sceneRect)).toBe(true);
    for (const b of labels.slice(i + 1)) expect(rectsOverlap(a, b), 'labels apart').toBe(false);
    for (const p of points) expect(rectsOverlap(a, p), 'label off the points').toBe(false);
  }
}

describe('journeyScene chart labels', () => {
  it('keeps a peak at the end inside the chart, apart from the End label (property-repair owner-to-be)', () => {
    const model = withCurves([2, -2, 0, -4, 1, 3, 2, 2], [2, 0, 2, 3, 3, 3, 2, 4]);
    checkChartLabels(model, 'tb', 'zh-CN');
    checkChartLabels(model, 'tb', 'en');
  });

  it('keeps value, peak and end labels inside the chart and off each other and the points (property)', () => {
    const emotion = fc.integer({ min: -5, max: 5 });
    const curves = fc
      .integer({ min: 1, max: 9 })
      .chain((n) =>
        fc.tuple(
          fc.array(emotion, { minLength: n, maxLength: n }),
          fc.option(fc.array(emotion, { minLength: n, maxLength: n }), { nil: undefined }),
        ),
      );
    fc.assert(
      fc.property(curves, fc.constantFrom('zh-CN' as const, 'en' as const), ([asIs, toBe], locale) => {
        checkChartLabels(withCurves(asIs, toBe), toBe ? 'tb' : 'as', locale);
      }),
      { numRuns: 150 },
    );
  });
});

describe('journeyScene row labels', () => {
  it('makes every row, even an empty one, at least as tall as its label, with equal room above and below', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      // Thinking, feeling, pain points and opportunities are empty here: those rows take their minimum height.
      const layout = layoutJourney(withCurves([1, -2, 3]), { locale, journey: 'as' })!;
      const rows = find(journeyScene(layout).children, 'rows');
      for (const [i, g] of rows.children.entries()) {
        const row = layout.rows[i]!;
        if (g.kind !== 'group') throw new Error('row group');
        const text = g.children.find((n) => n.kind === 'text');
        if (text?.kind !== 'text') throw new Error('row label');
        const inkTop = text.y - 0.8 * text.size;
        const inkBottom = text.y + (text.lines.length - 1) * text.lineHeight + 0.25 * text.size;
        expect(inkTop - row.y, `${row.kind} room above`).toBeGreaterThan(0);
        expect(row.y + row.height - inkBottom, `${row.kind} room below`).toBeGreaterThanOrEqual(
          inkTop - row.y - 1e-9,
        );
        for (const line of text.lines)
          expect(measureText(line, text.size, 'bold')).toBeLessThanOrEqual(layout.labelColumn.width - 8 - 10);
      }
    }
  });
});
