import type { Locale, Text } from '@frontstage/model';

/**
 * The label of a `Text` in `locale`: a plain string as written; a pair in the wanted language, falling back to the
 * other one (a pair may miss one side). Local so that render does not depend on model runtime code.
 */
export function textIn(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return text[locale] ?? text[other] ?? '';
}
