import { type Point, type Rect, rectsOverlap } from './geometry.js';

/** Buckets a rectangle may span before it goes to the index's short list of wide ones. */
const WIDE_CELLS = 32;

/**
 * The newest index, kept alive on purpose. V8 keeps the current hidden class of a class's instances only while one
 * is alive: a full GC that finds none drops it, and with it the optimised code of every method (`--trace-deopt`:
 * "weak objects"), so the first layout after each full GC placed its labels several times slower.
 */
const LAST_INDEX: RectIndex[] = [];

/** True when `inner` lies within `outer` (borders included). */
export function rectInside(inner: Rect, outer: Rect, eps = 1e-6): boolean {
  return (
    inner.x >= outer.x - eps &&
    inner.y >= outer.y - eps &&
    inner.x + inner.width <= outer.x + outer.width + eps &&
    inner.y + inner.height <= outer.y + outer.height + eps
  );
}

/**
 * Rectangles bucketed on a uniform grid, for "does this rectangle overlap any stored one?" in about constant time
 * when rectangles are small against the drawing (labels against boxes, points, other labels).
 */
export class RectIndex {
  private readonly cells = new Map<number, Rect[]>();
  constructor(private readonly cell = 64) {
    LAST_INDEX[0] = this;
  }

  /** Forgets every rectangle (call when done, so the index kept alive below holds nothing). */
  clear(): void {
    this.cells.clear();
    this.wide.length = 0;
  }

  /**
   * Rectangles spanning more than {@link WIDE_CELLS} buckets (the lines drawn across a whole blueprint): kept in a
   * short list that every query scans, instead of in thousands of buckets.
   */
  private readonly wide: Rect[] = [];

  add(r: Rect): void {
    const c0 = Math.floor(r.x / this.cell);
    const c1 = Math.floor((r.x + r.width) / this.cell);
    const r0 = Math.floor(r.y / this.cell);
    const r1 = Math.floor((r.y + r.height) / this.cell);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > WIDE_CELLS) {
      this.wide.push(r);
      return;
    }
    for (let i = r0; i <= r1; i++) {
      for (let j = c0; j <= c1; j++) {
        const k = i * 1_000_003 + j;
        const list = this.cells.get(k);
        if (list) list.push(r);
        else this.cells.set(k, [r]);
      }
    }
  }

  /** How many stored rectangles (each counted once) overlap `r` or, for a zero-width one (a segment), cross it. */
  count(r: Rect): number {
    const c0 = Math.floor(r.x / this.cell);
    const c1 = Math.floor((r.x + r.width) / this.cell);
    const r0 = Math.floor(r.y / this.cell);
    const r1 = Math.floor((r.y + r.height) / this.cell);
    // Rectangles found so far (a rectangle spanning several buckets is met once per bucket): few, so a scan.
    const seen = this.seen;
    seen.length = 0;
    for (const s of this.wide) if (rectsOverlap(r, s)) seen.push(s);
    for (let i = r0; i <= r1; i++) {
      for (let j = c0; j <= c1; j++) {
        const list = this.cells.get(i * 1_000_003 + j);
        if (!list) continue;
        for (let n = 0; n < list.length; n++) {
          const s = list[n]!;
          if (rectsOverlap(r, s) && seen.indexOf(s) < 0) seen.push(s);
        }
      }
    }
    const found = seen.length;
    seen.length = 0;
    return found;
  }

  /** Scratch list for {@link count}. */
  private readonly seen: Rect[] = [];

  /** True when `r` overlaps the interior of a stored rectangle. */
  hits(r: Rect): boolean {
    const c0 = Math.floor(r.x / this.cell);
    const c1 = Math.floor((r.x + r.width) / this.cell);
    const r0 = Math.floor(r.y / this.cell);
    const r1 = Math.floor((r.y + r.height) / this.cell);
    for (const s of this.wide) if (rectsOverlap(r, s)) return true;
    for (let i = r0; i <= r1; i++) {
      for (let j = c0; j <= c1; j++) {
        const list = this.cells.get(i * 1_000_003 + j);
        if (!list) continue;
        for (let n = 0; n < list.length; n++) if (rectsOverlap(r, list[n]!)) return true;
      }
    }
    return false;
  }
}

/**
 * The first candidate that lies inside `bounds`, hits nothing in `blocked` and has the lowest `penalty` (e.g. how
 * many lines run through it); earlier candidates win ties. `undefined` when every candidate leaves `bounds` or is
 * blocked.
 */
export function pickSpot(
  candidates: readonly Rect[],
  bounds: Rect,
  blocked: RectIndex,
  penalty: (r: Rect) => number = () => 0,
): number | undefined {
  let best: number | undefined;
  let bestPenalty = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    if (!rectInside(r, bounds) || blocked.hits(r)) continue;
    const p = penalty(r);
    if (p < bestPenalty) {
      best = i;
      bestPenalty = p;
      if (p === 0) break;
    }
  }
  return best;
}

/** True when the segment `p`–`q` (any direction) passes through the interior of `r` (Liang–Barsky clipping). */
export function segmentHitsRect(p: Point, q: Point, r: Rect, eps = 1e-6): boolean {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  // The four edges as (a, b) pairs, clipped in turn (no arrays: this runs for every candidate label spot).
  for (let k = 0; k < 4; k++) {
    const a = k === 0 ? -dx : k === 1 ? dx : k === 2 ? -dy : dy;
    const b =
      k === 0
        ? p[0] - (r.x + eps)
        : k === 1
          ? r.x + r.width - eps - p[0]
          : k === 2
            ? p[1] - (r.y + eps)
            : r.y + r.height - eps - p[1];
    if (a === 0) {
      if (b < 0) return false;
      continue;
    }
    const t = b / a;
    if (a < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** How many segments of the polylines run through the interior of `r`. */
export function crossings(r: Rect, lines: readonly (readonly Point[])[]): number {
  let n = 0;
  for (const pts of lines)
    for (let i = 0; i + 1 < pts.length; i++) if (segmentHitsRect(pts[i]!, pts[i + 1]!, r)) n++;
  return n;
}
