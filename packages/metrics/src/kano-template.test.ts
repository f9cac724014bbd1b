import { describe, expect, it } from 'vitest';
import { KANO_ANSWERS } from './kano-counts.js';
import { KANO_ANSWER_LABELS, kanoQuestions } from './kano-template.js';

describe('template', () => {
  it('fills both languages and has five labelled options', () => {
    const q = kanoQuestions({ 'zh-CN': '在线预约', en: 'online booking' });
    expect(q.functional.en).toBe('If online booking is provided, how do you feel?');
    expect(q.dysfunctional['zh-CN']).toContain('不提供「在线预约」');
    expect(Object.keys(KANO_ANSWER_LABELS)).toEqual([...KANO_ANSWERS]);
  });
});
