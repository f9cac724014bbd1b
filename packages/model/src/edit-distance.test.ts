import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './edit-distance.js';

describe('editDistance and nearest', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('suggests a close key and nothing for a far one', () => {
    expect(nearest('frontstge', ['frontstage', 'backstage'])).toBe('frontstage');
    expect(nearest('ZH-cn', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(nearest('banana', ['id', 'text'])).toBeUndefined();
    expect(nearest('x'.repeat(100), ['x'])).toBeUndefined();
  });
});
