import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GridKey, sortedBy } from './grid-order.js';
import type { GridBox } from './route-flows.js';

/** The comparison sort the radix sort replaced: stable, by the three keys in turn. */
function bySort(boxes: readonly GridBox[], k1: GridKey, k2: GridKey, k3: GridKey): number[] {
  return boxes
    .map((_, i) => i)
    .sort((i, j) => {
      const p = boxes[i]!;
      const q = boxes[j]!;
      return p[k1] - q[k1] || p[k2] - q[k2] || p[k3] - q[k3];
    });
}

const keys = fc.constantFrom<[GridKey, GridKey, GridKey]>(['col', 'row', 'slot'], ['row', 'slot', 'col']);

describe('sortedBy', () => {
  it('orders boxes exactly as the stable comparison sort does, ties in input order', () => {
    const box = fc.record({
      id: fc.constant('b'),
      row: fc.nat({ max: 6 }),
      col: fc.nat({ max: 30 }),
      slot: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 80 }), keys, (boxes, [k1, k2, k3]) => {
        expect([...sortedBy(boxes, k1, k2, k3)]).toEqual(bySort(boxes, k1, k2, k3));
      }),
    );
  });

  it('falls back to the comparison sort for keys that are not small whole numbers', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    const box = fc.record({ id: fc.constant('b'), row: value, col: value, slot: value });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), keys, (boxes, [k1, k2, k3]) => {
        expect([...sortedBy(boxes, k1, k2, k3)]).toEqual(bySort(boxes, k1, k2, k3));
      }),
    );
  });
});
