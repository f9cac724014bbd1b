import type { Journey, ServiceModel } from '@frontstage/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emotionY, layoutJourney } from './journey-layout.js';
import { renderJourney } from './journey-scene.js';
import { measureText } from './measure-text.js';
import { propertyRepairModel } from './model.test-util.js';

function withJourney(emotions: readonly (number | undefined)[]): ServiceModel {
  const base = propertyRepairModel();
  const journey: Journey = {
    id: 'j',
    name: 'J',
    variant: 'as_is',
    stages: [
      {
        id: 'st',
        name: 'Stage',
        steps: emotions.map((e, i) => ({
          touchpoint: `tp${i}`,
          ...(e === undefined ? {} : { emotion: e }),
          doing: '做点什么事情，然后继续做更多的事情',
          painPoints: ['等待时间太长了，而且没有人告诉我要等多久'],
          opportunities: [],
        })),
      },
    ],
  };
  return { ...base, journeys: [journey] };
}

describe('layoutJourney', () => {
  it('puts each point at the y of its emotion on the −5…+5 axis', () => {
    const layout = layoutJourney(propertyRepairModel(), { locale: 'zh-CN' })!;
    const { chart } = layout;
    expect(emotionY(chart, 5)).toBe(chart.top);
    expect(emotionY(chart, -5)).toBe(chart.bottom);
    expect(chart.zeroY).toBe((chart.top + chart.bottom) / 2);
    const primary = layout.curves.find((c) => c.primary)!;
    expect(primary.points.map((p) => p.emotion)).toEqual([-2, -1, 3, 1, -4, 2]);
    for (const p of primary.points) {
      expect(p.y).toBeCloseTo(chart.zeroY - (p.emotion / 5) * (chart.zeroY - chart.top), 6);
      const col = layout.columns[p.col]!;
      expect(p.x).toBe(col.x + col.width / 2);
    }
  });

  it('marks the peak (largest |emotion|) and the end on the right touchpoints', () => {
    const layout = layoutJourney(propertyRepairModel(), { locale: 'en' })!;
    expect(layout.peak?.touchpoint).toBe('payment');
    expect(layout.peak?.emotion).toBe(-4);
    expect(layout.peak?.label).toBe('Peak (strongest emotion)');
    expect(layout.end?.touchpoint).toBe('survey');
    expect(layout.end?.label).toBe('End');
  });

  it('draws the to-be curve over the as-is one, matched by touchpoint', () => {
    const layout = layoutJourney(propertyRepairModel(), { locale: 'en' })!;
    expect(layout.curves.map((c) => [c.variant, c.primary])).toEqual([
      ['as_is', true],
      ['to_be', false],
    ]);
    const toBe = layout.curves[1]!;
    // The to-be journey has no `wechat` step: 5 points, each in the column of its touchpoint.
    expect(toBe.points.map((p) => p.touchpoint)).toEqual([
      'hotline',
      'app-booking',
      'visit',
      'payment',
      'survey',
    ]);
    for (const p of toBe.points) expect(layout.columns[p.col]!.touchpoint).toBe(p.touchpoint);
    expect(layout.legend.map((l) => l.kind)).toEqual(['as_is', 'to_be', 'peak', 'end']);
    // Drawing the to-be journey overlays its as-is base the same way.
    const other = layoutJourney(propertyRepairModel(), { locale: 'en', journey: 'owner-to-be' })!;
    expect(other.curves.map((c) => [c.variant, c.primary])).toEqual([
      ['as_is', false],
      ['to_be', true],
    ]);
    expect(other.peak?.touchpoint).toBe('visit');
  });

  it('counts the counterpart touchpoints its curve cannot show (no column on this map) in the legend', () => {
    const base = propertyRepairModel();
    const plain = layoutJourney(base, { locale: 'en' })!;
    const onMap = new Set(plain.columns.map((c) => c.touchpoint));
    const toBe = base.journeys.find((j) => j.variant === 'to_be')!;
    const extra = { touchpoint: 'kiosk-new', emotion: 4, painPoints: [], opportunities: [] };
    const model: ServiceModel = {
      ...base,
      journeys: base.journeys.map((j) =>
        j === toBe
          ? { ...j, stages: j.stages.map((st, i) => (i === 0 ? { ...st, steps: [...st.steps, extra] } : st)) }
          : j,
      ),
    };
    const expected = model.journeys
      .find((j) => j.variant === 'to_be')!
      .stages.flatMap((st) => st.steps)
      .filter((st) => st.emotion !== undefined && !onMap.has(st.touchpoint))
      .map((st) => st.touchpoint);
    expect(expected).toContain('kiosk-new');
    const layout = layoutJourney(model, { locale: 'en' })!;
    expect(layout.curves.find((c) => !c.primary)!.omitted).toEqual(expected);
    expect(layout.curves.find((c) => c.primary)!.omitted).toEqual([]);
    const toBeLegend = layout.legend.find((l) => l.kind === 'to_be')!.label;
    expect(toBeLegend).toContain(`(+${expected.length} touchpoints not on this map)`);
    expect(layout.legend.find((l) => l.kind === 'as_is')!.label).not.toContain('not on this map');
    const zh = layoutJourney(model, { locale: 'zh-CN' })!;
    expect(zh.legend.find((l) => l.kind === 'to_be')!.label).toContain(
      `另有 ${expected.length} 个触点不在本图`,
    );
  });

  it('says so, without throwing, when there is no such journey', () => {
    expect(layoutJourney(propertyRepairModel(), { locale: 'en', journey: 'nope' })).toBeUndefined();
    const scene = renderJourney({ ...propertyRepairModel(), journeys: [] }, { locale: 'zh-CN' });
    expect(scene.children).toHaveLength(1);
    expect(scene.title).toContain('旅程');
  });

  it('labels rows and channels in the locale', () => {
    const zh = layoutJourney(propertyRepairModel(), { locale: 'zh-CN' })!;
    expect(zh.rows.map((r) => r.label)).toEqual([
      '触点',
      '行为',
      '想法',
      '感受',
      '情绪曲线',
      '痛点',
      '机会点',
    ]);
    expect(zh.columns[0]!.channelLabel).toBe('电话');
    const svg = renderJourney(propertyRepairModel(), { locale: 'zh-CN' });
    expect(svg.width).toBeGreaterThan(0);
  });

  it('finds peak and end for any emotions, and all cell text fits its column (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 30,
        }),
        (emotions) => {
          const layout = layoutJourney(withJourney(emotions), { locale: 'zh-CN' })!;
          const defined = emotions.map((e, i) => [e, i] as const).filter(([e]) => e !== undefined) as [
            number,
            number,
          ][];
          if (defined.length === 0) {
            expect(layout.peak).toBeUndefined();
          } else {
            const max = Math.max(...defined.map(([e]) => Math.abs(e)));
            const first = defined.find(([e]) => Math.abs(e) === max)!;
            expect(layout.peak!.col).toBe(first[1]);
            expect(layout.end!.col).toBe(defined[defined.length - 1]![1]);
          }
          for (const cell of layout.cells) {
            const col = layout.columns[cell.col]!;
            for (const t of cell.texts) {
              for (const line of t.lines)
                expect(t.x + measureText(line, t.size)).toBeLessThanOrEqual(col.x + col.width);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
