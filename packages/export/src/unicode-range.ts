/** Inclusive code point intervals, sorted by start. */
export type UnicodeRange = readonly (readonly [number, number])[];

/**
 * Parses a CSS `unicode-range` value (`U+4e00-9fff, U+20, U+30??`; CSS Fonts 4 §4.5) into sorted intervals.
 * Wildcards (`?`) expand to the full span they cover. Tokens that are not ranges are ignored.
 */
export function parseUnicodeRange(value: string): UnicodeRange {
  const out: [number, number][] = [];
  for (const raw of value.split(',')) {
    const token = raw.trim().toUpperCase();
    const m = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/.exec(token);
    if (!m) continue;
    const first = m[1]!;
    if (first.includes('?')) {
      out.push([
        Number.parseInt(first.replaceAll('?', '0'), 16),
        Number.parseInt(first.replaceAll('?', 'F'), 16),
      ]);
    } else {
      const start = Number.parseInt(first, 16);
      out.push([start, m[2] === undefined ? start : Number.parseInt(m[2], 16)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Whether a code point falls in a parsed range (binary search). */
export function rangeHas(range: UnicodeRange, codePoint: number): boolean {
  let lo = 0;
  let hi = range.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = range[mid]!;
    if (codePoint < start) hi = mid - 1;
    else if (codePoint > end) lo = mid + 1;
    else return true;
  }
  return false;
}
