import { diagnostic } from '../diagnostic.js';
import { ROLE_RANK } from '../lanes.js';
import type { Diagnostic, Id, LaneRole, SourceLocation } from '../types.js';
import type { LintRule } from './rule.js';

/** Whether a flow between two zones crosses the line of visibility (as `linesBetween`, without a list). */
function crossesVisibility(a: LaneRole, b: LaneRole): boolean {
  const lo = Math.min(ROLE_RANK[a], ROLE_RANK[b]);
  const hi = Math.max(ROLE_RANK[a], ROLE_RANK[b]);
  return lo <= ROLE_RANK.frontstage && hi >= ROLE_RANK.backstage;
}

/**
 * BP106: work that crosses the line of visibility must land on somebody backstage: the backstage end needs an
 * actor or a department, and a flow must not jump from the visible side straight to support.
 */
export const visibilityWithoutBackstage: LintRule = {
  code: 'BP106',
  name: 'visibility-without-backstage',
  check: (ctx) => {
    const bp = ctx.blueprint;
    const index = ctx.index;
    if (!bp || !index) return [];
    const out: Diagnostic[] = [];
    /** Reports a backstage end without an actor or department. */
    const unowned = (id: Id, flow: Id, location: SourceLocation | undefined): void => {
      const action = index.actions.get(id);
      if (action && action.actor === undefined && action.department === undefined) {
        out.push(
          diagnostic(
            'BP106',
            {
              flow,
              detail: `backstage action \`${id}\` has no actor or department`,
              detail_zh: `后台行动 \`${id}\` 没有 actor 或 department`,
            },
            location,
          ),
        );
      }
    };
    for (const f of bp.flows) {
      const a = index.zoneOf(f.from);
      const b = index.zoneOf(f.to);
      if (!a || !b || !crossesVisibility(a, b)) continue;
      const location = f.location ?? index.actions.get(f.from)?.location;
      // The backstage ends, if any, in order (no list of the two ends is built).
      const fromBackstage = a === 'backstage';
      const toBackstage = b === 'backstage';
      if (!fromBackstage && !toBackstage) {
        out.push(
          diagnostic(
            'BP106',
            { flow: f.id, detail: 'it skips the backstage lane', detail_zh: '它跳过了后台泳道' },
            location,
          ),
        );
        continue;
      }
      if (fromBackstage) unowned(f.from, f.id, location);
      if (toBackstage) unowned(f.to, f.id, location);
    }
    return out;
  },
};
