import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import { type LintRule, linkedToZone, stepHasZone } from './rule.js';

/** BP102: a frontstage action tied to no customer action: contact with nobody on the other side of the line. */
export const frontstageWithoutCustomer: LintRule = {
  code: 'BP102',
  name: 'frontstage-without-customer',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (ctx.zoneOf(a.id) !== 'frontstage') continue;
      if (stepHasZone(ctx, a.step, 'customer') || linkedToZone(ctx, a.id, 'customer')) continue;
      out.push(diagnostic('BP102', { action: a.id }, a.location));
    }
    return out;
  },
};
