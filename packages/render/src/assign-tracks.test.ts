import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTracks } from './assign-tracks.js';

describe('assignTracks', () => {
  it('gives overlapping intervals distinct tracks and uses no more tracks than the deepest overlap', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([a, b]) => ({
        lo: Math.min(a, b),
        hi: Math.max(a, b),
      }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 60 }), (reqs) => {
        const { tracks, count } = assignTracks(reqs);
        for (let i = 0; i < reqs.length; i++) {
          for (let j = i + 1; j < reqs.length; j++) {
            const overlap = reqs[i]!.lo <= reqs[j]!.hi && reqs[j]!.lo <= reqs[i]!.hi;
            if (overlap) expect(tracks[i]).not.toBe(tracks[j]);
          }
        }
        let depth = 0;
        for (let x = 0; x <= 40; x++)
          depth = Math.max(depth, reqs.filter((r) => r.lo <= x && x <= r.hi).length);
        expect(count).toBe(depth);
      }),
    );
  });

  it('picks the lowest free track, as the plain greedy scan does (same tracks, so same drawings)', () => {
    const reference = (reqs: readonly { lo: number; hi: number }[]) => {
      const order = reqs.map((_, i) => i);
      order.sort((a, b) => reqs[a]!.lo - reqs[b]!.lo || reqs[a]!.hi - reqs[b]!.hi || a - b);
      const ends: number[] = [];
      const tracks = new Array<number>(reqs.length).fill(0);
      for (const i of order) {
        let t = ends.findIndex((end) => end < reqs[i]!.lo);
        if (t < 0) t = ends.push(reqs[i]!.hi) - 1;
        else ends[t] = reqs[i]!.hi;
        tracks[i] = t;
      }
      return { tracks, count: ends.length };
    };
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
      .map(([a, b]) => ({ lo: Math.min(a, b), hi: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 80 }), (reqs) => {
        expect(assignTracks(reqs)).toEqual(reference(reqs));
      }),
    );
  });
});
