import { describe, expect, it } from 'vitest';
import * as m from './index.js';

describe('bilingual labels', () => {
  it('every exported *_LABELS table has zh-CN and en for every key', () => {
    const tables = Object.entries(m).filter(([k]) => k.endsWith('_LABELS'));
    expect(tables.length).toBeGreaterThanOrEqual(14);
    for (const [, table] of tables) {
      for (const v of Object.values(table as Record<string, unknown>)) {
        const label = v as { 'zh-CN': string; en: string };
        expect(label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en).toMatch(/[A-Za-z]/);
      }
    }
  });
  it('labels cover the unions', () => {
    expect(Object.keys(m.KANO_CATEGORY_LABELS)).toEqual([...m.KANO_CATEGORIES]);
    expect(Object.keys(m.MOT_CLASS_LABELS).sort()).toEqual([...m.MOT_CLASSES].sort());
    expect(Object.keys(m.IPA_QUADRANT_LABELS)).toHaveLength(4);
    expect(Object.keys(m.VERDICT_LABELS)).toEqual(['improved', 'worsened', 'no_significant_change']);
    expect(Object.keys(m.EXCLUSION_REASON_LABELS).sort()).toEqual([...m.EXCLUSION_REASONS].sort());
    expect(m.npsGroup(9)).toBe('promoter');
    expect(m.npsGroup(7)).toBe('passive');
    expect(m.npsGroup(6)).toBe('detractor');
    expect(m.npsGroup(11)).toBeUndefined();
  });
});
