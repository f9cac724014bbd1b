import { describe, expect, it } from 'vitest';
import { catalogue, pick, t } from './i18n.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has every message in both languages with the same placeholders', () => {
    const en = catalogue('en');
    const zh = catalogue('zh-CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and picks labels with a fallback', () => {
    expect(t('en', 'file.notFound', { file: 'a.yaml' })).toBe('a.yaml: no such file');
    expect(t('zh-CN', 'file.notFound', { file: 'a.yaml' })).toBe('a.yaml：文件不存在');
    expect(pick({ 'zh-CN': '报修', en: 'Request' }, 'zh-CN')).toBe('报修');
    expect(pick({ 'zh-CN': '报修' }, 'en')).toBe('报修');
    expect(pick('plain', 'zh-CN')).toBe('plain');
  });
});
