import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chiSquareCdf,
  chiSquareSurvival,
  incompleteBeta,
  lnGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions.js';

// Table values: Abramowitz & Stegun tables 26.1, 26.7, 26.8; standard printed t and chi-square tables.
describe('normal', () => {
  it('matches table CDF values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 15);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 12);
    expect(normalCdf(1.96)).toBeCloseTo(0.97500210485178, 12);
    expect(normalCdf(-2.5)).toBeCloseTo(0.00620966532577613, 14);
    expect(normalCdf(-8)).toBeCloseTo(6.22096057427178e-16, 25);
  });
  it('matches table quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853626951472, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829303548901, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 11);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it('quantile inverts the CDF', () => {
    for (const p of [1e-10, 0.01, 0.2, 0.5, 0.7, 0.99, 1 - 1e-9]) {
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    }
  });
});

describe('gamma and beta', () => {
  it('lnGamma matches factorials and Γ(½) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(101)).toBeCloseTo(363.73937555556347, 9);
  });
  it('incomplete beta has closed forms', () => {
    // I_x(1, b) = 1 − (1 − x)^b; I_x(a, 1) = x^a
    expect(incompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 14);
    expect(incompleteBeta(0.6, 3, 1)).toBeCloseTo(0.6 ** 3, 14);
    expect(incompleteBeta(0.5, 7, 7)).toBeCloseTo(0.5, 14);
  });
});

describe('Student t', () => {
  it('matches printed two-sided 95 % critical values', () => {
    const table: [number, number][] = [
      [1, 12.7062047361747],
      [2, 4.30265272974946],
      [5, 2.57058183563631],
      [10, 2.22813885198627],
      [30, 2.04227245630124],
      [120, 1.97993040508242],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 9);
  });
  it('matches other table quantiles', () => {
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.03214298355523, 9);
    expect(studentTQuantile(0.95, 3)).toBeCloseTo(2.35336343480182, 9);
    expect(studentTQuantile(0.05, 3)).toBeCloseTo(-2.35336343480182, 9);
    expect(studentTQuantile(0.9995, 1)).toBeCloseTo(636.619248768, 5);
    expect(studentTQuantile(0.975, 2.5)).toBeGreaterThan(2.57);
  });
  it('CDF and two-sided p agree with the quantile', () => {
    expect(studentTCdf(2.22813885198627, 10)).toBeCloseTo(0.975, 12);
    expect(studentTTwoSidedP(2.04227245630124, 30)).toBeCloseTo(0.05, 12);
    expect(studentTCdf(0, 7)).toBe(0.5);
  });
});

describe('chi-square', () => {
  it('matches printed 95 % critical values', () => {
    expect(chiSquareCdf(3.84145882069412, 1)).toBeCloseTo(0.95, 12);
    expect(chiSquareCdf(7.81472790325118, 3)).toBeCloseTo(0.95, 12);
    expect(chiSquareCdf(18.3070380532751, 10)).toBeCloseTo(0.95, 12);
    expect(chiSquareSurvival(11.3448667301444, 3)).toBeCloseTo(0.01, 12);
  });
  it('df = 2 is exponential', () => {
    expect(chiSquareCdf(3, 2)).toBeCloseTo(1 - Math.exp(-1.5), 14);
  });
});

describe('round trips (properties)', () => {
  it('studentTCdf(studentTQuantile(p, ν), ν) = p for ν from 0.5 to 10⁶ (Welch df are fractional)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.oneof(fc.double({ min: 0.5, max: 200, noNaN: true }), fc.integer({ min: 1, max: 1_000_000 })),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThan(1e-9 * Math.min(p, 1 - p) + 1e-14);
        },
      ),
    );
  });
  it('large df approaches the normal quantile', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });
});
