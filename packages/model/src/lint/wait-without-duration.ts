import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { LintRule } from './rule.js';

/** BP113: a wait point without a duration leaves the share of waiting time unknown. */
export const waitWithoutDuration: LintRule = {
  code: 'BP113',
  name: 'wait-without-duration',
  check: (ctx) => {
    const out: Diagnostic[] = [];
    for (const a of ctx.blueprint?.actions ?? []) {
      if (a.wait !== undefined && a.wait.minutes === undefined)
        out.push(diagnostic('BP113', { action: a.id }, a.location));
    }
    return out;
  },
};
