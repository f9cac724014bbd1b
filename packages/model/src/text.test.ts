import { describe, expect, it } from 'vitest';
import { hasCjk, textEquals, textIn, textLike, textLocales } from './text.js';

describe('textIn', () => {
  it('returns a plain string as written, in any locale', () => {
    expect(textIn('Pays', 'zh-CN')).toBe('Pays');
  });
  it('picks the requested language of a pair and falls back to the other one', () => {
    expect(textIn({ 'zh-CN': '付款', en: 'Pays' }, 'en')).toBe('Pays');
    expect(textIn({ 'zh-CN': '付款', en: 'Pays' }, 'zh-CN')).toBe('付款');
    expect(textIn({ 'zh-CN': '付款' }, 'en')).toBe('付款');
    expect(textIn({ en: 'Pays' }, 'zh-CN')).toBe('Pays');
  });
  it('gives an empty string for nothing', () => {
    expect(textIn(undefined, 'en')).toBe('');
    expect(textIn({}, 'en')).toBe('');
  });
});

describe('text helpers', () => {
  it('compares texts structurally', () => {
    expect(textEquals({ en: 'a', 'zh-CN': '甲' }, { 'zh-CN': '甲', en: 'a' })).toBe(true);
    expect(textEquals('a', { en: 'a' })).toBe(false);
    expect(textEquals(undefined, undefined)).toBe(true);
    expect(textEquals('a', undefined)).toBe(false);
  });
  it('detects the languages of a text', () => {
    expect(hasCjk('时间合适？')).toBe(true);
    expect(textLocales('Ready?')).toEqual(['en']);
    expect(textLocales('好了吗')).toEqual(['zh-CN']);
    expect(textLocales({ 'zh-CN': '甲', en: 'A' })).toEqual(['zh-CN', 'en']);
  });
  it('writes a label in the languages of another text', () => {
    const yes = { 'zh-CN': '是', en: 'Yes' };
    expect(textLike('Ready?', yes)).toBe('Yes');
    expect(textLike('好了吗', yes)).toBe('是');
    expect(textLike({ en: 'Ready?' }, yes)).toEqual({ en: 'Yes' });
    expect(textLike({ 'zh-CN': '好', en: 'OK' }, yes)).toEqual(yes);
  });
});
