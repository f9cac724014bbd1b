import { diagnostic } from '../diagnostic.js';
import { type LintRule, otherEnd, someFlow } from './rule.js';

/** BP102: a frontstage action tied to no customer action: contact with nobody on the other side of the line. */
export const frontstageWithoutCustomer: LintRule = {
  code: 'BP102',
  name: 'frontstage-without-customer',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    return bp.actions
      .filter((a) => ctx.zoneOf(a.id) === 'frontstage')
      .filter(
        (a) =>
          !(ctx.actionsByStep.get(a.step) ?? []).some((b) => ctx.zoneOf(b.id) === 'customer') &&
          !someFlow(ctx, a.id, (f) => ctx.zoneOf(otherEnd(f, a.id)) === 'customer'),
      )
      .map((a) => diagnostic('BP102', { action: a.id }, a.location));
  },
};
