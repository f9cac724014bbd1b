import { advanceUnits, isWide, measureText, measureUnits } from './measure-text.js';
import type { FontWeight } from './scene.js';

/** Characters that must not start a line (kinsoku shori, 行首禁则): closing brackets and trailing punctuation. */
const NO_START = new Set(
  Array.from(
    '，。、：；！？）」』】〕〉》”’〗〙〛｝］·・…‥ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!),.:;?]}%' +
      '\u3005',
  ),
);
/** Characters that must not end a line (行尾禁则): opening brackets and quotes. */
const NO_END = new Set(Array.from('（「『【〔〈《“‘〖〘〚｛［([{¥$£€#'));

/** Options for {@link wrapText}. */
export interface WrapOptions {
  /** At most this many lines; the last one ends in `…` when text was cut. */
  readonly maxLines?: number;
  readonly weight?: FontWeight;
}

const ELLIPSIS = '…';

/** May a line break between `prev` and `cur`? */
function canBreak(prev: string, cur: string, lastVisible: string): boolean {
  if (cur === ' ' || NO_START.has(cur) || NO_END.has(prev) || NO_END.has(lastVisible)) return false;
  if (prev === ' ') return true;
  const p = prev.codePointAt(0) ?? 0;
  const c = cur.codePointAt(0) ?? 0;
  if (isWide(p) || isWide(c)) return true;
  return prev === '-' || prev === '/' || prev === '\u2013';
}

/** Splits a paragraph into atoms: runs between which a line may break. */
function atomsOf(paragraph: string): string[] {
  const chars = Array.from(paragraph);
  const atoms: string[] = [];
  let cur = '';
  let lastVisible = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (i > 0 && canBreak(chars[i - 1]!, ch, lastVisible)) {
      atoms.push(cur);
      cur = '';
    }
    cur += ch;
    if (ch !== ' ') lastVisible = ch;
  }
  if (cur) atoms.push(cur);
  return atoms;
}

/** Breaks an atom wider than `maxWidth` by character, keeping kinsoku where the line is long enough. */
function breakByChar(atom: string, maxWidth: number, size: number, weight: FontWeight): string[] {
  const out: string[] = [];
  let line: string[] = [];
  let units = 0;
  for (const ch of atom) {
    const u = advanceUnits(ch, weight);
    if (line.length > 0 && ((units + u) * size) / 1000 > maxWidth) {
      let carry: string[] = [];
      if (NO_START.has(ch)) {
        // Move the last ordinary character (with what follows it) down, so the new line does not start with `ch`.
        let k = line.length;
        while (k > 1 && (NO_START.has(line[k - 1]!) || line[k - 1] === ' ')) k--;
        if (k > 1) carry = line.splice(k - 1);
      }
      while (line.length > 1 && NO_END.has(line[line.length - 1]!)) carry.unshift(line.pop()!);
      out.push(line.join(''));
      line = carry;
      units = measureUnits(line.join(''), weight);
    }
    line.push(ch);
    units += u;
  }
  if (line.length) out.push(line.join(''));
  return out;
}

function wrapParagraph(paragraph: string, maxWidth: number, size: number, weight: FontWeight): string[] {
  const lines: string[] = [];
  // Widths in exact integer units (1/1000 em), so `fits` agrees with measureText on the joined line.
  const fits = (units: number) => (units * size) / 1000 <= maxWidth;
  let line = '';
  let lineU = 0;
  for (const atom of atomsOf(paragraph)) {
    const trimmed = atom.trimEnd();
    const atomU = measureUnits(atom, weight);
    const trimmedU = trimmed.length === atom.length ? atomU : measureUnits(trimmed, weight);
    if (fits(lineU + trimmedU)) {
      line += atom;
      lineU += atomU;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const start = atom.trimStart();
    if (fits(measureUnits(start.trimEnd(), weight))) {
      line = start;
      lineU = measureUnits(start, weight);
    } else {
      const pieces = breakByChar(start.trimEnd(), maxWidth, size, weight);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineU = measureUnits(line, weight);
    }
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** Shortens `line` until `line…` fits `maxWidth`. */
function withEllipsis(line: string, maxWidth: number, size: number, weight: FontWeight): string {
  const chars = Array.from(line.trimEnd());
  while (chars.length > 0 && measureText(chars.join('') + ELLIPSIS, size, weight) > maxWidth) chars.pop();
  while (chars.length > 0 && (chars[chars.length - 1] === ' ' || NO_END.has(chars[chars.length - 1]!))) {
    chars.pop();
  }
  return chars.join('') + ELLIPSIS;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` px at `size` px (Noto Sans SC metrics). Breaks between any two
 * CJK characters, Latin at spaces and after hyphens, overlong words by character; keeps the kinsoku rules
 * (no line starts with `，。、）」` etc., none ends with `（「『【`); honours `\n`. When `maxLines` is exceeded the last
 * kept line ends with `…`. A single character wider than `maxWidth` is still placed (nothing else can be done).
 */
export function wrapText(text: string, maxWidth: number, size: number, options: WrapOptions = {}): string[] {
  return wrapTextShared(text, maxWidth, size, options).slice();
}

/**
 * {@link wrapText} without the copy: the lines may be the cached array itself, so they must never be changed.
 * For layouts, which only read them.
 */
export function wrapTextShared(
  text: string,
  maxWidth: number,
  size: number,
  options: WrapOptions = {},
): readonly string[] {
  const weight = options.weight ?? 'normal';
  // Blueprints repeat the same texts in the same column widths: wrap each combination once. Keyed by the text
  // itself (no key string to build and hash), then a short list of the widths, sizes… it was wrapped at.
  const max = options.maxLines;
  let seen = WRAPPED.get(text);
  if (seen) {
    for (const w of seen)
      if (w.maxWidth === maxWidth && w.size === size && w.weight === weight && w.max === max) return w.lines;
  } else {
    if (WRAPPED.size >= WRAP_CACHE_SIZE) WRAPPED.clear();
    seen = [];
    WRAPPED.set(text, seen);
  }
  const lines = wrapUncached(text, maxWidth, size, weight, max);
  if (seen.length < 16) seen.push({ maxWidth, size, weight, max, lines });
  return lines;
}

interface Wrapped {
  readonly maxWidth: number;
  readonly size: number;
  readonly weight: FontWeight;
  readonly max: number | undefined;
  readonly lines: readonly string[];
}

/** Wrapped lines by text, then (width, size, weight, maxLines); cleared when full, so memory stays bounded. */
const WRAPPED = new Map<string, Wrapped[]>();
const WRAP_CACHE_SIZE = 20_000;

function wrapUncached(
  text: string,
  maxWidth: number,
  size: number,
  weight: FontWeight,
  max: number | undefined,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    lines.push(...wrapParagraph(paragraph.replace(/\t/g, ' '), maxWidth, size, weight));
  }
  if (max !== undefined && max > 0 && lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = withEllipsis(kept[max - 1]!, maxWidth, size, weight);
    return kept;
  }
  return lines;
}

/** Width of the widest of `lines`. */
export function measureLines(lines: readonly string[], size: number, weight: FontWeight = 'normal'): number {
  let w = 0;
  for (const l of lines) w = Math.max(w, measureText(l, size, weight));
  return w;
}
