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
    outgoing.set(f.from, [...(outgoing.get(f.from) ?? []), f]);
    incoming.set(f.to, [...(incoming.get(f.to) ?? []), f]);
  }
  const cells = new Map<string, Id[]>();
  for (const a of blueprint.actions) {
    const list = actionsByStep.get(a.step);
    if (list) list.push(a);
    else actionsByStep.set(a.step, [a]);
    const key = `${a.step}\u0000${a.lane}`;
    cells.set(key, [...(cells.get(key) ?? []), a.id]);
  }
  const cellOf = (id: Id): readonly Id[] => {
    const a = index.actions.get(id);
    return a ? (cells.get(`${a.step}\u0000${a.lane}`) ?? [id]) : [id];
  };
  return { model, blueprint, index, outgoing, incoming, actionsByStep, zoneOf: index.zoneOf, cellOf };
}

/** Every flow touching an action, either way. */
export function flowsOf(ctx: LintContext, actionId: Id): readonly Flow[] {
  return [...(ctx.outgoing.get(actionId) ?? []), ...(ctx.incoming.get(actionId) ?? [])];
}

/** The action at the other end of a flow from `actionId`. */
export function otherEnd(flow: Flow, actionId: Id): Id {
  return flow.from === actionId ? flow.to : flow.from;
}
