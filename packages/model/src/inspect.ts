import { longestPath } from './graph.js';
import { indexBlueprint, linesBetween } from './lanes.js';
import { textIn } from './text.js';
import type { Action, Flow, Id, LineKind, ServiceModel, Text } from './types.js';

/** A flow that crosses one of the three lines, with its two actions. */
export interface LineCrossing {
  readonly flow: Id;
  readonly from: Id;
  readonly to: Id;
  readonly line: LineKind;
  readonly ids: readonly Id[];
}

/** Flows between two departments (in that direction): each one is a handoff. */
export interface DepartmentHandoff {
  readonly from: Text;
  readonly to: Text;
  readonly count: number;
  /** The flows. */
  readonly ids: readonly Id[];
}

/** The derived facts of a service model that a designer reads off a blueprint, each with the ids it is about. */
export interface ServiceInspection {
  /** Flows across the line of interaction (customer ↔ frontstage): the service encounters. */
  readonly encounters: readonly LineCrossing[];
  /** Flows across the line of internal interaction (backstage ↔ support): internal service encounters. */
  readonly internalEncounters: readonly LineCrossing[];
  /** Flows across the line of visibility (frontstage ↔ backstage). */
  readonly visibilityCrossings: readonly LineCrossing[];
  /** Handoffs: flows whose two actions have different departments, counted per (from, to) pair. */
  readonly handoffs: { readonly total: number; readonly pairs: readonly DepartmentHandoff[] };
  /** Total minutes: every action's duration plus every wait, as if done one after another. */
  readonly totalMinutes: { readonly minutes: number; readonly ids: readonly Id[] };
  /**
   * The longest path from the first customer action through the flows, with loops and recovery flows removed
   * (critical path method); each action weighs its duration plus its wait.
   */
  readonly criticalPath: {
    readonly minutes: number;
    readonly waitMinutes: number;
    readonly ids: readonly Id[];
  };
  /** Waiting time: total wait minutes, its share of the total, and its share of the critical path. */
  readonly waiting: {
    readonly minutes: number;
    readonly share: number;
    readonly criticalShare: number;
    readonly ids: readonly Id[];
  };
  /** Cost per step (in the service's currency) and in total. */
  readonly cost: {
    readonly total: number;
    readonly currency?: string;
    readonly perStep: readonly { readonly step: Id; readonly cost: number; readonly ids: readonly Id[] }[];
  };
  readonly failPoints: readonly {
    readonly action: Id;
    readonly reason?: Text;
    readonly ids: readonly Id[];
  }[];
  readonly waitPoints: readonly {
    readonly action: Id;
    readonly minutes?: number;
    readonly reason?: Text;
    readonly ids: readonly Id[];
  }[];
  /** Touchpoints met in each blueprint stage (on actions and evidence), in order of first appearance. */
  readonly touchpointsPerStage: readonly { readonly stage: Id; readonly ids: readonly Id[] }[];
}

const departmentKey = (t: Text): string =>
  typeof t === 'string' ? t : `${t['zh-CN'] ?? ''}\u0000${t.en ?? ''}`;
const round = (n: number): number => Math.round(n * 1e9) / 1e9;

/** Computes the derived facts of a service blueprint: encounters, handoffs, durations, critical path, costs. */
export function inspectServiceModel(model: ServiceModel): ServiceInspection {
  const bp = model.blueprint;
  const actions: readonly Action[] = bp?.actions ?? [];
  const flows: readonly Flow[] = bp?.flows ?? [];
  const index = bp ? indexBlueprint(bp) : undefined;
  const crossings = (line: LineKind): LineCrossing[] =>
    flows
      .filter((f) => {
        const a = index?.zoneOf(f.from);
        const b = index?.zoneOf(f.to);
        return a !== undefined && b !== undefined && linesBetween(a, b).includes(line);
      })
      .map((f) => ({ flow: f.id, from: f.from, to: f.to, line, ids: [f.id, f.from, f.to] }));

  const pairs = new Map<string, { from: Text; to: Text; ids: Id[] }>();
  for (const f of flows) {
    const a = index?.actions.get(f.from)?.department;
    const b = index?.actions.get(f.to)?.department;
    if (a === undefined || b === undefined || departmentKey(a) === departmentKey(b)) continue;
    const key = `${departmentKey(a)}\u0001${departmentKey(b)}`;
    const entry = pairs.get(key) ?? { from: a, to: b, ids: [] };
    entry.ids.push(f.id);
    pairs.set(key, entry);
  }
  const handoffPairs = [...pairs.values()]
    .map((p) => ({ from: p.from, to: p.to, count: p.ids.length, ids: p.ids }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        textIn(x.from, 'en').localeCompare(textIn(y.from, 'en')) ||
        textIn(x.to, 'en').localeCompare(textIn(y.to, 'en')),
    );

  const waitOf = (a: Action | undefined): number => a?.wait?.minutes ?? 0;
  const weight = (a: Action | undefined): number => (a?.minutes ?? 0) + waitOf(a);
  const timed = actions.filter((a) => a.minutes !== undefined || a.wait?.minutes !== undefined);
  const total = round(actions.reduce((sum, a) => sum + weight(a), 0));
  const waitTotal = round(actions.reduce((sum, a) => sum + waitOf(a), 0));
  const forward = flows.filter((f) => {
    if (f.kind === 'loop' || f.kind === 'recovery') return false;
    const from = index?.actions.get(f.from);
    const to = index?.actions.get(f.to);
    return (
      from !== undefined &&
      to !== undefined &&
      index!.stepIndex.get(to.step)! >= index!.stepIndex.get(from.step)!
    );
  });
  // The path starts where the service starts: only actions reachable from the first customer action count.
  const start = actions.find((a) => index?.zoneOf(a.id) === 'customer');
  const reachable = new Set<Id>(start ? [start.id] : actions.map((a) => a.id));
  if (start) {
    const next = new Map<Id, Flow[]>();
    for (const f of forward) next.set(f.from, [...(next.get(f.from) ?? []), f]);
    const queue = [start.id];
    for (let i = 0; i < queue.length; i++) {
      for (const f of next.get(queue[i]!) ?? []) {
        if (!reachable.has(f.to)) {
          reachable.add(f.to);
          queue.push(f.to);
        }
      }
    }
  }
  const critical = longestPath(
    actions.filter((a) => reachable.has(a.id)).map((a) => a.id),
    forward,
    (id) => weight(index?.actions.get(id)),
  );
  const criticalWait = round(critical.path.reduce((sum, id) => sum + waitOf(index?.actions.get(id)), 0));

  const actionsOf = new Map<Id, Action[]>();
  for (const a of actions) actionsOf.set(a.step, [...(actionsOf.get(a.step) ?? []), a]);
  const evidenceOf = new Map<Id, Id[]>();
  for (const e of bp?.evidence ?? [])
    if (e.touchpoint) evidenceOf.set(e.step, [...(evidenceOf.get(e.step) ?? []), e.touchpoint]);
  const perStep = (bp?.steps ?? []).map((s) => {
    const costed = (actionsOf.get(s.id) ?? []).filter((a) => a.cost !== undefined);
    return {
      step: s.id,
      cost: round(costed.reduce((sum, a) => sum + (a.cost ?? 0), 0)),
      ids: costed.map((a) => a.id),
    };
  });

  const touchpointsPerStage = (bp?.stages ?? []).map((stage) => {
    const ids: Id[] = [];
    const seen = new Set<Id>();
    const add = (t: Id | undefined) => {
      if (t !== undefined && !seen.has(t)) {
        seen.add(t);
        ids.push(t);
      }
    };
    for (const s of stage.steps) {
      for (const t of evidenceOf.get(s) ?? []) add(t);
      for (const a of actionsOf.get(s) ?? []) add(a.touchpoint);
    }
    return { stage: stage.id, ids };
  });

  return {
    encounters: crossings('interaction'),
    internalEncounters: crossings('internal_interaction'),
    visibilityCrossings: crossings('visibility'),
    handoffs: { total: handoffPairs.reduce((sum, p) => sum + p.count, 0), pairs: handoffPairs },
    totalMinutes: { minutes: total, ids: timed.map((a) => a.id) },
    criticalPath: { minutes: round(critical.total), waitMinutes: criticalWait, ids: critical.path },
    waiting: {
      minutes: waitTotal,
      share: total > 0 ? waitTotal / total : 0,
      criticalShare: critical.total > 0 ? criticalWait / critical.total : 0,
      ids: actions.filter((a) => a.wait !== undefined).map((a) => a.id),
    },
    cost: {
      total: round(perStep.reduce((sum, s) => sum + s.cost, 0)),
      ...(model.service.currency !== undefined ? { currency: model.service.currency } : {}),
      perStep,
    },
    failPoints: actions
      .filter((a) => a.fail !== undefined)
      .map((a) => ({
        action: a.id,
        ...(a.fail?.reason !== undefined ? { reason: a.fail.reason } : {}),
        ids: [a.id],
      })),
    waitPoints: actions
      .filter((a) => a.wait !== undefined)
      .map((a) => ({
        action: a.id,
        ...(a.wait?.minutes !== undefined ? { minutes: a.wait.minutes } : {}),
        ...(a.wait?.reason !== undefined ? { reason: a.wait.reason } : {}),
        ids: [a.id],
      })),
    touchpointsPerStage,
  };
}
