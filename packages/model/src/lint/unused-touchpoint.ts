import { diagnostic } from '../diagnostic.js';
import type { Id } from '../types.js';
import type { LintRule } from './rule.js';

/** TP301: a declared touchpoint nothing points at cannot carry surveys, metrics or moments of truth. */
export const unusedTouchpoint: LintRule = {
  code: 'TP301',
  name: 'unused-touchpoint',
  check: (ctx) => {
    const used = new Set<Id>();
    for (const a of ctx.blueprint?.actions ?? []) if (a.touchpoint) used.add(a.touchpoint);
    for (const e of ctx.blueprint?.evidence ?? []) if (e.touchpoint) used.add(e.touchpoint);
    for (const j of ctx.model.journeys)
      for (const s of j.stages) for (const step of s.steps) used.add(step.touchpoint);
    return ctx.model.touchpoints
      .filter((t) => !t.implicit && !used.has(t.id))
      .map((t) => diagnostic('TP301', { touchpoint: t.id }, t.location));
  },
};
