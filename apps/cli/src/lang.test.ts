import { describe, expect, it } from 'vitest';
import { resolveLang } from './lang.js';

describe('resolveLang', () => {
  it('takes --lang from anywhere before --', () => {
    expect(resolveLang(['validate', 'x', '--lang', 'zh-CN'], {}).lang).toBe('zh-CN');
    expect(resolveLang(['--lang=en', 'validate'], { LANG: 'zh_CN.UTF-8' }).lang).toBe('en');
    expect(resolveLang(['--lang', 'zh'], {}).lang).toBe('zh-CN');
  });

  it('defaults from the environment: zh* → zh-CN, anything else → en', () => {
    expect(resolveLang([], { LANG: 'zh_CN.UTF-8' }).lang).toBe('zh-CN');
    expect(resolveLang([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US' }).lang).toBe('zh-CN');
    expect(resolveLang([], { LANG: 'C.UTF-8' }).lang).toBe('en');
    expect(resolveLang([], {}).lang).toBe('en');
  });

  it('reports an unknown language', () => {
    expect(resolveLang(['--lang', 'fr'], {}).invalid).toBe('fr');
  });
});
