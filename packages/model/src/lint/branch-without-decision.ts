import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** BP114: a `branch` flow is one outcome of a decision; leaving an action that decides nothing, it is mislabelled. */
export const branchWithoutDecision: LintRule = {
  code: 'BP114',
  name: 'branch-without-decision',
  check: (ctx) => {
    const bp = ctx.blueprint;
    const index = ctx.index;
    if (!bp || !index) return [];
    return bp.flows
      .filter((f) => f.kind === 'branch' && !index.actions.get(f.from)?.decision)
      .map((f) => diagnostic('BP114', { flow: f.id }, f.location ?? index.actions.get(f.from)?.location));
  },
};
