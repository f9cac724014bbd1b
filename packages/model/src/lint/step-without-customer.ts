import { diagnostic } from '../diagnostic.js';
import { laneZone } from '../lanes.js';
import type { Diagnostic } from '../types.js';
import { type LintRule, stepHasZone } from './rule.js';

/** BP108: every column of a blueprint starts from what the customer does. */
export const stepWithoutCustomer: LintRule = {
  code: 'BP108',
  name: 'step-without-customer',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp?.lanes.some((l) => laneZone(l) === 'customer')) return [];
    const out: Diagnostic[] = [];
    for (const s of bp.steps) {
      if (!stepHasZone(ctx, s.id, 'customer')) out.push(diagnostic('BP108', { step: s.id }, s.location));
    }
    return out;
  },
};
