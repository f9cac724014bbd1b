import { describe, expect, it } from 'vitest';
import { SERVQUAL_INSTRUCTIONS, SERVQUAL_ITEMS, withCompany } from './servqual-instrument.js';

describe('instrument', () => {
  it('has 22 items in the standard dimensions, every wording in both languages', () => {
    expect(SERVQUAL_ITEMS).toHaveLength(22);
    const counts: Record<string, number> = {};
    for (const it of SERVQUAL_ITEMS) {
      counts[it.dimension] = (counts[it.dimension] ?? 0) + 1;
      for (const t of [it.expectation, it.perception]) {
        expect(t['zh-CN'].length).toBeGreaterThan(5);
        expect(t.en.length).toBeGreaterThan(10);
      }
    }
    expect(counts).toEqual({ tangibles: 4, reliability: 5, responsiveness: 4, assurance: 4, empathy: 5 });
    expect(SERVQUAL_ITEMS[4]!.dimension).toBe('reliability');
    expect(SERVQUAL_ITEMS[17]!.dimension).toBe('empathy');
    expect(withCompany(SERVQUAL_ITEMS[0]!.perception, { 'zh-CN': '某银行', en: 'Acme Bank' }).en).toBe(
      'Acme Bank has up-to-date equipment.',
    );
    expect(SERVQUAL_INSTRUCTIONS.points.en).toContain('100');
  });
});
