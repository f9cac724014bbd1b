import { diagnostic } from '../diagnostic.js';
import { laneZone } from '../lanes.js';
import type { LintRule } from './rule.js';

/** BP108: every column of a blueprint starts from what the customer does. */
export const stepWithoutCustomer: LintRule = {
  code: 'BP108',
  name: 'step-without-customer',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp?.lanes.some((l) => laneZone(l) === 'customer')) return [];
    return bp.steps
      .filter((s) => !(ctx.actionsByStep.get(s.id) ?? []).some((a) => ctx.zoneOf(a.id) === 'customer'))
      .map((s) => diagnostic('BP108', { step: s.id }, s.location));
  },
};
