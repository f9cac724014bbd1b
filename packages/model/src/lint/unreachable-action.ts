import { diagnostic } from '../diagnostic.js';
import type { Id } from '../types.js';
import type { LintRule } from './rule.js';

/**
 * BP110: an action no flow leads to from the first customer action is disconnected from the service.
 * A cell counts as reached when any of its actions is.
 */
export const unreachableAction: LintRule = {
  code: 'BP110',
  name: 'unreachable-action',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const start = bp.actions.find((a) => ctx.zoneOf(a.id) === 'customer');
    if (!start) return [];
    const seen = new Set<Id>([start.id]);
    const queue: Id[] = [start.id];
    const visit = (id: Id): void => {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    };
    for (let i = 0; i < queue.length; i++) {
      // Reaching a cell reaches all its actions (they happen at the same point of the service).
      for (const f of ctx.outgoing.get(queue[i]!) ?? []) visit(f.to);
      for (const id of ctx.cellOf(queue[i]!)) visit(id);
    }
    return bp.actions
      .filter((a) => !seen.has(a.id))
      .map((a) => diagnostic('BP110', { action: a.id }, a.location));
  },
};
