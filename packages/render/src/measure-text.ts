import type { FontWeight } from './scene.js';

/**
 * Advance widths in em of the Latin glyphs of Noto Sans SC (its Latin comes from Source Sans), per character.
 * Approximate values: `packages/export` may replace them with widths measured from the bundled font.
 */
const LATIN_EM: Readonly<Record<string, number>> = {
  ' ': 0.224,
  '!': 0.292,
  '"': 0.404,
  '#': 0.497,
  $: 0.497,
  '%': 0.828,
  '&': 0.603,
  "'": 0.229,
  '(': 0.303,
  ')': 0.303,
  '*': 0.418,
  '+': 0.497,
  ',': 0.249,
  '-': 0.311,
  '.': 0.249,
  '/': 0.34,
  ':': 0.249,
  ';': 0.249,
  '<': 0.497,
  '=': 0.497,
  '>': 0.497,
  '?': 0.425,
  '@': 0.847,
  '[': 0.303,
  '\\': 0.34,
  ']': 0.303,
  '^': 0.497,
  _: 0.5,
  '`': 0.5,
  '{': 0.303,
  '|': 0.24,
  '}': 0.303,
  '~': 0.497,
  A: 0.544,
  B: 0.588,
  C: 0.571,
  D: 0.615,
  E: 0.527,
  F: 0.494,
  G: 0.617,
  H: 0.652,
  I: 0.269,
  J: 0.468,
  K: 0.581,
  L: 0.478,
  M: 0.726,
  N: 0.647,
  O: 0.664,
  P: 0.583,
  Q: 0.664,
  R: 0.589,
  S: 0.545,
  T: 0.548,
  U: 0.645,
  V: 0.52,
  W: 0.79,
  X: 0.519,
  Y: 0.483,
  Z: 0.546,
  a: 0.486,
  b: 0.552,
  c: 0.456,
  d: 0.553,
  e: 0.5,
  f: 0.292,
  g: 0.496,
  h: 0.545,
  i: 0.246,
  j: 0.247,
  k: 0.495,
  l: 0.255,
  m: 0.829,
  n: 0.547,
  o: 0.537,
  p: 0.553,
  q: 0.551,
  r: 0.347,
  s: 0.419,
  t: 0.338,
  u: 0.543,
  v: 0.467,
  w: 0.718,
  x: 0.446,
  y: 0.467,
  z: 0.425,
  '·': 0.3,
  '•': 0.45,
  '¥': 0.497,
  '€': 0.497,
  '£': 0.497,
  '−': 0.497,
  '–': 0.5,
  '—': 1,
  '…': 1,
  '×': 0.497,
  '±': 0.497,
  '°': 0.33,
};
for (const d of '0123456789') (LATIN_EM as Record<string, number>)[d] = 0.497;

/** Advance of a character not in the table and not full-width. */
const FALLBACK_EM = 0.6;
/** Bold Latin runs about 5 % wider than regular; CJK stays 1 em. */
const BOLD_FACTOR = 1.05;

/**
 * True for characters that advance a full em in Noto Sans SC and may break a line on either side:
 * CJK ideographs, radicals, CJK punctuation, kana, hangul, and full-width forms.
 */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Advance of one character (a code point as a string) in em. */
export function charAdvance(ch: string, weight: FontWeight = 'normal'): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0xfe0f) return 0;
  const em = LATIN_EM[ch] ?? (cp >= 0xff61 && cp <= 0xffdc ? 0.5 : FALLBACK_EM);
  return weight === 'bold' ? em * BOLD_FACTOR : em;
}

/** Width in px of one line of `text` at font `size` px in Noto Sans SC. */
export function measureText(text: string, size: number, weight: FontWeight = 'normal'): number {
  let em = 0;
  for (const ch of text) em += charAdvance(ch, weight);
  return em * size;
}
