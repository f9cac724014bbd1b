import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, rangeHas } from './unicode-range.js';

describe('parseUnicodeRange', () => {
  it('reads single points, intervals and wildcards, sorted', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, u+20,U+30??, bogus')).toEqual([
      [0x20, 0x20],
      [0x3000, 0x30ff],
      [0x4e00, 0x4e0f],
    ]);
  });

  it('answers membership by binary search', () => {
    const r = parseUnicodeRange('U+20,U+41-5a,U+4e00-9fff');
    expect([0x20, 0x41, 0x5a, 0x670d].map((c) => rangeHas(r, c))).toEqual([true, true, true, true]);
    expect([0x21, 0x40, 0x5b, 0xa000].map((c) => rangeHas(r, c))).toEqual([false, false, false, false]);
  });
});
