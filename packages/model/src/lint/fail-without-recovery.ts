import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { LintRule } from './rule.js';

/** BP105: a fail point should say how the service recovers (a `recovery` flow out of it). */
export const failWithoutRecovery: LintRule = {
  code: 'BP105',
  name: 'fail-without-recovery',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (a.fail === undefined) continue;
      if (!(ctx.outgoing.get(a.id) ?? []).some((f) => f.kind === 'recovery'))
        out.push(diagnostic('BP105', { action: a.id }, a.location));
    }
    return out;
  },
};
