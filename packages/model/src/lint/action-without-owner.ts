import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** BP112: frontstage and backstage work is done by someone; without an actor or department handoffs are invisible. */
export const actionWithoutOwner: LintRule = {
  code: 'BP112',
  name: 'action-without-owner',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    return bp.actions
      .filter((a) => {
        const zone = ctx.zoneOf(a.id);
        return (
          (zone === 'frontstage' || zone === 'backstage') &&
          a.actor === undefined &&
          a.department === undefined
        );
      })
      .map((a) => {
        const zone = ctx.zoneOf(a.id) === 'frontstage';
        return diagnostic(
          'BP112',
          { action: a.id, lane: zone ? 'Frontstage' : 'Backstage', lane_zh: zone ? '前台' : '后台' },
          a.location,
        );
      });
  },
};
