// The graph elkjs lays out in the blueprint benchmarks, built from our layout.

/**
 * The graph our layout placed: nodes = every action and evidence box at the size our layout measured, partitioned
 * by step column; edges = every flow, with its label (at the label's measured width) where it has one.
 */
export function elkGraph(layout) {
  const boxes = layout.boxes;
  const ids = new Set(boxes.map((b) => b.id));
  const children = boxes.map((b) => ({
    id: b.id,
    width: b.width,
    height: b.height,
    layoutOptions: { 'elk.partitioning.partition': String(b.col) },
  }));
  const edges = layout.flows
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f, i) => ({
      id: `e${i}`,
      sources: [f.from],
      targets: [f.to],
      ...(f.label ? { labels: [{ text: f.label.text, width: f.label.width, height: 12 }] } : {}),
    }));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '16',
      'elk.layered.spacing.nodeNodeBetweenLayers': '32',
    },
    children,
    edges,
  };
}
