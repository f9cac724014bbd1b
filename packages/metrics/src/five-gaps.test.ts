import { describe, expect, it } from 'vitest';
import { fiveGaps, GAP_ASSESSMENT_ITEMS, GAP_DEFINITIONS, GAP_IDS } from './five-gaps.js';
import { servqual } from './servqual.js';
import { addServqualMany, emptyServqual, SERVQUAL_STANDARD_LAYOUT } from './servqual-sums.js';

const all = (score: number) => Object.fromEntries(GAP_ASSESSMENT_ITEMS.map((i) => [i.id, score]));

describe('fiveGaps', () => {
  it('ships several bilingual items per gap 1–4 and causes/measures for all five gaps', () => {
    for (const g of ['listening', 'standards', 'delivery', 'communication'] as const) {
      expect(GAP_ASSESSMENT_ITEMS.filter((i) => i.gap === g).length).toBeGreaterThanOrEqual(4);
    }
    for (const g of GAP_IDS) {
      expect(GAP_DEFINITIONS[g].causes.length).toBeGreaterThan(0);
      expect(GAP_DEFINITIONS[g].measures.length).toBeGreaterThan(0);
    }
    expect(GAP_DEFINITIONS.communication.measures.map((m) => m.en).join(' ')).toMatch(/over-promising/);
  });

  it('scores gaps as item means, flags below 5, orders priorities by severity, lists weak items', () => {
    const answers = {
      ...all(6),
      'g3-skills': [2, 3],
      'g3-tools': 3,
      'g4-promises': 4,
      'g1-research': [7, 9, null],
    };
    const r = fiveGaps(answers);
    const delivery = r.gaps.find((g) => g.gap === 'delivery')!;
    // (2.5 + 3 + 6 + 6 + 6)/5 = 4.7
    expect(delivery.score).toBeCloseTo(4.7, 12);
    expect(delivery.flagged).toBe(true);
    expect(delivery.weakItems.map((w) => w.id)).toEqual(['g3-skills', 'g3-tools']);
    expect(delivery.measures[1]!.en).toMatch(/Motivate/);
    const communication = r.gaps.find((g) => g.gap === 'communication')!;
    expect(communication.score).toBeCloseTo(5.5, 12);
    expect(communication.flagged).toBe(false);
    expect(r.priorities).toEqual(['delivery']);
    expect(r.excluded.invalidAnswers).toBe(2);
    expect(r.gaps).toHaveLength(4);
  });

  it('takes gap 5 from SERVQUAL and flags a significantly negative score', () => {
    const resp = (g: number) => ({
      expectations: SERVQUAL_STANDARD_LAYOUT.map(() => 6),
      perceptions: SERVQUAL_STANDARD_LAYOUT.map(() => 6 + g),
    });
    const sq = servqual(addServqualMany(emptyServqual(), [resp(-1), resp(-2), resp(-1), resp(-2)]));
    const r = fiveGaps({ ...all(6), 'unknown-item': 3 }, sq);
    const g5 = r.gaps.find((g) => g.gap === 'customer')!;
    expect(g5.score).toBeCloseTo(-1.5, 12);
    expect(g5.flagged).toBe(true);
    expect(g5.severity).toBeCloseTo(0.25, 12);
    expect(r.priorities).toEqual(['customer']);
    expect(r.excluded.unknownItems).toEqual(['unknown-item']);
  });
});

describe('fiveGaps on a 1–5 SERVQUAL', () => {
  it('gap-5 severity uses the scale width: −2 on 1–5 is 0.5 (was −2/6 = 0.33, as if on 1–7)', () => {
    const resp = (g: number) => ({
      expectations: SERVQUAL_STANDARD_LAYOUT.map(() => 5),
      perceptions: SERVQUAL_STANDARD_LAYOUT.map(() => 5 + g),
    });
    const sums = addServqualMany(emptyServqual(SERVQUAL_STANDARD_LAYOUT, { min: 1, max: 5 }), [
      resp(-2),
      resp(-2),
      resp(-3),
      resp(-1),
    ]);
    const g5 = fiveGaps(all(6), servqual(sums)).gaps.find((g) => g.gap === 'customer')!;
    expect(g5.score).toBeCloseTo(-2, 12);
    expect(g5.severity).toBeCloseTo(0.5, 12);
  });
});
