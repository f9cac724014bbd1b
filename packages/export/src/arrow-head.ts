/** Arrowhead length in px for a stroke width (the SVG writer's marker must use the same rule). */
export function arrowLength(strokeWidth: number): number {
  return 8 + 2 * strokeWidth;
}

/**
 * The filled triangle at one end of a polyline, tip on the end point, pointing along the last (or first) segment
 * that has a length. `undefined` if every segment is degenerate.
 */
export function arrowHead(
  points: readonly (readonly [number, number])[],
  atEnd: boolean,
  strokeWidth: number,
): (readonly [number, number])[] | undefined {
  const ordered = atEnd ? points : [...points].reverse();
  const tip = ordered[ordered.length - 1];
  if (!tip) return undefined;
  for (let i = ordered.length - 2; i >= 0; i--) {
    const from = ordered[i]!;
    const dx = tip[0] - from[0];
    const dy = tip[1] - from[1];
    const len = Math.hypot(dx, dy);
    if (len === 0) continue;
    const ux = dx / len;
    const uy = dy / len;
    const length = arrowLength(strokeWidth);
    const half = length * 0.45;
    const bx = tip[0] - ux * length;
    const by = tip[1] - uy * length;
    return [
      [tip[0], tip[1]],
      [bx - uy * half, by + ux * half],
      [bx + uy * half, by - ux * half],
    ];
  }
  return undefined;
}
