import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it('reads minutes and the unit syntax', () => {
    expect(parseDuration(12)).toBe(12);
    expect(parseDuration('30s')).toBe(0.5);
    expect(parseDuration('5m')).toBe(5);
    expect(parseDuration('1.5h')).toBe(90);
    expect(parseDuration('2d')).toBe(2880);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('1h 30m')).toBe(90);
  });
  it('rejects everything else', () => {
    for (const bad of ['', '5', '5 minutes', 'm', '30m1h', '1h1h', '-5m', '1.h', 'abc'])
      expect(parseDuration(bad)).toBeUndefined();
    expect(parseDuration(-1)).toBeUndefined();
    expect(parseDuration(Number.NaN)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes whole units', () => {
    expect(formatDuration(90)).toBe('1h30m');
    expect(formatDuration(2880)).toBe('2d');
    expect(formatDuration(0.5)).toBe('30s');
    expect(formatDuration(0)).toBe(0);
    expect(formatDuration(1 / 7)).toBe(1 / 7);
  });
  it('reads back to the same number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
        (m) => {
          expect(parseDuration(formatDuration(m))).toBe(m);
        },
      ),
    );
  });
});
