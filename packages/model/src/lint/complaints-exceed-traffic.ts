import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** TP302: more complaints than interactions means the two figures count different periods or things. */
export const complaintsExceedTraffic: LintRule = {
  code: 'TP302',
  name: 'complaints-exceed-traffic',
  check: (ctx) =>
    ctx.model.touchpoints
      .filter((t) => t.traffic !== undefined && t.complaints !== undefined && t.complaints > t.traffic)
      .map((t) =>
        diagnostic(
          'TP302',
          { touchpoint: t.id, complaints: t.complaints ?? 0, traffic: t.traffic ?? 0 },
          t.location,
        ),
      ),
};
