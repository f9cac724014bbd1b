/** A closed interval `[lo, hi]` that needs a track of its channel. */
export interface TrackRequest {
  readonly lo: number;
  readonly hi: number;
}

/** A binary min-heap of numbers ordered by `less`. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(v: number): void {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Gives each interval the lowest track on which it overlaps no other interval (closed intervals, so touching
 * ends also get distinct tracks): greedy interval colouring, optimal in the number of tracks, O(n log n).
 * Returns the track of each request, in request order, and the number of tracks used.
 */
export function assignTracks(requests: readonly TrackRequest[]): { tracks: number[]; count: number } {
  const order = requests.map((_, i) => i);
  order.sort((a, b) => requests[a]!.lo - requests[b]!.lo || requests[a]!.hi - requests[b]!.hi || a - b);
  const ends: number[] = [];
  const tracks = new Array<number>(requests.length).fill(0);
  // Requests come by increasing `lo`, so a track that is free for one request stays free for every later one:
  // busy tracks wait in a heap by end, and move to a heap of free tracks (lowest index first) once passed.
  const busy = new Heap((a, b) => ends[a]! < ends[b]! || (ends[a] === ends[b] && a < b));
  const free = new Heap((a, b) => a < b);
  for (const i of order) {
    const r = requests[i]!;
    while (busy.size > 0 && ends[busy.peek()!]! < r.lo) free.push(busy.pop()!);
    let t = free.pop();
    if (t === undefined) {
      t = ends.length;
      ends.push(r.hi);
    } else {
      ends[t] = r.hi;
    }
    busy.push(t);
    tracks[i] = t;
  }
  return { tracks, count: ends.length };
}
