import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { LintRule } from './rule.js';

/** JM202: once a journey scores emotions, a step without one breaks the curve and the peak-end reading. */
export const missingEmotion: LintRule = {
  code: 'JM202',
  name: 'missing-emotion',
  check: (ctx) => {
    const out: Diagnostic[] = [];
    for (const j of ctx.model.journeys) {
      const steps = j.stages.flatMap((s) => s.steps);
      if (!steps.some((s) => s.emotion !== undefined)) continue;
      for (const s of steps) {
        if (s.emotion === undefined)
          out.push(diagnostic('JM202', { journey: j.id, touchpoint: s.touchpoint }, s.location));
      }
    }
    return out;
  },
};
