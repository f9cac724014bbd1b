import type { Locale } from '@frontstage/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprintArb } from './blueprint.arbitrary.test-util.js';
import { crowdedLabelModel } from './blueprint-layout.fixture.test-util.js';
import { type BlueprintLayout, layoutBlueprint } from './blueprint-layout.js';
import { onBorder, type Point, rectsOverlap, segmentCrossesRect } from './geometry.js';
import { laneRank } from './lane-order.js';
import { measureText } from './measure-text.js';
import { buildModel, propertyRepairModel } from './model.test-util.js';

const EPS = 1e-6;
const THRESHOLD = { interaction: 1.75, visibility: 2.75, internal_interaction: 3.75 } as const;

/** Every geometric promise of the blueprint layout, checked on one layout. */
function checkLayout(layout: BlueprintLayout, flowCount: number): void {
  const boxes = layout.boxes;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  // No two boxes overlap.
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      expect(rectsOverlap(sorted[i]!, sorted[j]!), `${sorted[i]!.id} overlaps ${sorted[j]!.id}`).toBe(false);
    }
  }
  // Boxes by column, to check a segment only against the columns it spans.
  const byCol = layout.columns.map(() => [] as (typeof boxes)[number][]);
  for (const b of boxes) byCol[b.col]!.push(b);
  const candidates = (x0: number, x1: number) => {
    const out: (typeof boxes)[number][] = [];
    for (const c of layout.columns) if (c.x < x1 && c.x + c.width > x0) out.push(...byCol[c.index]!);
    return out;
  };
  // Every flow between two drawn boxes is routed.
  expect(layout.flows.length).toBe(flowCount);
  const segments: { x0: number; y0: number; x1: number; y1: number; flow: string }[] = [];
  for (const f of layout.flows) {
    const pts = f.points;
    expect(pts.length).toBeGreaterThanOrEqual(2);
    expect(onBorder(pts[0]!, byId.get(f.from)!), `${f.id} starts on its source`).toBe(true);
    expect(onBorder(pts[pts.length - 1]!, byId.get(f.to)!), `${f.id} ends on its target`).toBe(true);
    for (let i = 0; i + 1 < pts.length; i++) {
      const [ax, ay] = pts[i]!;
      const [bx, by] = pts[i + 1]!;
      expect(ax === bx || ay === by, `${f.id} segment ${i} is orthogonal`).toBe(true);
      expect(ax !== bx || ay !== by, `${f.id} segment ${i} has length`).toBe(true);
      for (const box of candidates(Math.min(ax, bx), Math.max(ax, bx))) {
        expect(segmentCrossesRect(pts[i]!, pts[i + 1]!, box), `${f.id} segment ${i} crosses ${box.id}`).toBe(
          false,
        );
      }
      segments.push({
        x0: Math.min(ax, bx),
        y0: Math.min(ay, by),
        x1: Math.max(ax, bx),
        y1: Math.max(ay, by),
        flow: f.id,
      });
    }
  }
  // No two flows run along each other (collinear overlap of positive length).
  const vertical = segments.filter((s) => s.x0 === s.x1).sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  for (let i = 0; i + 1 < vertical.length; i++) {
    for (let j = i + 1; j < vertical.length && vertical[j]!.x0 === vertical[i]!.x0; j++) {
      const a = vertical[i]!;
      const b = vertical[j]!;
      if (a.flow === b.flow) continue;
      expect(Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > EPS, `${a.flow} runs along ${b.flow}`).toBe(false);
    }
  }
  const horizontal = segments.filter((s) => s.y0 === s.y1).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  for (let i = 0; i + 1 < horizontal.length; i++) {
    for (let j = i + 1; j < horizontal.length && horizontal[j]!.y0 === horizontal[i]!.y0; j++) {
      const a = horizontal[i]!;
      const b = horizontal[j]!;
      if (a.flow === b.flow) continue;
      expect(Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > EPS, `${a.flow} runs along ${b.flow}`).toBe(false);
    }
  }
  // Lanes in method order, stacked top to bottom without overlap.
  for (let i = 1; i < layout.lanes.length; i++) {
    expect(laneRank(layout.lanes[i]!.lane)).toBeGreaterThanOrEqual(laneRank(layout.lanes[i - 1]!.lane));
    expect(layout.lanes[i]!.y).toBeGreaterThanOrEqual(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
  }
  // Each line lies between the two lanes it separates, and those are on the right sides of it.
  const laneById = new Map(layout.lanes.map((l) => [l.id, l]));
  for (const line of layout.lines) {
    const above = laneById.get(line.above)!;
    const below = laneById.get(line.below)!;
    expect(laneRank(above.lane)).toBeLessThan(THRESHOLD[line.kind]);
    expect(laneRank(below.lane)).toBeGreaterThan(THRESHOLD[line.kind]);
    expect(line.y).toBeGreaterThan(above.y + above.height);
    expect(line.y).toBeLessThan(below.y);
    expect(layout.lanes.indexOf(below)).toBe(layout.lanes.indexOf(above) + 1);
  }
  // All text fits inside its box.
  for (const box of boxes) {
    expect(box.y).toBeGreaterThanOrEqual(laneById.get(box.lane)!.y);
    expect(box.y + box.height).toBeLessThanOrEqual(
      laneById.get(box.lane)!.y + laneById.get(box.lane)!.height,
    );
    for (const t of box.texts) {
      const area = t.tone === 'question' && box.diamond ? box.diamond : box.head;
      const maxW = t.tone === 'question' ? area.width * 0.55 + EPS : area.width - 2;
      for (const line of t.lines) expect(measureText(line, t.size, t.weight), line).toBeLessThanOrEqual(maxW);
      expect(t.y - t.size).toBeGreaterThanOrEqual(area.y);
      expect(t.y + (t.lines.length - 1) * t.lineHeight + t.size * 0.3).toBeLessThanOrEqual(
        area.y + area.height,
      );
    }
    for (const b of box.badges) {
      expect(b.cx - b.r).toBeGreaterThanOrEqual(box.x);
      expect(b.cy - b.r).toBeGreaterThanOrEqual(box.y);
    }
  }
  checkFlowLabels(layout);
}

/** The backing rectangle the scene draws behind a flow label (text baseline 9 px below its top). */
function flowLabelRect(l: NonNullable<BlueprintLayout['flows'][number]['label']>) {
  return { x: l.x - l.width / 2, y: l.y - 9, width: l.width, height: 12 };
}

/** Flow labels: inside the grid (so the canvas), wide enough for their text, clear of boxes, lines and each other. */
function checkFlowLabels(layout: BlueprintLayout): void {
  const labels = layout.flows.flatMap((f) =>
    f.label ? [{ id: f.id, r: flowLabelRect(f.label), l: f.label }] : [],
  );
  const g = layout.grid;
  const lineRects = layout.lines.flatMap((l) => [
    { what: `line ${l.kind}`, r: { x: l.x1, y: l.y - 1, width: l.x2 - l.x1, height: 2 } },
    {
      what: `label of line ${l.kind}`,
      r: { x: l.x1 + 2, y: l.y - 3.5 - 9 * 0.8, width: measureText(l.label, 9, 'bold'), height: 9 * 1.05 },
    },
  ]);
  for (const [i, { id, r, l }] of labels.entries()) {
    expect(l.width, `${id} label fits its text`).toBeGreaterThanOrEqual(measureText(l.text, 9, 'bold'));
    expect(r.x >= g.x - EPS && r.x + r.width <= g.x + g.width + EPS, `${id} label inside the grid (x)`).toBe(
      true,
    );
    expect(
      r.y >= g.y - EPS && r.y + r.height <= g.y + g.height + EPS,
      `${id} label inside the grid (y)`,
    ).toBe(true);
    expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= layout.width && r.y + r.height <= layout.height).toBe(
      true,
    );
    // Collected first, then asserted once: expect() per pair would dominate the run time.
    const hits = [
      ...layout.boxes.filter((b) => rectsOverlap(r, b)).map((b) => `box ${b.id}`),
      ...labels
        .slice(i + 1)
        .filter((o) => rectsOverlap(r, o.r))
        .map((o) => `${o.id} label`),
      ...lineRects.filter((o) => rectsOverlap(r, o.r)).map((o) => o.what),
    ];
    expect(hits, `${id} label covers`).toEqual([]);
  }
}

function routable(layout: BlueprintLayout, model: ReturnType<typeof propertyRepairModel>): number {
  const ids = new Set(layout.boxes.map((b) => b.id));
  return model.blueprint!.flows.filter((f) => ids.has(f.from) && ids.has(f.to) && f.from !== f.to).length;
}

describe('layoutBlueprint', () => {
  it('lays out the property-repair example cleanly in both languages', () => {
    const model = propertyRepairModel();
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      const layout = layoutBlueprint(model, { locale });
      checkLayout(layout, routable(layout, model));
      expect(layout.lanes.map((l) => l.id)).toEqual([
        'evidence',
        'customer',
        'frontstage',
        'backstage',
        'it',
        'support',
      ]);
      expect(layout.lines.map((l) => [l.kind, l.above, l.below])).toEqual([
        ['interaction', 'customer', 'frontstage'],
        ['visibility', 'frontstage', 'backstage'],
        ['internal_interaction', 'it', 'support'],
      ]);
      expect(layout.stages.map((s) => s.id)).toEqual(['request', 'repair', 'close']);
      expect(layout.flows.length).toBe(model.blueprint!.flows.length);
    }
  });

  it('names the lines in the locale', () => {
    const model = propertyRepairModel();
    expect(layoutBlueprint(model, { locale: 'zh-CN' }).lines.map((l) => l.label)).toEqual([
      '互动分界线',
      '可视分界线',
      '内部互动分界线',
    ]);
    expect(layoutBlueprint(model, { locale: 'en' }).lines.map((l) => l.label)).toEqual([
      'Line of interaction',
      'Line of visibility',
      'Line of internal interaction',
    ]);
  });

  it('routes an in-step flow straight down and a sequence straight right', () => {
    const layout = layoutBlueprint(propertyRepairModel(), { locale: 'en' });
    const down = layout.flows.find((f) => f.id === 'notify.customer->notify.frontstage')!;
    expect(down.points).toHaveLength(2);
    expect(down.points[0]![0]).toBe(down.points[1]![0]);
    const right = layout.flows.find((f) => f.id === 'arrive.customer->repair.customer')!;
    expect(right.points).toHaveLength(2);
    expect(right.points[0]![1]).toBe(right.points[1]![1]);
    const loop = layout.flows.find((f) => f.kind === 'loop' && f.from === 'repair.frontstage')!;
    expect(loop.label?.text).toBe('Redo');
  });

  it('sizes columns and rows by content', () => {
    const short = buildModel({
      stages: [{ id: 'a', name: 'A' }],
      steps: [{ id: 's', stage: 'a', cells: { customer: { text: '短' } } }],
    });
    const long = buildModel({
      stages: [{ id: 'a', name: 'A' }],
      steps: [
        {
          id: 's',
          stage: 'a',
          cells: {
            customer: { text: '这是一个非常非常长的顾客行为描述，需要换行显示在多行之中，以便读者阅读' },
          },
        },
      ],
    });
    const a = layoutBlueprint(short, { locale: 'zh-CN' });
    const b = layoutBlueprint(long, { locale: 'zh-CN' });
    expect(b.columns[0]!.width).toBeGreaterThan(a.columns[0]!.width);
    expect(b.lanes[1]!.height).toBeGreaterThan(a.lanes[1]!.height);
  });

  it('keeps every geometric promise on random blueprints (1–60 steps)', () => {
    fc.assert(
      fc.property(blueprintArb(60), fc.constantFrom<Locale>('zh-CN', 'en'), (model, locale) => {
        const layout = layoutBlueprint(model, { locale });
        checkLayout(layout, routable(layout, model));
      }),
      { numRuns: Number(process.env.FRONTSTAGE_LAYOUT_RUNS) || 50 },
    );
  });

  it('starts every branch of a decision on its diamond, loops back included', () => {
    for (const model of [propertyRepairModel(), crowdedLabelModel]) {
      const layout = layoutBlueprint(model, { locale: 'en' });
      const boxes = new Map(layout.boxes.map((b) => [b.id, b]));
      let branches = 0;
      for (const f of layout.flows) {
        const from = boxes.get(f.from)!;
        const d = from.diamond;
        const [x, y] = f.points[0]!;
        if (!d || (x === from.x + from.width / 2 && y === from.y + from.height)) continue; // straight down: the diamond's bottom vertex
        branches++;
        expect(x, f.id).toBe(from.x + from.width);
        expect(y, f.id).toBeGreaterThanOrEqual(d.y);
        expect(y, f.id).toBeLessThanOrEqual(d.y + d.height);
      }
      expect(branches).toBeGreaterThan(1);
    }
  });

  it('finds room for a flow label whose route has no free spot (regression: label landed on two boxes)', () => {
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      const layout = layoutBlueprint(crowdedLabelModel, { locale });
      checkLayout(layout, routable(layout, crowdedLabelModel));
      // Beside its route (its box within a few px of one of the route's segments), not somewhere else in the grid.
      const flow = layout.flows.find((f) => f.id === 's9.customer.2->s10.customer')!;
      const label = flow.label!;
      const box = { x: label.x - label.width / 2, y: label.y - 9, width: label.width, height: 12 };
      const gap = (p: Point, q: Point) => {
        const dx = Math.max(box.x - Math.max(p[0], q[0]), Math.min(p[0], q[0]) - (box.x + box.width), 0);
        const dy = Math.max(box.y - Math.max(p[1], q[1]), Math.min(p[1], q[1]) - (box.y + box.height), 0);
        return Math.hypot(dx, dy);
      };
      const nearest = Math.min(...flow.points.slice(1).map((q, i) => gap(flow.points[i]!, q)));
      expect(nearest).toBeLessThanOrEqual(6);
    }
  });

  it('lays out 1,000 steps in milliseconds', () => {
    const model = fc.sample(blueprintArb(1, 2), { numRuns: 1, seed: 7 })[0]!;
    const steps = Array.from({ length: 1000 }, (_, i) => ({
      id: `s${i}`,
      stage: `st${Math.floor(i / 10)}`,
      evidence: ['票据'],
      cells: {
        customer: {
          text: `顾客行为 ${i}`,
          ...(i % 7 === 3
            ? { decide: { ask: '通过？', next: `s${i + 1}`, otherwise: `s${Math.max(0, i - 3)}` } }
            : {}),
        },
        frontstage: { text: 'Answers and records the request' },
        backstage: [{ text: '维修信息登录' }, { text: 'Second' }],
        support: { text: '工单系统' },
      },
    }));
    const big = buildModel({
      stages: Array.from({ length: 100 }, (_, i) => ({ id: `st${i}`, name: `Stage ${i}` })),
      steps: steps.map((s) => ({ ...s, cells: { ...s.cells } })),
    });
    expect(model).toBeDefined();
    layoutBlueprint(big, { locale: 'zh-CN' });
    const t0 = performance.now();
    const layout = layoutBlueprint(big, { locale: 'zh-CN' });
    const ms = performance.now() - t0;
    expect(layout.columns).toHaveLength(1000);
    expect(ms).toBeLessThan(1500);
  });
});

describe('layoutBlueprint edge cases', () => {
  it('draws a header and nothing else for a service without a blueprint', () => {
    const { blueprint: _, ...rest } = propertyRepairModel();
    const layout = layoutBlueprint(rest, { locale: 'en' });
    expect(layout.boxes).toHaveLength(0);
    expect(layout.lanes).toHaveLength(0);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('skips flows to unknown actions and self-loops', () => {
    const model = buildModel({
      stages: [{ id: 'a', name: 'A' }],
      steps: [{ id: 's', stage: 'a', cells: { customer: { text: 'x' } } }],
      flows: [
        { from: 's.customer', to: 'nowhere' },
        { from: 's.customer', to: 's.customer' },
      ],
    });
    expect(layoutBlueprint(model, { locale: 'en' }).flows).toHaveLength(0);
  });
});
