import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceUnits, measureText, measureUnits } from './measure-text.js';

/** The definition: a text's width is the sum of its characters' advances (code point by code point). */
function sumOfAdvances(text: string, weight: 'normal' | 'bold'): number {
  let units = 0;
  for (const ch of text) units += advanceUnits(ch, weight);
  return units;
}

describe('measureUnits', () => {
  it('is the sum of the advances of the code points, for any text and both weights', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '顾客提交报修（第 3 次）',
        '¥12.50 — 30 min',
        '\ud83d\ude00 emoji',
        'a\ud800b\udc00c',
        'x\u0301',
      ),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('normal' as const, 'bold' as const), (t, w) => {
        expect(measureUnits(t, w)).toBe(sumOfAdvances(t, w));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives Noto Sans SC widths: a CJK character is 1 em, Latin letters their table advance', () => {
    expect(measureText('服务', 10)).toBe(20);
    expect(measureUnits('A')).toBe(608);
    expect(measureUnits('A', 'bold')).toBe(641);
    expect(measureUnits('—')).toBe(894);
  });
});
