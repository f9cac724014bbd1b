import type { GridBox } from './route-flows.js';

/** A grid key of a box. */
export type GridKey = 'row' | 'col' | 'slot';

/**
 * Indexes of `boxes` in a stable order by three grid keys (first key first). Grid keys are small whole numbers, so
 * this is a radix sort, one counting pass per key from the last: linear, where a comparison sort of thousands of
 * boxes was the router's largest cost. Any other key values fall back to a comparison sort
 * (whose order is unspecified for NaN keys).
 */
export function sortedBy(boxes: readonly GridBox[], k1: GridKey, k2: GridKey, k3: GridKey): Int32Array {
  const n = boxes.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let max = 0;
  // Keys above a few times the box count would make the counting arrays larger than the work saved.
  const small = (v: number) => Number.isInteger(v) && v >= 0 && v <= 4 * n + 64;
  for (const b of boxes) {
    if (!small(b[k1]) || !small(b[k2]) || !small(b[k3])) {
      return order.sort((i, j) => {
        const p = boxes[i]!;
        const q = boxes[j]!;
        return p[k1] - q[k1] || p[k2] - q[k2] || p[k3] - q[k3] || i - j;
      });
    }
    max = Math.max(max, b[k1], b[k2], b[k3]);
  }
  const count = new Int32Array(max + 2);
  let next = new Int32Array(n);
  for (const key of [k3, k2, k1]) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[boxes[order[i]!]![key] + 1]!++;
    for (let v = 1; v < count.length; v++) count[v]! += count[v - 1]!;
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      next[count[boxes[at]![key]]!++] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}
