import type { Point } from './geometry.js';

/**
 * The triangle of an arrowhead at the end of the segment `from` → `tip`: `length` px long, `width` px wide.
 * Shared by the SVG writer and available to the PDF writer so both draw the same heads.
 */
export function arrowHead(from: Point, tip: Point, length = 7, width = 6): [Point, Point, Point] {
  const c = arrowHeadCoords(from, tip, length, width, new Float64Array(6));
  return [
    [c[0]!, c[1]!],
    [c[2]!, c[3]!],
    [c[4]!, c[5]!],
  ];
}

/**
 * {@link arrowHead}'s three corners as x0, y0, x1, y1, x2, y2 in `out` (returned): for the SVG writer, which writes
 * thousands of heads and so builds no point arrays for them.
 */
export function arrowHeadCoords(
  from: Point,
  tip: Point,
  length: number,
  width: number,
  out: Float64Array,
): Float64Array {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip[0] - ux * length;
  const by = tip[1] - uy * length;
  const hw = width / 2;
  out[0] = tip[0];
  out[1] = tip[1];
  out[2] = bx - uy * hw;
  out[3] = by + ux * hw;
  out[4] = bx + uy * hw;
  out[5] = by - ux * hw;
  return out;
}
