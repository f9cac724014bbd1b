/** A closed interval `[lo, hi]` that needs a track of its channel. */
export interface TrackRequest {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Gives each interval the lowest track on which it overlaps no other interval (closed intervals, so touching
 * ends also get distinct tracks): greedy interval colouring, optimal in the number of tracks, O(n log n + n·t).
 * Returns the track of each request, in request order, and the number of tracks used.
 */
export function assignTracks(requests: readonly TrackRequest[]): { tracks: number[]; count: number } {
  const order = requests.map((_, i) => i);
  order.sort((a, b) => requests[a]!.lo - requests[b]!.lo || requests[a]!.hi - requests[b]!.hi || a - b);
  const ends: number[] = [];
  const tracks = new Array<number>(requests.length).fill(0);
  for (const i of order) {
    const r = requests[i]!;
    let t = ends.findIndex((end) => end < r.lo);
    if (t < 0) {
      t = ends.length;
      ends.push(r.hi);
    } else {
      ends[t] = r.hi;
    }
    tracks[i] = t;
  }
  return { tracks, count: ends.length };
}
