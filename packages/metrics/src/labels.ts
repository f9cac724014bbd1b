/** A user-facing string in both shipped languages. */
export interface Bilingual {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Builds a `Bilingual` (zh-CN first, as the UI lists it). */
export function bi(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}
