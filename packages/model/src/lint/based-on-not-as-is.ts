import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** JM205: a to-be journey should redesign an as-is journey, not another to-be one. */
export const basedOnNotAsIs: LintRule = {
  code: 'JM205',
  name: 'based-on-not-as-is',
  check: (ctx) => {
    const variant = new Map(ctx.model.journeys.map((j) => [j.id, j.variant]));
    return ctx.model.journeys
      .filter((j) => j.variant === 'to_be' && j.basedOn !== undefined && variant.get(j.basedOn) === 'to_be')
      .map((j) => diagnostic('JM205', { journey: j.id, basedOn: j.basedOn ?? '' }, j.location));
  },
};
