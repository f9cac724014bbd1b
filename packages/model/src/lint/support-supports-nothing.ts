import { diagnostic } from '../diagnostic.js';
import { type LintRule, otherEnd, someFlow } from './rule.js';

/** BP103: a support process with no flow to or from a backstage or frontstage action supports nothing. */
export const supportSupportsNothing: LintRule = {
  code: 'BP103',
  name: 'support-supports-nothing',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    return bp.actions
      .filter((a) => ctx.zoneOf(a.id) === 'support')
      .filter(
        (a) =>
          // Several actions in one cell work together: the cell supports what any of them supports.
          !ctx.cellOf(a.id).some((id) =>
            someFlow(ctx, id, (f) => {
              const zone = ctx.zoneOf(otherEnd(f, id));
              return zone === 'backstage' || zone === 'frontstage';
            }),
          ),
      )
      .map((a) => diagnostic('BP103', { action: a.id }, a.location));
  },
};
