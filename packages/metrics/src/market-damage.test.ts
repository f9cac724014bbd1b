import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKET_DAMAGE_RATES, marketDamage } from './market-damage.js';

describe('marketDamage (TARP)', () => {
  it('hand-computed with the defaults: 10,000 customers, 10 % problems, value 200', () => {
    const r = marketDamage({ customers: 10_000, problemRate: 0.1, valuePerCustomer: 200 });
    // affected 1000; complainers 40 (20 resolved, 20 unresolved); silent 960
    expect(r.customersAffected).toBeCloseTo(1000, 9);
    expect(r.complainers).toBeCloseTo(40, 9);
    expect(r.silentDissatisfied).toBeCloseTo(960, 9);
    // lost = 960·0.91 + 20·0.81 + 20·0.46 = 873.6 + 16.2 + 9.2 = 899
    expect(r.lostCustomers).toBeCloseTo(899, 9);
    expect(r.revenueAtRisk).toBeCloseTo(179_800, 6);
    // negative reach (960 + 20)·10 = 9800; positive 20·5 = 100
    expect(r.wordOfMouth.negativeReach).toBeCloseTo(9800, 9);
    expect(r.wordOfMouth.positiveReach).toBeCloseTo(100, 9);
    expect(r.rates).toEqual(DEFAULT_MARKET_DAMAGE_RATES);
  });
  it('every rate is an input; better complaint handling lowers revenue at risk', () => {
    const base = marketDamage({
      customers: 10_000,
      problemRate: 0.1,
      valuePerCustomer: 200,
      complaintRate: 0.3,
    });
    const better = marketDamage({
      customers: 10_000,
      problemRate: 0.1,
      valuePerCustomer: 200,
      complaintRate: 0.3,
      resolvedShare: 0.9,
    });
    expect(base.rates.complaintRate).toBe(0.3);
    expect(better.revenueAtRisk).toBeLessThan(base.revenueAtRisk);
    expect(() => marketDamage({ customers: 1, problemRate: 1.5, valuePerCustomer: 1 })).toThrowError(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
  });
});
