/** A directed edge between node ids. */
export interface Edge {
  readonly from: string;
  readonly to: string;
}

/**
 * Drops the edges that close a cycle (back edges of a depth-first search in node order), leaving a DAG.
 * Iterative, so it terminates and does not overflow on any graph, cyclic or very long.
 */
export function acyclicEdges<E extends Edge>(nodes: readonly string[], edges: readonly E[]): E[] {
  const out = new Map<string, E[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const back = new Set<E>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = out.get(top.node) ?? [];
      if (top.next >= list.length) {
        state.set(top.node, 2);
        stack.pop();
        continue;
      }
      const e = list[top.next++]!;
      const s = state.get(e.to);
      if (s === 1) back.add(e);
      else if (s === undefined) {
        state.set(e.to, 1);
        stack.push({ node: e.to, next: 0 });
      }
    }
  }
  return edges.filter((e) => !back.has(e));
}

/**
 * The heaviest path through a DAG where each node has a weight (critical path method): Kahn's topological order,
 * then dynamic programming. Ties go to the earlier node in `nodes`. Edges to unknown nodes are ignored.
 */
export function longestPath(
  nodes: readonly string[],
  edges: readonly Edge[],
  weight: (node: string) => number,
): { readonly total: number; readonly path: readonly string[] } {
  const known = new Set(nodes);
  const order = new Map(nodes.map((n, i) => [n, i]));
  const dag = acyclicEdges(
    nodes,
    edges.filter((e) => known.has(e.from) && known.has(e.to)),
  );
  const indegree = new Map(nodes.map((n) => [n, 0]));
  const out = new Map<string, string[]>();
  for (const e of dag) {
    indegree.set(e.to, indegree.get(e.to)! + 1);
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const best = new Map<string, number>();
  const prev = new Map<string, string>();
  const queue = nodes.filter((n) => indegree.get(n) === 0);
  for (const n of queue) best.set(n, weight(n));
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const m of out.get(n) ?? []) {
      const candidate = best.get(n)! + weight(m);
      const current = best.get(m);
      if (
        current === undefined ||
        candidate > current ||
        (candidate === current && order.get(n)! < order.get(prev.get(m) ?? n)!)
      ) {
        best.set(m, candidate);
        prev.set(m, n);
      }
      indegree.set(m, indegree.get(m)! - 1);
      if (indegree.get(m) === 0) queue.push(m);
    }
  }
  let end: string | undefined;
  for (const n of nodes) if (end === undefined || (best.get(n) ?? 0) > (best.get(end) ?? 0)) end = n;
  if (end === undefined) return { total: 0, path: [] };
  const path: string[] = [];
  const guard = new Set<string>();
  for (let n: string | undefined = end; n !== undefined && !guard.has(n); n = prev.get(n)) {
    guard.add(n);
    path.push(n);
  }
  return { total: best.get(end) ?? 0, path: path.reverse() };
}
