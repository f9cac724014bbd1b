import { diagnostic } from '../diagnostic.js';
import type { Diagnostic, Id } from '../types.js';
import { type LintRule, linkedToZone, stepHasZone } from './rule.js';

/** BP101: a customer action with no frontstage contact and nothing the customer sees: an invisible step. */
export const customerWithoutContact: LintRule = {
  code: 'BP101',
  name: 'customer-without-contact',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const evidenceSteps = new Set<Id>();
    for (const e of bp.evidence) evidenceSteps.add(e.step);
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (ctx.zoneOf(a.id) !== 'customer') continue;
      if (a.touchpoint !== undefined || evidenceSteps.has(a.step)) continue;
      if (stepHasZone(ctx, a.step, 'frontstage') || linkedToZone(ctx, a.id, 'frontstage')) continue;
      out.push(diagnostic('BP101', { action: a.id }, a.location));
    }
    return out;
  },
};
