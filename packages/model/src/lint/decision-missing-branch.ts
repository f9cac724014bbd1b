import { diagnostic } from '../diagnostic.js';
import type { Diagnostic } from '../types.js';
import type { LintRule } from './rule.js';

/** BP104: a decision needs at least two branches, each labelled with its outcome. */
export const decisionMissingBranch: LintRule = {
  code: 'BP104',
  name: 'decision-missing-branch',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp) return [];
    const out: Diagnostic[] = [];
    for (const a of bp.actions) {
      if (!a.decision) continue;
      const branches = (ctx.outgoing.get(a.id) ?? []).filter((f) => f.kind === 'branch');
      if (branches.length < 2) {
        out.push(
          diagnostic(
            'BP104',
            {
              action: a.id,
              detail: `it has ${branches.length} branch${branches.length === 1 ? '' : 'es'}`,
              detail_zh: `只有 ${branches.length} 个分支`,
            },
            a.location,
          ),
        );
      }
      for (const f of branches) {
        if (f.label === undefined) {
          out.push(
            diagnostic(
              'BP104',
              {
                action: a.id,
                detail: `the branch to \`${f.to}\` has no label`,
                detail_zh: `通向 \`${f.to}\` 的分支没有标签`,
              },
              f.location ?? a.location,
            ),
          );
        }
      }
    }
    return out;
  },
};
