import { describe, expect, it } from 'vitest';
import { DEFAULT_MOT_SETTINGS, momentsOfTruth } from './moments-of-truth.js';

const journey = [
  { id: 'call', order: 1, traffic: 1000, complaints: 2, emotion: 1 },
  { id: 'wait', order: 2, traffic: 1000, complaints: 30, emotion: -4 },
  { id: 'visit', order: 3, traffic: 200, complaints: 0, emotion: 0.5, driverWeight: 0.6 },
  { id: 'pay', order: 4, traffic: 200, complaints: 0, emotion: 0, driverWeight: 0.2 },
  { id: 'follow-up', order: 5, traffic: 100, complaints: 0, emotion: 3, driverWeight: 0.2 },
];

describe('momentsOfTruth', () => {
  const r = momentsOfTruth(journey);
  const by = (id: string) => r.touchpoints.find((t) => t.id === id)!;

  it('first and end by journey order (input order does not matter)', () => {
    const shuffled = momentsOfTruth([...journey].reverse());
    expect(shuffled.touchpoints.map((t) => t.id)).toEqual(['call', 'wait', 'visit', 'pay', 'follow-up']);
    expect(by('call').classes).toContain('first');
    expect(by('follow-up').classes).toContain('end');
  });

  it('high frequency: traffic ≥ 1.5 × mean (mean 500)', () => {
    expect(by('call').classes).toContain('high_frequency');
    expect(by('visit').classes).not.toContain('high_frequency');
  });

  it('complaint by rate (30/1000 = 3 % ≥ 1 %) and polarity negative with the three strategies', () => {
    expect(by('wait').classes).toEqual(['complaint', 'high_frequency', 'high_perception', 'peak']);
    expect(by('wait').polarity).toBe('negative');
    expect(by('wait').strategies).toEqual(['prevent', 'manage_in_moment', 'recover']);
    expect(by('call').classes).not.toContain('complaint'); // 0.2 %, 2 of 32 complaints
  });

  it('high perception by driver weight (0.6 ≥ 1.5 × 1/3) or emotion intensity (|3|/5 ≥ 0.6)', () => {
    expect(by('visit').classes).toContain('high_perception');
    expect(by('pay').classes).not.toContain('high_perception');
    expect(by('follow-up').classes).toContain('high_perception');
    expect(by('follow-up').polarity).toBe('positive');
    expect(by('follow-up').strategies).toEqual(['reinforce']);
  });

  it('neutral touchpoints call for simplification; non-moments are reported too', () => {
    expect(by('pay')).toMatchObject({ isMoment: false, polarity: 'neutral', strategies: ['simplify'] });
  });

  it('every class has a bilingual reason', () => {
    for (const t of r.touchpoints) {
      expect(t.reasons.map((x) => x.class).sort()).toEqual([...t.classes].sort());
      for (const x of t.reasons) {
        expect(x.reason['zh-CN']).toBeTruthy();
        expect(x.reason.en).toBeTruthy();
      }
    }
    expect(by('wait').reasons[0]!.reason.en).toBe('Complaint rate 3%, at or above the 1% threshold.');
  });

  it('settings override defaults; duplicate ids throw', () => {
    const strict = momentsOfTruth(journey, { complaintRate: 0.05 });
    expect(strict.touchpoints[1]!.classes).toContain('complaint'); // still ≥ 25 % share (30/32)
    expect(strict.settings.complaintRate).toBe(0.05);
    expect(strict.settings.highFrequencyRatio).toBe(DEFAULT_MOT_SETTINGS.highFrequencyRatio);
    expect(() => momentsOfTruth([journey[0]!, journey[0]!])).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});

describe('momentsOfTruth contract', () => {
  it('an emotion scale with min = max throws invalid_scale (was intensity ∞ for every touchpoint)', () => {
    expect(() =>
      momentsOfTruth([{ id: 'a', order: 1, emotion: 0 }], { emotionScale: { min: 0, max: 0 } }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_scale' }));
  });
});
