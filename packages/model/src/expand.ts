import { BRANCH_LABELS, DEFAULT_LANE_NAMES } from './defaults.js';
import { diagnostic } from './diagnostic.js';
import { parseDuration } from './duration.js';
import { nearest } from './edit-distance.js';
import { laneZone, ROLE_RANK } from './lanes.js';
import type { MessageCode, MessageParams } from './messages.js';
import { type RawAction, type RawDecide, type RawServiceFile, STEP_FIELDS } from './raw-schema.js';
import { textLike } from './text.js';
import type {
  Action,
  Blueprint,
  Channel,
  Decision,
  Diagnostic,
  EvidenceItem,
  EvidenceStatus,
  FailPoint,
  Flow,
  FlowKind,
  Id,
  Journey,
  JourneyStage,
  JourneyStep,
  Lane,
  LaneRole,
  Persona,
  ServiceModel,
  SourceLocation,
  Stage,
  Stakeholder,
  Step,
  Text,
  Touchpoint,
  WaitPoint,
} from './types.js';
import { FORMAT_VERSION, LANE_ROLES } from './types.js';
import type { Locator, YamlPath } from './yaml-source.js';

type Path = YamlPath;
type RawText = string | { readonly 'zh-CN'?: string | undefined; readonly en?: string | undefined };
type RawFlowRef = {
  readonly to: string;
  readonly kind?: FlowKind | undefined;
  readonly label?: RawText | undefined;
};

/** Kinds of ids, in both languages, for duplicate and unknown-reference messages. */
const KIND: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  stage: { en: 'stage', zh: '阶段' },
  step: { en: 'step', zh: '步骤' },
  action: { en: 'action', zh: '行动' },
  target: { en: 'action or step', zh: '行动或步骤' },
  evidence: { en: 'evidence item', zh: '有形展示' },
  lane: { en: 'lane', zh: '泳道' },
  touchpoint: { en: 'touchpoint', zh: '触点' },
  journey: { en: 'journey', zh: '旅程' },
  journeyStage: { en: 'journey stage', zh: '旅程阶段' },
  persona: { en: 'persona', zh: '用户画像' },
  stakeholder: { en: 'stakeholder', zh: '利益相关者' },
};

/** A text as the model holds it: a string, or a pair with only the languages actually given. */
function text(raw: RawText): Text {
  if (typeof raw === 'string') return raw;
  const out: { 'zh-CN'?: string; en?: string } = {};
  if (raw['zh-CN'] !== undefined) out['zh-CN'] = raw['zh-CN'];
  if (raw.en !== undefined) out.en = raw.en;
  return out;
}
const optText = (raw: RawText | undefined): Text | undefined => (raw === undefined ? undefined : text(raw));
const texts = (raw: readonly RawText[] | undefined): Text[] => (raw ?? []).map(text);

/** A record under construction: its fields are set one by one, in declared order, then it is cast back. */
type Draft<T> = { -readonly [K in keyof T]?: T[K] };

/** Copies only the defined optional fields, so that models compare equal however they were built. */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const k of Object.keys(source)) {
    const v = source[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

interface PendingFlow {
  readonly to: string;
  readonly kind?: FlowKind | undefined;
  readonly label?: Text | undefined;
  readonly path: Path;
  /** Lane used to resolve a step id on either end; set when one end is an action. */
  readonly fromAction?: Id;
}

/**
 * Expands a validated service file into the normalized model: default lanes, action ids `<step>.<lane>`,
 * derived (auto) flows, decision branches, loops, implicit touchpoints, defaulted fields; and checks every
 * reference (duplicate ids, unknown targets, undeclared lanes, lane order) with a located error.
 */
export function expandServiceFile(
  raw: RawServiceFile,
  locate: Locator,
): { model: ServiceModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (code: MessageCode, params: MessageParams, path: Path, key = false): void => {
    diagnostics.push(diagnostic(code, params, locate(path, { key })));
  };
  const kindParams = (kind: string) => ({ kind: KIND[kind]!.en, kind_zh: KIND[kind]!.zh });
  const registry = (kind: string) => {
    // The first occurrence's path is kept and located only when a duplicate needs its line.
    const seen = new Map<string, Path>();
    return (id: string, path: Path): boolean => {
      const first = seen.get(id);
      if (first) {
        report('FS201', { ...kindParams(kind), id, firstLine: locate(first).line }, path);
        return false;
      }
      seen.set(id, path);
      return true;
    };
  };
  const unknown = (kind: string, id: string, candidates: Iterable<string>, path: Path): void => {
    const suggestion = nearest(id, [...candidates]);
    report('FS202', { ...kindParams(kind), id, ...(suggestion ? { suggestion } : {}) }, path);
  };

  // Lanes
  const lanes: Lane[] = [];
  const rawLanes = raw.blueprint?.lanes;
  if (rawLanes === undefined) {
    for (const role of LANE_ROLES)
      lanes.push({ kind: 'role', id: role, role, name: DEFAULT_LANE_NAMES[role] });
  } else {
    const seenLane = new Set<string>();
    let maxRank = -1;
    let maxLane = '';
    rawLanes.forEach((entry, i) => {
      const path: Path = ['blueprint', 'lanes', i];
      let lane: Lane | undefined;
      if (typeof entry === 'string') {
        const role = entry as LaneRole;
        lane = { kind: 'role', id: role, role, name: DEFAULT_LANE_NAMES[role] };
      } else if (entry.role !== undefined && entry.id !== undefined) {
        report(
          'FS110',
          {
            detail: 'a lane has either `role` or `id`, not both',
            detail_zh: '泳道只能写 `role` 或 `id` 之一',
          },
          path,
        );
      } else if (entry.role !== undefined) {
        const role = entry.role as LaneRole;
        if (entry.zone !== undefined) {
          report(
            'FS110',
            { detail: '`zone` is only for custom lanes', detail_zh: '`zone` 只用于自定义泳道' },
            [...path, 'zone'],
          );
        }
        lane = {
          kind: 'role',
          id: role,
          role,
          name: entry.name !== undefined ? text(entry.name) : DEFAULT_LANE_NAMES[role],
        };
      } else if (entry.id !== undefined) {
        if ((LANE_ROLES as readonly string[]).includes(entry.id) || STEP_FIELDS.includes(entry.id)) {
          report(
            'FS110',
            {
              detail: `\`${entry.id}\` is reserved; write \`role: ${entry.id}\` for a method lane, or choose another id`,
              detail_zh: `\`${entry.id}\` 是保留字；方法泳道请写 \`role: ${entry.id}\`，否则换一个 id`,
            },
            [...path, 'id'],
          );
        } else {
          lane = {
            kind: 'custom',
            id: entry.id,
            zone: entry.zone ?? 'support',
            name: entry.name !== undefined ? text(entry.name) : entry.id,
          };
        }
      } else {
        report('FS102', { key: 'role` or `id' }, path);
      }
      if (!lane) return;
      if (seenLane.has(lane.id)) {
        report('FS210', { lane: lane.id }, path);
        return;
      }
      seenLane.add(lane.id);
      const rank = ROLE_RANK[laneZone(lane)];
      if (rank < maxRank) report('FS204', { lane: lane.id, after: maxLane }, path);
      else if (rank > maxRank || lane.kind === 'role') {
        maxRank = rank;
        maxLane = lane.id;
      }
      lanes.push(lane);
    });
  }
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const actionLanes = lanes.filter((l) => laneZone(l) !== 'evidence');
  const hasEvidenceLane = laneById.has('evidence');

  // Stages, steps, actions, evidence
  const stages: Stage[] = [];
  const steps: Step[] = [];
  const actions: Action[] = [];
  const evidence: EvidenceItem[] = [];
  const pending: PendingFlow[] = [];
  const actionIndex = new Map<Id, number>();
  const cellActions = new Map<Id, Map<Id, Id[]>>(); // step → lane → action ids in cell order
  const decided = new Set<Id>();
  const stageOk = registry('stage');
  const stepOk = registry('step');
  const actionOk = registry('action');
  const evidenceOk = registry('evidence');
  const stepIds = new Set<Id>();

  const buildDecision = (decide: RawDecide, from: Id, path: Path): Decision => {
    const question = text(decide.ask);
    if (decide.then !== undefined) {
      pending.push({
        to: decide.then,
        kind: 'branch',
        label: textLike(question, BRANCH_LABELS.then),
        path: [...path, 'then'],
        fromAction: from,
      });
    }
    if (decide.else !== undefined) {
      pending.push({
        to: decide.else,
        kind: 'branch',
        label: textLike(question, BRANCH_LABELS.else),
        path: [...path, 'else'],
        fromAction: from,
      });
    }
    (decide.branches ?? []).forEach((b, k) => {
      pending.push({
        to: b.to,
        kind: 'branch',
        label: optText(b.label),
        path: [...path, 'branches', k],
        fromAction: from,
      });
    });
    return { question };
  };

  const buildAction = (
    item: string | RawAction | { 'zh-CN'?: string; en?: string },
    id: Id,
    lane: Id,
    step: Id,
    path: Path,
  ): Action => {
    if (typeof item === 'string' || !('text' in item)) {
      return { id, lane, step, text: text(item as RawText), status: 'observed', location: locate(path) };
    }
    const a = item as RawAction;
    let fail: FailPoint | undefined;
    if (a.fail === true) fail = {};
    else if (a.fail !== undefined && a.fail !== false) fail = { reason: text(a.fail) };
    let wait: WaitPoint | undefined;
    if (a.wait === true) wait = {};
    else if (typeof a.wait === 'number' || typeof a.wait === 'string')
      wait = defined({ minutes: parseDuration(a.wait) });
    else if (a.wait !== undefined && a.wait !== false) {
      wait = defined({
        reason: optText(a.wait.reason),
        minutes: a.wait.duration === undefined ? undefined : parseDuration(a.wait.duration),
      });
    }
    const decision = a.decide ? buildDecision(a.decide, id, [...path, 'decide']) : undefined;
    if (decision) decided.add(id);
    if (a.next !== undefined) {
      const list = Array.isArray(a.next) ? a.next : [a.next];
      const nextPath: Path = [...path, 'next'];
      list.forEach((n, k) => {
        const p = Array.isArray(a.next) ? [...nextPath, k] : nextPath;
        if (typeof n === 'string') pending.push({ to: n, path: p, fromAction: id });
        else {
          const r = n as RawFlowRef;
          pending.push({
            to: r.to,
            kind: r.kind,
            label: optText(r.label),
            path: p,
            fromAction: id,
          });
        }
      });
    }
    // Built field by field in the declared order (as `defined` would leave it), without a throwaway copy.
    const action: Draft<Action> = { id, lane, step, text: text(a.text) };
    if (a.actor !== undefined) action.actor = text(a.actor);
    if (a.department !== undefined) action.department = text(a.department);
    if (a.duration !== undefined) {
      const minutes = parseDuration(a.duration);
      if (minutes !== undefined) action.minutes = minutes;
    }
    if (a.cost !== undefined) action.cost = a.cost;
    if (fail !== undefined) action.fail = fail;
    if (wait !== undefined) action.wait = wait;
    action.status = (a.status ?? 'observed') as EvidenceStatus;
    if (a.touchpoint !== undefined) action.touchpoint = a.touchpoint;
    if (decision !== undefined) action.decision = decision;
    if (a.note !== undefined) action.note = text(a.note);
    action.location = locate(path);
    return action as Action;
  };

  let stepIndex = 0;
  (raw.stages ?? []).forEach((rawStage, si) => {
    const stagePath: Path = ['stages', si];
    stageOk(rawStage.id, ['stages', si, 'id']);
    const stepList: Id[] = [];
    (rawStage.steps ?? []).forEach((rawStep, sj) => {
      const stepPath: Path = ['stages', si, 'steps', sj];
      if (!stepOk(rawStep.id, ['stages', si, 'steps', sj, 'id'])) return;
      stepIds.add(rawStep.id);
      stepList.push(rawStep.id);
      const step = rawStep.id;
      // Cells, in lane order
      let firstCustomer: Id | undefined;
      for (const lane of actionLanes) {
        const cell = (rawStep as Record<string, unknown>)[lane.id] as
          | RawAction
          | RawText
          | readonly (RawAction | RawText)[]
          | undefined;
        if (cell === undefined) continue;
        const items = Array.isArray(cell) ? cell : [cell];
        const ids: Id[] = [];
        items.forEach((item, k) => {
          const itemPath: Path = Array.isArray(cell)
            ? ['stages', si, 'steps', sj, lane.id, k]
            : ['stages', si, 'steps', sj, lane.id];
          const explicit =
            typeof item === 'object' && item !== null && 'text' in item ? (item as RawAction).id : undefined;
          const id = explicit ?? `${step}.${lane.id}${k === 0 ? '' : `.${k + 1}`}`;
          if (!actionOk(id, explicit !== undefined ? [...itemPath, 'id'] : itemPath)) return;
          const action = buildAction(item as RawAction, id, lane.id, step, itemPath);
          actionIndex.set(id, actions.length);
          actions.push(action);
          ids.push(id);
        });
        let cells = cellActions.get(step);
        if (cells === undefined) {
          cells = new Map();
          cellActions.set(step, cells);
        }
        cells.set(lane.id, ids);
        if (laneZone(lane) === 'customer' && firstCustomer === undefined) firstCustomer = ids[0];
      }
      // Step-level decide belongs to the customer action
      if (rawStep.decide !== undefined) {
        const decidePath: Path = [...stepPath, 'decide'];
        if (firstCustomer === undefined) report('FS206', { step }, decidePath);
        else if (decided.has(firstCustomer)) report('FS207', { action: firstCustomer }, decidePath);
        else {
          const decision = buildDecision(rawStep.decide, firstCustomer, decidePath);
          decided.add(firstCustomer);
          const i = actionIndex.get(firstCustomer)!;
          actions[i] = { ...actions[i]!, decision };
        }
      }
      // Evidence items
      if (rawStep.evidence !== undefined && hasEvidenceLane) {
        const list = Array.isArray(rawStep.evidence) ? rawStep.evidence : [rawStep.evidence];
        list.forEach((item, k) => {
          const itemPath: Path = Array.isArray(rawStep.evidence)
            ? [...stepPath, 'evidence', k]
            : [...stepPath, 'evidence'];
          const obj =
            typeof item === 'object' && item !== null && 'text' in item
              ? (item as { id?: string; text: RawText; touchpoint?: string; status?: EvidenceStatus })
              : undefined;
          const id = obj?.id ?? `${step}.evidence${k === 0 ? '' : `.${k + 1}`}`;
          if (!evidenceOk(id, obj?.id !== undefined ? [...itemPath, 'id'] : itemPath)) return;
          const entry: Draft<EvidenceItem> = { id, step, text: text(obj ? obj.text : (item as RawText)) };
          if (obj?.touchpoint !== undefined) entry.touchpoint = obj.touchpoint;
          entry.status = obj?.status ?? 'observed';
          entry.location = locate(itemPath);
          evidence.push(entry as EvidenceItem);
        });
      }
      const customerAction = firstCustomer ? actions[actionIndex.get(firstCustomer)!] : undefined;
      const entry: Draft<Step> = { id: step, stage: rawStage.id, index: stepIndex++ };
      const name = rawStep.name !== undefined ? text(rawStep.name) : customerAction?.text;
      if (name !== undefined) entry.name = name;
      entry.location = locate(stepPath);
      steps.push(entry as Step);
    });
    stages.push({
      id: rawStage.id,
      name: rawStage.name !== undefined ? text(rawStage.name) : rawStage.id,
      steps: stepList,
      location: locate(stagePath),
    });
  });

  // Flows
  // Filled by plain loops: `new Map(list.map(...))` would allocate a pair per entry.
  const actionById = new Map<Id, Action>();
  const actionOrder = new Map<Id, number>();
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    actionById.set(a.id, a);
    actionOrder.set(a.id, i);
  }
  const stepIndexOf = new Map<Id, number>();
  for (const s of steps) stepIndexOf.set(s.id, s.index);
  const firstIn = (step: Id, lane: Id): Id | undefined => cellActions.get(step)?.get(lane)?.[0];
  const resolve = (ref: string, lane: Id | undefined, path: Path): Id | undefined => {
    if (actionById.has(ref)) return ref;
    if (stepIds.has(ref)) {
      const target = lane === undefined ? undefined : firstIn(ref, lane);
      if (target === undefined) report('FS205', { step: ref, lane: lane ?? 'customer' }, path);
      return target;
    }
    unknown('target', ref, [...actionById.keys(), ...stepIds], path);
    return undefined;
  };
  // Flows in the order they were added, and which (from, to) pairs exist: looked up by the two ids, whose hashes
  // strings keep, rather than by a new `from->to` string per check.
  const flows: Flow[] = [];
  const joined = new Map<Id, Set<Id>>();
  const has = (from: Id, to: Id): boolean => joined.get(from)?.has(to) ?? false;
  const add = (flow: Flow): void => {
    flows.push(flow);
    let targets = joined.get(flow.from);
    if (targets === undefined) {
      targets = new Set();
      joined.set(flow.from, targets);
    }
    targets.add(flow.to);
  };
  const addHand = (
    from: Id,
    to: Id,
    kind: FlowKind | undefined,
    label: Text | undefined,
    path: Path,
  ): void => {
    const id = `${from}->${to}`;
    if (from === to) {
      report('FS209', { id }, path);
      return;
    }
    if (has(from, to)) {
      report('FS208', { id }, path);
      return;
    }
    const backwards =
      (stepIndexOf.get(actionById.get(to)!.step) ?? 0) < (stepIndexOf.get(actionById.get(from)!.step) ?? 0);
    const flow: Draft<Flow> = { id, kind: kind ?? (backwards ? 'loop' : 'sequence'), from, to };
    if (label !== undefined) flow.label = label;
    flow.derived = false;
    flow.location = locate(path);
    add(flow as Flow);
  };
  const customerLane = actionLanes.find((l) => laneZone(l) === 'customer')?.id;
  (raw.blueprint?.flows ?? []).forEach((f, i) => {
    const path: Path = ['blueprint', 'flows', i];
    const fromIsAction = actionById.has(f.from);
    const toIsAction = actionById.has(f.to);
    let from: Id | undefined;
    let to: Id | undefined;
    if (fromIsAction) {
      from = f.from;
      to = resolve(f.to, actionById.get(f.from)!.lane, [...path, 'to']);
    } else if (toIsAction) {
      to = f.to;
      from = resolve(f.from, actionById.get(f.to)!.lane, [...path, 'from']);
    } else if (stepIds.has(f.from) && stepIds.has(f.to)) {
      from = customerLane ? firstIn(f.from, customerLane) : undefined;
      to = customerLane ? firstIn(f.to, customerLane) : undefined;
      if (from === undefined || to === undefined) {
        report('FS212', { from: f.from, to: f.to }, path);
        return;
      }
    } else {
      from = resolve(f.from, undefined, [...path, 'from']);
      to = resolve(f.to, undefined, [...path, 'to']);
    }
    if (from !== undefined && to !== undefined) addHand(from, to, f.kind, optText(f.label), path);
  });
  for (const p of pending) {
    const fromId = p.fromAction!;
    const to = resolve(p.to, actionById.get(fromId)?.lane, p.path);
    if (to !== undefined && actionById.has(fromId)) addHand(fromId, to, p.kind, p.label, p.path);
  }
  const autoFlows = raw.blueprint?.['auto-flows'] ?? true;
  if (autoFlows) {
    const derived = (from: Id, to: Id): void => {
      if (!has(from, to)) add({ id: `${from}->${to}`, kind: 'sequence', from, to, derived: true });
    };
    const handOut = new Set<Id>();
    for (const f of flows) if (f.kind === 'sequence' || f.kind === 'branch') handOut.add(f.from);
    if (customerLane !== undefined) {
      let previous: Id | undefined;
      for (const s of steps) {
        const current = firstIn(s.id, customerLane);
        if (current === undefined) continue;
        if (previous !== undefined && !decided.has(previous) && !handOut.has(previous))
          derived(previous, current);
        previous = current;
      }
    }
    for (const s of steps) {
      let above: Id | undefined;
      for (const lane of actionLanes) {
        const first = firstIn(s.id, lane.id);
        if (first === undefined) continue;
        if (above !== undefined) derived(above, first);
        above = first;
      }
    }
  }
  // Sorted by (from, to) in action order; the keys are looked up once per flow, not per comparison.
  const unsorted = flows;
  const fromOrder = new Float64Array(unsorted.length);
  const toOrder = new Float64Array(unsorted.length);
  const order: number[] = [];
  for (let i = 0; i < unsorted.length; i++) {
    fromOrder[i] = actionOrder.get(unsorted[i]!.from)!;
    toOrder[i] = actionOrder.get(unsorted[i]!.to)!;
    order.push(i);
  }
  order.sort((a, b) => fromOrder[a]! - fromOrder[b]! || toOrder[a]! - toOrder[b]!);
  const flowList = order.map((i) => unsorted[i]!);

  // Touchpoints: declared, then implicit in order of first reference
  const touchpoints: Touchpoint[] = [];
  const touchpointOk = registry('touchpoint');
  (raw.touchpoints ?? []).forEach((t, i) => {
    const path: Path = ['touchpoints', i];
    if (!touchpointOk(t.id, [...path, 'id'])) return;
    touchpoints.push(
      defined({
        id: t.id,
        name: text(t.name),
        channel: t.channel as Channel | undefined,
        description: optText(t.description),
        traffic: t.traffic,
        complaints: t.complaints,
        implicit: false,
        location: locate(path),
      }),
    );
  });
  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  const implicit = (id: Id, name: Text, location: SourceLocation | undefined): void => {
    if (touchpointIds.has(id)) return;
    touchpointIds.add(id);
    touchpoints.push(defined({ id, name, implicit: true, location }));
  };
  // Per step: its evidence, then its actions. Both lists were filled step by step in `steps` order, so each
  // step's items are one contiguous run: two cursors walk them without grouping into per-step lists.
  let nextEvidence = 0;
  let nextAction = 0;
  for (const s of steps) {
    for (; nextEvidence < evidence.length && evidence[nextEvidence]!.step === s.id; nextEvidence++) {
      const e = evidence[nextEvidence]!;
      if (e.touchpoint) implicit(e.touchpoint, e.text, e.location);
    }
    for (; nextAction < actions.length && actions[nextAction]!.step === s.id; nextAction++) {
      const a = actions[nextAction]!;
      if (a.touchpoint) implicit(a.touchpoint, a.text, a.location);
    }
  }
  const channelOf = new Map(touchpoints.map((t) => [t.id, t.channel]));

  // Personas, journeys, stakeholders
  const personaOk = registry('persona');
  const personas: Persona[] = [];
  (raw.personas ?? []).forEach((p, i) => {
    const path: Path = ['personas', i];
    if (!personaOk(p.id, [...path, 'id'])) return;
    personas.push(
      defined({
        id: p.id,
        name: text(p.name),
        description: optText(p.description),
        goals: texts(p.goals),
        needs: texts(p.needs),
        frustrations: texts(p.frustrations),
        location: locate(path),
      }),
    );
  });
  const personaIds = new Set(personas.map((p) => p.id));
  const journeyOk = registry('journey');
  const journeyIds = new Set((raw.journeys ?? []).map((j) => j.id));
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  const journeys: Journey[] = [];
  (raw.journeys ?? []).forEach((j, i) => {
    const path: Path = ['journeys', i];
    if (!journeyOk(j.id, [...path, 'id'])) return;
    if (j.persona !== undefined && !personaIds.has(j.persona))
      unknown('persona', j.persona, personaIds, [...path, 'persona']);
    const basedOn = j['based-on'];
    if (basedOn !== undefined) {
      if (basedOn === j.id) report('FS211', { id: j.id }, [...path, 'based-on']);
      else if (!journeyIds.has(basedOn)) unknown('journey', basedOn, journeyIds, [...path, 'based-on']);
    }
    const journeyStageOk = registry('journeyStage');
    const jStages: JourneyStage[] = [];
    (j.stages ?? []).forEach((st, k) => {
      const stPath: Path = [...path, 'stages', k];
      if (!journeyStageOk(st.id, [...stPath, 'id'])) return;
      const jSteps: JourneyStep[] = (st.steps ?? []).map((rawStep, m) => {
        const stepPath: Path = [...stPath, 'steps', m];
        const location = locate(stepPath);
        if (typeof rawStep === 'string') {
          implicit(rawStep, rawStep, location);
          return defined({
            touchpoint: rawStep,
            channel: channelOf.get(rawStep),
            painPoints: [],
            opportunities: [],
            location,
          });
        }
        implicit(
          rawStep.touchpoint,
          rawStep.doing !== undefined ? text(rawStep.doing) : rawStep.touchpoint,
          location,
        );
        return defined({
          touchpoint: rawStep.touchpoint,
          channel: (rawStep.channel as Channel | undefined) ?? channelOf.get(rawStep.touchpoint),
          doing: optText(rawStep.doing),
          thinking: optText(rawStep.thinking),
          feeling: optText(rawStep.feeling),
          emotion: rawStep.emotion,
          painPoints: texts(rawStep.pains),
          opportunities: texts(rawStep.opportunities),
          location,
        });
      });
      jStages.push({
        id: st.id,
        name: st.name !== undefined ? text(st.name) : (stageName.get(st.id) ?? st.id),
        steps: jSteps,
        location: locate(stPath),
      });
    });
    journeys.push(
      defined({
        id: j.id,
        name: text(j.name),
        persona: j.persona,
        variant: j.variant ?? 'as_is',
        basedOn,
        stages: jStages,
        location: locate(path),
      }),
    );
  });
  const stakeholderOk = registry('stakeholder');
  const stakeholderIds = new Set((raw.stakeholders ?? []).map((s) => s.id));
  const stakeholders: Stakeholder[] = [];
  (raw.stakeholders ?? []).forEach((s, i) => {
    const path: Path = ['stakeholders', i];
    if (!stakeholderOk(s.id, [...path, 'id'])) return;
    (s.relations ?? []).forEach((r, k) => {
      if (!stakeholderIds.has(r.to))
        unknown('stakeholder', r.to, stakeholderIds, [...path, 'relations', k, 'to']);
    });
    stakeholders.push(
      defined({
        id: s.id,
        name: text(s.name),
        role: optText(s.role),
        interest: s.interest,
        influence: s.influence,
        relations: (s.relations ?? []).map((r) =>
          defined({ to: r.to, kind: r.kind, label: optText(r.label) }),
        ),
        location: locate(path),
      }),
    );
  });

  const hasBlueprint = raw.blueprint !== undefined || raw.stages !== undefined;
  const blueprint: Blueprint | undefined = hasBlueprint
    ? defined({
        number: raw.blueprint?.number,
        version: raw.blueprint?.version,
        status: raw.blueprint?.status ?? 'draft',
        title: optText(raw.blueprint?.title),
        lanes,
        stages,
        steps,
        actions,
        evidence,
        flows: flowList,
        autoFlows,
      })
    : undefined;
  const model: ServiceModel = defined({
    format: FORMAT_VERSION,
    service: defined({
      id: raw.service.id,
      name: text(raw.service.name),
      description: optText(raw.service.description),
      customers: optText(raw.service.customers),
      expectations: texts(raw.service.expectations),
      currency: raw.service.currency,
    }),
    blueprint,
    touchpoints,
    journeys,
    personas,
    stakeholders,
  });
  return { model, diagnostics };
}
