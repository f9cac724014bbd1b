/** A point `[x, y]` in px, y down. */
export type Point = readonly [number, number];

/** An axis-aligned rectangle in px. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when `p` lies strictly inside `r` (not on its border), with tolerance `eps`. */
export function strictlyInside(p: Point, r: Rect, eps = 1e-6): boolean {
  return p[0] > r.x + eps && p[0] < r.x + r.width - eps && p[1] > r.y + eps && p[1] < r.y + r.height - eps;
}

/** True when the open interiors of `a` and `b` intersect. */
export function rectsOverlap(a: Rect, b: Rect, eps = 1e-6): boolean {
  return (
    a.x < b.x + b.width - eps &&
    b.x < a.x + a.width - eps &&
    a.y < b.y + b.height - eps &&
    b.y < a.y + a.height - eps
  );
}

/**
 * True when the axis-parallel segment `p`–`q` passes through the open interior of `r`
 * (touching or running along its border does not count).
 */
export function segmentCrossesRect(p: Point, q: Point, r: Rect, eps = 1e-6): boolean {
  const x0 = Math.min(p[0], q[0]);
  const x1 = Math.max(p[0], q[0]);
  const y0 = Math.min(p[1], q[1]);
  const y1 = Math.max(p[1], q[1]);
  return x0 < r.x + r.width - eps && x1 > r.x + eps && y0 < r.y + r.height - eps && y1 > r.y + eps;
}

/** True when `p` lies on the border of `r`, within `eps`. */
export function onBorder(p: Point, r: Rect, eps = 1e-6): boolean {
  const inX = p[0] >= r.x - eps && p[0] <= r.x + r.width + eps;
  const inY = p[1] >= r.y - eps && p[1] <= r.y + r.height + eps;
  const onV = Math.abs(p[0] - r.x) <= eps || Math.abs(p[0] - r.x - r.width) <= eps;
  const onH = Math.abs(p[1] - r.y) <= eps || Math.abs(p[1] - r.y - r.height) <= eps;
  return (onV && inY) || (onH && inX);
}
