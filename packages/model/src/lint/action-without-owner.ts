import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { LintRule } from './rule.js';

/** BP112: frontstage and backstage work is done by someone; without an actor or department handoffs are invisible. */
export const actionWithoutOwner: LintRule = {
  code: 'BP112',
  name: 'action-without-owner',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (a.actor !== undefined || a.department !== undefined) continue;
      const zone = ctx.zoneOf(a.id);
      if (zone !== 'frontstage' && zone !== 'backstage') continue;
      const front = zone === 'frontstage';
      out.push(
        diagnostic(
          'BP112',
          { action: a.id, lane: front ? 'Frontstage' : 'Backstage', lane_zh: front ? '前台' : '后台' },
          a.location,
        ),
      );
    }
    return out;
  },
};
