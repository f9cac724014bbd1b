import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** BP113: a wait point without a duration leaves the share of waiting time unknown. */
export const waitWithoutDuration: LintRule = {
  code: 'BP113',
  name: 'wait-without-duration',
  check: (ctx) =>
    (ctx.blueprint?.actions ?? [])
      .filter((a) => a.wait !== undefined && a.wait.minutes === undefined)
      .map((a) => diagnostic('BP113', { action: a.id }, a.location)),
};
