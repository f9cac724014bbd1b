import type { Locale, LocalizedText, Text } from './types.js';

/** The language used when a text has none in the requested locale: the other one of the pair. */
const OTHER: Readonly<Record<Locale, Locale>> = { 'zh-CN': 'en', en: 'zh-CN' };

/** True when `text` is a `{ zh-CN, en }` pair rather than a plain string. */
export function isLocalizedText(text: Text): text is LocalizedText {
  return typeof text === 'object' && text !== null;
}

/**
 * The text to show in `locale`: a plain string as written, else the pair's entry in `locale`, falling back to
 * the other language so a half-translated file still shows something; `''` when there is nothing at all.
 */
export function textIn(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[OTHER[locale]] ?? '';
}

/** Structural equality of two texts (a string equals only the same string; pairs compare per language). */
export function textEquals(a: Text | undefined, b: Text | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a['zh-CN'] === b['zh-CN'] && a.en === b.en;
}

/** True when a string contains CJK ideographs: used to guess the language of a plain-string label. */
export function hasCjk(value: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/u.test(value);
}

/** The languages a text is written in (a plain string is guessed from its script). */
export function textLocales(text: Text): readonly Locale[] {
  if (typeof text === 'string') return [hasCjk(text) ? 'zh-CN' : 'en'];
  const out: Locale[] = [];
  if (text['zh-CN'] !== undefined) out.push('zh-CN');
  if (text.en !== undefined) out.push('en');
  return out;
}

/** A text in the same languages as `like`: a pair when `like` is a pair, else the string in its language. */
export function textLike(like: Text, pair: { readonly 'zh-CN': string; readonly en: string }): Text {
  if (typeof like === 'string') return hasCjk(like) ? pair['zh-CN'] : pair.en;
  const out: { 'zh-CN'?: string; en?: string } = {};
  if (like['zh-CN'] !== undefined) out['zh-CN'] = pair['zh-CN'];
  if (like.en !== undefined) out.en = pair.en;
  return out['zh-CN'] === undefined && out.en === undefined ? { ...pair } : out;
}
