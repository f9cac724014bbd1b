import { diagnostic } from '../diagnostic.js';
import type { Diagnostic, Id } from '../types.js';
import type { LintRule } from './rule.js';

/**
 * BP107: a touchpoint a journey passes through should appear in the blueprint (on an action or evidence item).
 * For a to-be journey a new touchpoint is expected (the redesign adds it), so it is reported as info.
 */
export const journeyTouchpointNotInBlueprint: LintRule = {
  code: 'BP107',
  name: 'journey-touchpoint-not-in-blueprint',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp || bp.actions.length === 0) return [];
    const used = new Set<Id>();
    for (const a of bp.actions) if (a.touchpoint) used.add(a.touchpoint);
    for (const e of bp.evidence) if (e.touchpoint) used.add(e.touchpoint);
    const out: Diagnostic[] = [];
    for (const j of ctx.model.journeys) {
      const reported = new Set<Id>();
      for (const stage of j.stages) {
        for (const step of stage.steps) {
          if (used.has(step.touchpoint) || reported.has(step.touchpoint)) continue;
          reported.add(step.touchpoint);
          out.push(
            diagnostic(
              'BP107',
              { journey: j.id, touchpoint: step.touchpoint },
              step.location,
              j.variant === 'to_be' ? 'info' : 'warning',
            ),
          );
        }
      }
    }
    return out;
  },
};
