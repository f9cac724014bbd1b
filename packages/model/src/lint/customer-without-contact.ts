import { diagnostic } from '../diagnostic.js';
import { type LintRule, otherEnd, someFlow } from './rule.js';

/** BP101: a customer action with no frontstage contact and nothing the customer sees: an invisible step. */
export const customerWithoutContact: LintRule = {
  code: 'BP101',
  name: 'customer-without-contact',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const evidenceSteps = new Set(bp.evidence.map((e) => e.step));
    return bp.actions
      .filter((a) => ctx.zoneOf(a.id) === 'customer')
      .filter((a) => {
        if (a.touchpoint !== undefined || evidenceSteps.has(a.step)) return false;
        if ((ctx.actionsByStep.get(a.step) ?? []).some((b) => ctx.zoneOf(b.id) === 'frontstage'))
          return false;
        return !someFlow(ctx, a.id, (f) => ctx.zoneOf(otherEnd(f, a.id)) === 'frontstage');
      })
      .map((a) => diagnostic('BP101', { action: a.id }, a.location));
  },
};
