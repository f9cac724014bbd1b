import { diagnostic } from '../diagnostic.js';
import type { Diagnostic, Id } from '../types.js';
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
    for (let i = 0; i < queue.length; i++) {
      const from = queue[i]!;
      // Reaching a cell reaches all its actions (they happen at the same point of the service).
      for (const f of ctx.outgoing.get(from) ?? []) {
        if (!seen.has(f.to)) {
          seen.add(f.to);
          queue.push(f.to);
        }
      }
      for (const id of ctx.cellOf(from)) {
        if (!seen.has(id)) {
          seen.add(id);
          queue.push(id);
        }
      }
    }
    const out: Diagnostic[] = [];
    for (const a of bp.actions)
      if (!seen.has(a.id)) out.push(diagnostic('BP110', { action: a.id }, a.location));
    return out;
  },
};
