import type { FontWeight } from './scene.js';

/** The characters of the advance tables below, in order. */
const TABLE_CHARS = ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefghijklmnopqrstuvwxyz{|}~¥€£−–—°`;
/**
 * Advance widths in 1/1000 em of Noto Sans SC Regular and Bold for {@link TABLE_CHARS}, read from the bundled font's
 * hmtx table. `packages/export` may replace them with values measured at run time.
 */
const REGULAR: readonly number[] = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555,
  555, 555, 555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293,
  535, 646, 543, 812, 723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555,
  559, 606, 563, 618, 510, 620, 554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468,
  377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555, 555, 555, 555, 555, 536, 894, 370,
];
const BOLD: readonly number[] = [
  227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590,
  590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330,
  568, 686, 578, 853, 749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590,
  567, 626, 591, 644, 527, 644, 581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 437, 495,
  421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590, 590, 590, 590, 590, 544, 908, 404,
];
const REGULAR_UNITS = new Map<number, number>();
const BOLD_UNITS = new Map<number, number>();
Array.from(TABLE_CHARS).forEach((ch, i) => {
  REGULAR_UNITS.set(ch.codePointAt(0)!, REGULAR[i]!);
  BOLD_UNITS.set(ch.codePointAt(0)!, BOLD[i]!);
});

/** Advance of a character not in the tables and not full-width, in 1/1000 em. */
const FALLBACK_UNITS = 600;

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

/** Advance of one character (a code point as a string) in 1/1000 em: an integer, so sums are exact. */
export function advanceUnits(ch: string, weight: FontWeight = 'normal'): number {
  return advanceOf(ch.codePointAt(0) ?? 0, weight);
}

/** {@link advanceUnits} by code point. */
function advanceOf(cp: number, weight: FontWeight): number {
  if (isWide(cp)) return 1000;
  if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0xfe0f) return 0;
  if (cp >= 0xff61 && cp <= 0xffdc) return 500;
  if (cp === 0xb7 || cp === 0xd7 || cp === 0xb1) return 1000;
  return (
    (weight === 'bold' ? BOLD_UNITS : REGULAR_UNITS).get(cp) ??
    (cp >= 0x2000 && cp <= 0x2bff ? 1000 : FALLBACK_UNITS)
  );
}

/** Advances of the ASCII characters, by code, so the common case is one array read. */
const REGULAR_ASCII = Int16Array.from({ length: 128 }, (_, cp) => advanceOf(cp, 'normal'));
const BOLD_ASCII = Int16Array.from({ length: 128 }, (_, cp) => advanceOf(cp, 'bold'));

/** Advance of one character (a code point as a string) in em. */
export function charAdvance(ch: string, weight: FontWeight = 'normal'): number {
  return advanceUnits(ch, weight) / 1000;
}

/** Width of `text` in 1/1000 em (an exact integer). */
export function measureUnits(text: string, weight: FontWeight = 'normal'): number {
  // Short strings (wrap atoms) are cheap to measure; longer ones repeat (labels, action texts), so remember them.
  if (text.length < 12) return unitsOf(text, weight);
  const cache = weight === 'bold' ? BOLD_MEASURED : REGULAR_MEASURED;
  let units = cache.get(text);
  if (units === undefined) {
    units = unitsOf(text, weight);
    if (cache.size >= MEASURE_CACHE_SIZE) cache.clear();
    cache.set(text, units);
  }
  return units;
}

function unitsOf(text: string, weight: FontWeight): number {
  // By char code, not `for…of`: iterating a string makes a new string of every non-ASCII character.
  const ascii = weight === 'bold' ? BOLD_ASCII : REGULAR_ASCII;
  const n = text.length;
  let units = 0;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      units += ascii[cp]!;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    units += advanceOf(cp, weight);
  }
  return units;
}

/** Measured widths by text, per weight; cleared when full, so memory stays bounded. */
const REGULAR_MEASURED = new Map<string, number>();
const BOLD_MEASURED = new Map<string, number>();
const MEASURE_CACHE_SIZE = 20_000;

/** Width in px of one line of `text` at font `size` px in Noto Sans SC. */
export function measureText(text: string, size: number, weight: FontWeight = 'normal'): number {
  return (measureUnits(text, weight) * size) / 1000;
}
