import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** JM204: a journey map is drawn for one persona; without one, whose experience it shows is unclear. */
export const journeyWithoutPersona: LintRule = {
  code: 'JM204',
  name: 'journey-without-persona',
  check: (ctx) =>
    ctx.model.journeys
      .filter((j) => j.persona === undefined)
      .map((j) => diagnostic('JM204', { journey: j.id }, j.location)),
};
