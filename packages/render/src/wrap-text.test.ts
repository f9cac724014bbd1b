import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from './measure-text.js';
import { wrapText } from './wrap-text.js';

describe('measureText', () => {
  it('advances CJK, kana, hangul and full-width forms by 1 em', () => {
    expect(measureText('物业维修', 10)).toBe(40);
    expect(measureText('カナ한글', 12)).toBe(48);
    expect(measureText('，（）', 10)).toBe(30);
  });
  it('uses proportional Latin advances, bold a little wider', () => {
    expect(measureText('i', 10)).toBeLessThan(measureText('m', 10));
    expect(measureText('Hello', 10, 'bold')).toBeGreaterThan(measureText('Hello', 10));
    expect(measureText('', 10)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks between CJK characters', () => {
    expect(wrapText('物业维修服务中心', 40, 10)).toEqual(['物业维修', '服务中心']);
  });
  it('breaks Latin at spaces and keeps words whole', () => {
    const lines = wrapText('Reports a repair need to the hotline', 80, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Reports a repair need to the hotline');
    for (const l of lines) expect(measureText(l, 10)).toBeLessThanOrEqual(80);
  });
  it('breaks after hyphens', () => {
    expect(wrapText('follow-up', 40, 10)).toEqual(['follow-', 'up']);
  });
  it('breaks overlong words by character', () => {
    const lines = wrapText('Supercalifragilistic', 40, 10);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const l of lines) expect(measureText(l, 10)).toBeLessThanOrEqual(40);
  });
  it('never starts a line with closing punctuation (kinsoku)', () => {
    // 4 chars fit; the comma must not start line 2, so 修 moves down with it.
    expect(wrapText('物业维修，服务', 40, 10)).toEqual(['物业维', '修，服务']);
    expect(wrapText('我们已经。', 40, 10)).toEqual(['我们已', '经。']);
  });
  it('never ends a line with an opening bracket (kinsoku)', () => {
    expect(wrapText('请联系「客服」', 40, 10)).toEqual(['请联系', '「客服」']);
    expect(wrapText('物业（维修）', 30, 10)[0]).not.toMatch(/（$/);
  });
  it('mixes CJK and Latin', () => {
    const lines = wrapText('通过App预约上门时间', 50, 10);
    expect(lines.join('')).toBe('通过App预约上门时间');
    expect(lines.some((l) => l.includes('App'))).toBe(true);
    for (const l of lines) expect(measureText(l, 10)).toBeLessThanOrEqual(50);
  });
  it('honours line breaks', () => {
    expect(wrapText('a\nb', 100, 10)).toEqual(['a', 'b']);
  });
  it('ends with an ellipsis when cut to maxLines', () => {
    const lines = wrapText('物业维修服务中心接听并记录', 40, 10, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1]!, 10)).toBeLessThanOrEqual(40);
  });
  it('keeps every character and fits every line (property)', () => {
    const tokens = fc.constantFrom(
      '物业',
      '维修服务',
      '（备件）',
      '「工单」',
      'abc',
      'defg-XYZ',
      ' ',
      '，',
      '。',
      '12',
    );
    const isPunct = (t: string) => t === '，' || t === '。';
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 40 }), fc.integer({ min: 30, max: 200 }), (raw, width) => {
        // Kinsoku can only hold when punctuation does not pile up beyond a line's width: one mark at a time.
        let last = '';
        const chars = raw.filter((t) => {
          const keep = !(isPunct(t) && '，。）」'.includes(last[last.length - 1] ?? ''));
          if (keep && t !== ' ') last = t;
          return keep;
        });
        const text = chars.join('');
        const lines = wrapText(text, width, 10);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const l of lines) expect(measureText(l, 10)).toBeLessThanOrEqual(width);
        for (const l of lines.slice(1)) expect('，。）」'.includes(l[0] ?? '')).toBe(false);
        for (const l of lines.slice(0, -1)) expect('（「'.includes(l[l.length - 1] ?? '')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
