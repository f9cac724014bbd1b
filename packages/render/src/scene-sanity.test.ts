import type { Locale } from '@frontstage/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprintArb } from './blueprint.arbitrary.test-util.js';
import { renderBlueprint } from './blueprint-scene.js';
import { renderJourney } from './journey-scene.js';
import { propertyRepairModel } from './model.test-util.js';
import type { Scene, SceneNode } from './scene.js';

/**
 * Everything in a scene a rasteriser could choke on (resvg panics on some degenerate shapes when a viewBox crops
 * them): non-finite numbers, empty or zero-size shapes, repeated polyline points (zero-length segments, whose
 * arrowhead is a zero-area triangle), zero-area polygons.
 */
function problems(scene: Scene): string[] {
  const out: string[] = [];
  const finite = (what: string, ...xs: number[]) => {
    if (xs.some((x) => !Number.isFinite(x))) out.push(`${what}: non-finite number`);
  };
  const visit = (n: SceneNode) => {
    switch (n.kind) {
      case 'rect':
        finite('rect', n.x, n.y, n.width, n.height);
        if (!(n.width > 0 && n.height > 0)) out.push(`rect ${n.width}×${n.height}`);
        return;
      case 'line':
        finite('line', n.x1, n.y1, n.x2, n.y2);
        if (n.x1 === n.x2 && n.y1 === n.y2) out.push('zero-length line');
        return;
      case 'circle':
        finite('circle', n.cx, n.cy, n.r);
        if (!(n.r > 0)) out.push('circle without radius');
        return;
      case 'polyline':
      case 'polygon': {
        const pts = n.points;
        finite(n.kind, ...pts.flat());
        if (pts.length < 2) out.push(`${n.kind} with ${pts.length} point(s)`);
        for (let i = 0; i + 1 < pts.length; i++)
          if (pts[i]![0] === pts[i + 1]![0] && pts[i]![1] === pts[i + 1]![1])
            out.push(`${n.kind} repeats a point`);
        if (n.kind === 'polygon') {
          let area = 0;
          for (let i = 0; i < pts.length; i++) {
            const p = pts[i]!;
            const q = pts[(i + 1) % pts.length]!;
            area += p[0] * q[1] - q[0] * p[1];
          }
          if (Math.abs(area) < 1e-9) out.push('zero-area polygon');
        }
        return;
      }
      case 'path':
        if (/NaN|Infinity/.test(n.d)) out.push('path with non-finite number');
        return;
      case 'text':
        finite('text', n.x, n.y, n.size);
        return;
      case 'group':
        for (const c of n.children) visit(c);
        return;
    }
  };
  finite('scene', scene.width, scene.height);
  for (const c of scene.children) visit(c);
  return out;
}

describe('scene sanity', () => {
  it('has no non-finite coordinates or degenerate shapes in the example drawings', () => {
    const model = propertyRepairModel();
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(problems(renderBlueprint(model, { locale }))).toEqual([]);
      for (const j of model.journeys)
        expect(problems(renderJourney(model, { locale, journey: j.id }))).toEqual([]);
    }
  });

  it('has none in random blueprints either (property)', () => {
    fc.assert(
      fc.property(blueprintArb(30), fc.constantFrom<Locale>('zh-CN', 'en'), (model, locale) => {
        expect(problems(renderBlueprint(model, { locale }))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
