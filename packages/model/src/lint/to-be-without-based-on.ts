import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** JM201: a to-be journey is a redesign of an as-is journey; say which, so that the two can be compared. */
export const toBeWithoutBasedOn: LintRule = {
  code: 'JM201',
  name: 'to-be-without-based-on',
  check: (ctx) =>
    ctx.model.journeys
      .filter((j) => j.variant === 'to_be' && j.basedOn === undefined)
      .map((j) => diagnostic('JM201', { journey: j.id }, j.location)),
};
