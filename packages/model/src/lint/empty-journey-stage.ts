import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** JM203: a journey stage without steps has no touchpoint to experience. */
export const emptyJourneyStage: LintRule = {
  code: 'JM203',
  name: 'empty-journey-stage',
  check: (ctx) =>
    ctx.model.journeys.flatMap((j) =>
      j.stages
        .filter((s) => s.steps.length === 0)
        .map((s) => diagnostic('JM203', { journey: j.id, stage: s.id }, s.location)),
    ),
};
