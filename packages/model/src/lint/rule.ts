import { type BlueprintIndex, indexBlueprint } from '../lanes.js';
import type { MessageCode } from '../messages.js';
import type { Action, Blueprint, Diagnostic, Flow, Id, LaneRole, ServiceModel } from '../types.js';

/** What every rule reads: the model, its blueprint (when there is one) and lookup tables built once. */
export interface LintContext {
  readonly model: ServiceModel;
  readonly blueprint?: Blueprint;
  readonly index?: BlueprintIndex;
  /** Flows leaving / entering each action. */
  readonly outgoing: ReadonlyMap<Id, readonly Flow[]>;
  readonly incoming: ReadonlyMap<Id, readonly Flow[]>;
  /** Actions of each step, in blueprint order. */
  readonly actionsByStep: ReadonlyMap<Id, readonly Action[]>;
  readonly zoneOf: (actionId: Id) => LaneRole | undefined;
  /** The actions sharing a lane × step cell with this one, itself included, in cell order. */
  readonly cellOf: (actionId: Id) => readonly Id[];
}

/** A method lint rule: a stable code and a check that returns its findings (warnings, sometimes infos). */
export interface LintRule {
  readonly code: MessageCode;
  /** A short name, for docs and `--rule` filters. */
  readonly name: string;
  readonly check: (ctx: LintContext) => readonly Diagnostic[];
}

/** Appends to the list under `key`, creating it on first use. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups `list` by `key` into `map`, keeping list order. A parsed model lists flows by their source and actions
 * by step, so each group is usually one run: sliced at its exact size rather than grown push by push.
 */
function groupRuns<K, V>(list: readonly V[], key: (value: V) => K, map: Map<K, V[]>): void {
  for (let i = 0; i < list.length; ) {
    const k = key(list[i]!);
    let end = i + 1;
    while (end < list.length && key(list[end]!) === k) end++;
    const group = map.get(k);
    if (group) for (let j = i; j < end; j++) group.push(list[j]!);
    else map.set(k, list.slice(i, end));
    i = end;
  }
}

/** Builds the shared context for the rules in one pass over the model. */
export function lintContext(model: ServiceModel): LintContext {
  const blueprint = model.blueprint;
  const outgoing = new Map<Id, Flow[]>();
  const incoming = new Map<Id, Flow[]>();
  const actionsByStep = new Map<Id, Action[]>();
  if (!blueprint) {
    return { model, outgoing, incoming, actionsByStep, zoneOf: () => undefined, cellOf: (id) => [id] };
  }
  const index = indexBlueprint(blueprint);
  groupRuns(blueprint.flows, (f) => f.from, outgoing);
  for (const f of blueprint.flows) push(incoming, f.to, f);
  groupRuns(blueprint.actions, (a) => a.step, actionsByStep);
  // Cells of several actions, found per step (a step has a few lanes: scanned, not mapped); a cell of one
  // action, the usual case, is not stored: `cellOf` answers `[id]` for it as for an unknown id.
  const cellByAction = new Map<Id, Id[]>();
  const stepLanes: Id[] = [];
  const stepCells: Id[][] = [];
  for (const list of actionsByStep.values()) {
    if (list.length < 2) continue;
    stepLanes.length = 0;
    stepCells.length = 0;
    for (const a of list) {
      const k = stepLanes.indexOf(a.lane);
      if (k >= 0) stepCells[k]!.push(a.id);
      else {
        stepLanes.push(a.lane);
        stepCells.push([a.id]);
      }
    }
    for (const cell of stepCells) if (cell.length > 1) for (const id of cell) cellByAction.set(id, cell);
  }
  const cellOf = (id: Id): readonly Id[] => cellByAction.get(id) ?? [id];
  return { model, blueprint, index, outgoing, incoming, actionsByStep, zoneOf: index.zoneOf, cellOf };
}

const NO_FLOWS: readonly Flow[] = [];

/** Whether a flow links an action, either way, to an action in `zone` (or in `orZone`). */
export function linkedToZone(ctx: LintContext, actionId: Id, zone: LaneRole, orZone?: LaneRole): boolean {
  for (const f of ctx.outgoing.get(actionId) ?? NO_FLOWS) {
    const z = ctx.zoneOf(f.to);
    if (z === zone || (z !== undefined && z === orZone)) return true;
  }
  for (const f of ctx.incoming.get(actionId) ?? NO_FLOWS) {
    const z = ctx.zoneOf(f.from);
    if (z === zone || (z !== undefined && z === orZone)) return true;
  }
  return false;
}

/** Whether some action of a step is in `zone`. */
export function stepHasZone(ctx: LintContext, step: Id, zone: LaneRole): boolean {
  for (const a of ctx.actionsByStep.get(step) ?? NO_ACTIONS) if (ctx.zoneOf(a.id) === zone) return true;
  return false;
}
const NO_ACTIONS: readonly Action[] = [];
