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
  for (const f of blueprint.flows) {
    push(outgoing, f.from, f);
    push(incoming, f.to, f);
  }
  // Cells by step, then lane (no key string per action).
  const cells = new Map<Id, Map<Id, Id[]>>();
  const cellByAction = new Map<Id, Id[]>();
  for (const a of blueprint.actions) {
    push(actionsByStep, a.step, a);
    let lanes = cells.get(a.step);
    if (!lanes) {
      lanes = new Map();
      cells.set(a.step, lanes);
    }
    push(lanes, a.lane, a.id);
    cellByAction.set(a.id, lanes.get(a.lane)!);
  }
  const cellOf = (id: Id): readonly Id[] => cellByAction.get(id) ?? [id];
  return { model, blueprint, index, outgoing, incoming, actionsByStep, zoneOf: index.zoneOf, cellOf };
}

/** Whether some flow touching an action, either way, passes `test` (no list of both directions is built). */
export function someFlow(ctx: LintContext, actionId: Id, test: (flow: Flow) => boolean): boolean {
  for (const f of ctx.outgoing.get(actionId) ?? NONE) if (test(f)) return true;
  for (const f of ctx.incoming.get(actionId) ?? NONE) if (test(f)) return true;
  return false;
}
const NONE: readonly Flow[] = [];

/** The action at the other end of a flow from `actionId`. */
export function otherEnd(flow: Flow, actionId: Id): Id {
  return flow.from === actionId ? flow.to : flow.from;
}
