import { assertNever } from './assert-never.js';
import type { Action, Blueprint, Id, Lane, LaneRole, LineKind } from './types.js';

/** Position of each role in method order, top to bottom: the order lanes must be declared in. */
export const ROLE_RANK: Readonly<Record<LaneRole, number>> = {
  evidence: 0,
  customer: 1,
  frontstage: 2,
  backstage: 3,
  support: 4,
};

/** The zone a lane belongs to: its role, or for a custom lane the role zone it sits in. */
export function laneZone(lane: Lane): LaneRole {
  switch (lane.kind) {
    case 'role':
      return lane.role;
    case 'custom':
      return lane.zone;
    default:
      return assertNever(lane, 'lane kind');
  }
}

/**
 * The lines a flow between two zones crosses (method definition: interaction between customer and frontstage,
 * visibility between frontstage and backstage, internal interaction between backstage and support).
 */
export function linesBetween(a: LaneRole, b: LaneRole): LineKind[] {
  const lo = Math.min(ROLE_RANK[a], ROLE_RANK[b]);
  const hi = Math.max(ROLE_RANK[a], ROLE_RANK[b]);
  const out: LineKind[] = [];
  if (lo <= ROLE_RANK.customer && hi >= ROLE_RANK.frontstage) out.push('interaction');
  if (lo <= ROLE_RANK.frontstage && hi >= ROLE_RANK.backstage) out.push('visibility');
  if (lo <= ROLE_RANK.backstage && hi >= ROLE_RANK.support) out.push('internal_interaction');
  return out;
}

/** Lookup tables over a blueprint that lint, inspect and diff share: actions and lanes by id, an action's zone. */
export interface BlueprintIndex {
  readonly actions: ReadonlyMap<Id, Action>;
  readonly lanes: ReadonlyMap<Id, Lane>;
  readonly stepIndex: ReadonlyMap<Id, number>;
  readonly zoneOf: (actionId: Id) => LaneRole | undefined;
}

/**
 * Builds the lookup tables for a blueprint once, so rules do not scan lists repeatedly. The step index is
 * built on first use (lint never asks for it).
 */
export function indexBlueprint(blueprint: Blueprint): BlueprintIndex {
  // Plain loops: `new Map(list.map(...))` would allocate a pair per entry.
  const actions = new Map<Id, Action>();
  for (const a of blueprint.actions) actions.set(a.id, a);
  const lanes = new Map<Id, Lane>();
  for (const l of blueprint.lanes) lanes.set(l.id, l);
  // Each lane's zone, worked out when an action first asks for it (rules ask over and over), and only for lanes
  // that actions use, as before.
  const laneZones = new Map<Id, LaneRole>();
  let stepIndex: Map<Id, number> | undefined;
  const zoneOf = (actionId: Id): LaneRole | undefined => {
    const a = actions.get(actionId);
    if (a === undefined) return undefined;
    let zone = laneZones.get(a.lane);
    if (zone === undefined) {
      const lane = lanes.get(a.lane);
      if (lane === undefined) return undefined;
      zone = laneZone(lane);
      laneZones.set(a.lane, zone);
    }
    return zone;
  };
  return {
    actions,
    lanes,
    get stepIndex(): ReadonlyMap<Id, number> {
      if (stepIndex === undefined) {
        stepIndex = new Map();
        for (const s of blueprint.steps) stepIndex.set(s.id, s.index);
      }
      return stepIndex;
    },
    zoneOf,
  };
}
