import type { Lane, LaneRole } from '@frontstage/model';

const ROLE_RANK: Readonly<Record<LaneRole, number>> = {
  evidence: 0,
  customer: 1,
  frontstage: 2,
  backstage: 3,
  support: 4,
};

/**
 * A lane's position in method order: evidence 0, customer 1, frontstage 2, backstage 3, support 4; a custom lane
 * sits just after the role lane of its zone (2.5, 3.5, 4.5), so the three lines fall between the right lanes.
 */
export function laneRank(lane: Lane): number {
  return lane.kind === 'role' ? ROLE_RANK[lane.role] : ROLE_RANK[lane.zone] + 0.5;
}

/** Lanes in method order; lanes of equal rank keep their written order. */
export function sortLanes(lanes: readonly Lane[]): Lane[] {
  return lanes
    .map((lane, i) => ({ lane, i }))
    .sort((a, b) => laneRank(a.lane) - laneRank(b.lane) || a.i - b.i)
    .map((e) => e.lane);
}
