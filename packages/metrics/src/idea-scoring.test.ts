import { describe, expect, it } from 'vitest';
import { IDEA_CRITERIA, scoreIdeas } from './idea-scoring.js';

const ideas = [
  {
    id: 'sms-eta',
    scores: {
      professionalism: 3,
      investment_difficulty: 2,
      perceived_satisfaction: 4,
      low_cost: 5,
      high_perception: 4,
      simple_process: 5,
      easy_rollout: 5,
    },
  },
  {
    id: 'new-app',
    scores: {
      professionalism: 4,
      investment_difficulty: 5,
      perceived_satisfaction: 4,
      low_cost: 1,
      high_perception: 4,
      simple_process: 2,
      easy_rollout: 2,
    },
  },
  {
    id: 'shoe-covers',
    scores: { professionalism: 5, investment_difficulty: 1, perceived_satisfaction: 5, low_cost: 5 },
  },
];

describe('scoreIdeas', () => {
  it('builds the +/0/− matrix against the reference, difficulty reversed', () => {
    const r = scoreIdeas(ideas, {}, { reference: 'sms-eta' });
    const cell = (c: string, id: string) =>
      r.matrix.flat().find((x) => x.criterion === c && x.ideaId === id)!;
    expect(cell('professionalism', 'new-app').mark).toBe('+');
    expect(cell('investment_difficulty', 'new-app').mark).toBe('-'); // 5 > 2 is worse
    expect(cell('investment_difficulty', 'shoe-covers').mark).toBe('+');
    expect(cell('perceived_satisfaction', 'new-app').mark).toBe('0');
    expect(cell('easy_rollout', 'shoe-covers').mark).toBeNull();
    expect(cell('professionalism', 'sms-eta').mark).toBe('0');
    expect(r.matrix).toHaveLength(IDEA_CRITERIA.length);
  });

  it('weighted scores by hand, ranking, missing criteria reported', () => {
    const r = scoreIdeas(ideas, { perceived_satisfaction: 3 });
    const sms = r.ranked.find((x) => x.id === 'sms-eta')!;
    // utilities: prof 0.5, diff 0.75, sat 0.75 (w 3), cost 1, perc 0.75, simple 1, rollout 1 → (0.5+0.75+2.25+1+0.75+1+1)/9
    expect(sms.weightedScore).toBeCloseTo(7.25 / 9, 12);
    expect(sms.threeDegrees).toBeCloseTo(3.5 / 5, 12);
    expect(sms.peakDesign).toBeCloseTo(3.75 / 4, 12);
    const shoe = r.ranked.find((x) => x.id === 'shoe-covers')!;
    // prof 1, diff 1, sat 1 (w3), cost 1 → 1
    expect(shoe.weightedScore).toBe(1);
    expect(shoe.missing).toEqual(['high_perception', 'simple_process', 'easy_rollout']);
    expect(r.ranked.map((x) => x.id)).toEqual(['shoe-covers', 'sms-eta', 'new-app']);
    const app = r.ranked.find((x) => x.id === 'new-app')!;
    expect([app.plus, app.same, app.minus]).toEqual([1, 2, 4]);
    expect(app.weightedNet).toBe(1 - 1 - 1 - 1 - 1);
  });

  it('rejects an unknown reference and negative weights', () => {
    expect(() => scoreIdeas(ideas, {}, { reference: 'nope' })).toThrowError(
      expect.objectContaining({ code: 'unknown_id' }),
    );
    expect(() => scoreIdeas(ideas, { low_cost: -1 })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('scoreIdeas contract', () => {
  it('a scale with min = max throws invalid_scale (was division by zero: NaN/∞ scores)', () => {
    expect(() =>
      scoreIdeas([{ id: 'a', scores: { low_cost: 3 } }], {}, { scale: { min: 3, max: 3 } }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_scale' }));
  });
});
