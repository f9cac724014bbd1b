import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import { type LintRule, linkedToZone } from './rule.js';

/** BP103: a support process with no flow to or from a backstage or frontstage action supports nothing. */
export const supportSupportsNothing: LintRule = {
  code: 'BP103',
  name: 'support-supports-nothing',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (ctx.zoneOf(a.id) !== 'support') continue;
      // Several actions in one cell work together: the cell supports what any of them supports.
      let supports = false;
      for (const id of ctx.cellOf(a.id)) {
        if (linkedToZone(ctx, id, 'backstage', 'frontstage')) {
          supports = true;
          break;
        }
      }
      if (!supports) out.push(diagnostic('BP103', { action: a.id }, a.location));
    }
    return out;
  },
};
