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
  const zh = raw['zh-CN'];
  const en = raw.en;
  // One literal per case: an object sized for its fields, none added later.
  if (zh !== undefined) return en !== undefined ? { 'zh-CN': zh, en } : { 'zh-CN': zh };
  return en !== undefined ? { en } : {};
}
const optText = (raw: RawText | undefined): Text | undefined => (raw === undefined ? undefined : text(raw));
const texts = (raw: readonly RawText[] | undefined): Text[] => (raw === undefined ? [] : raw.map(text));

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
  /** Position (in `actions`) of the action the flow leaves, whose lane resolves a step id as target. */
  readonly from: number;
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
  /**
   * The ids of one kind's items in `list`, each with its item's position there. `check(id, path)` is false for a
   * duplicate, which it reports; else the id gets position `list.length`: the caller adds the item, located at
   * `path`, before the next check. An id is located at the item's `id` key when `idKey` (the kind's usual place
   * unless told), else at the item; a duplicate finds the first one's path in that item's location.
   */
  const registry = (
    kind: string,
    list: readonly { readonly location?: SourceLocation }[],
    idKeyUsually: boolean,
  ) => {
    const positions = new Map<string, number>();
    /** Ids located at the other place than usual (a written-out action or evidence id). */
    const unusual = new Set<string>();
    const at = (path: Path, idKey: boolean): Path => (idKey ? [...path, 'id'] : path);
    const check = (id: string, path: Path, idKey = idKeyUsually): boolean => {
      const first = positions.get(id);
      if (first !== undefined) {
        const firstPath = list[first]!.location!.path;
        const firstLine = locate(at(firstPath, unusual.has(id) !== idKeyUsually)).line;
        report('FS201', { ...kindParams(kind), id, firstLine }, at(path, idKey));
        return false;
      }
      positions.set(id, list.length);
      if (idKey !== idKeyUsually) unusual.add(id);
      return true;
    };
    return { check, positions };
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
  const actionLanes = lanes.filter((l) => laneZone(l) !== 'evidence');
  const hasEvidenceLane = lanes.some((l) => l.id === 'evidence');
  const laneCount = actionLanes.length;
  const customerSlot = actionLanes.findIndex((l) => laneZone(l) === 'customer');

  // Stages, steps, actions, evidence. Actions and steps are referred to by their position in `actions` and
  // `steps` (a step's position is its index): plain number arrays replace per-step maps and per-action sets.
  const stages: Stage[] = [];
  const steps: Step[] = [];
  const actions: Action[] = [];
  const evidence: EvidenceItem[] = [];
  const pending: PendingFlow[] = [];
  /** Per action: the position of its step and of its lane in `actionLanes`. */
  const actionStep: number[] = [];
  const actionLane: number[] = [];
  /** The first action of each cell (step position × lane count + lane slot), or -1 for an empty cell. */
  const firstAction: number[] = [];
  const firstIn = (step: number, slot: number): number => firstAction[step * laneCount + slot]!;
  const stageIds = registry('stage', stages, true);
  const stepIds = registry('step', steps, true);
  const actionIds = registry('action', actions, false);
  const evidenceIds = registry('evidence', evidence, false);
  const actionAt = actionIds.positions;
  const stepAt = stepIds.positions;

  const buildDecision = (decide: RawDecide, from: number, path: Path): Decision => {
    const question = text(decide.ask);
    if (decide.then !== undefined) {
      pending.push({
        to: decide.then,
        kind: 'branch',
        label: textLike(question, BRANCH_LABELS.then),
        path: [...path, 'then'],
        from,
      });
    }
    if (decide.else !== undefined) {
      pending.push({
        to: decide.else,
        kind: 'branch',
        label: textLike(question, BRANCH_LABELS.else),
        path: [...path, 'else'],
        from,
      });
    }
    const branches = decide.branches ?? [];
    for (let k = 0; k < branches.length; k++) {
      const b = branches[k]!;
      pending.push({
        to: b.to,
        kind: 'branch',
        label: optText(b.label),
        path: [...path, 'branches', k],
        from,
      });
    }
    return { question };
  };

  /** Builds the action at position `at` (the next one in `actions`). */
  const buildAction = (
    item: string | RawAction | { 'zh-CN'?: string; en?: string },
    id: Id,
    lane: Id,
    step: Id,
    path: Path,
    at: number,
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
    else if (typeof a.wait === 'number' || typeof a.wait === 'string') {
      const minutes = parseDuration(a.wait);
      wait = minutes === undefined ? {} : { minutes };
    } else if (a.wait !== undefined && a.wait !== false) {
      wait = defined({
        reason: optText(a.wait.reason),
        minutes: a.wait.duration === undefined ? undefined : parseDuration(a.wait.duration),
      });
    }
    const decision = a.decide ? buildDecision(a.decide, at, [...path, 'decide']) : undefined;
    if (a.next !== undefined) {
      const many = Array.isArray(a.next);
      const list = (many ? a.next : [a.next]) as readonly (string | RawFlowRef)[];
      const nextPath: Path = [...path, 'next'];
      for (let k = 0; k < list.length; k++) {
        const n = list[k]!;
        const p = many ? [...nextPath, k] : nextPath;
        if (typeof n === 'string') pending.push({ to: n, path: p, from: at });
        else pending.push({ to: n.to, kind: n.kind, label: optText(n.label), path: p, from: at });
      }
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

  // Plain index loops, not `forEach`: no callback closure per stage, step or cell.
  const rawStages = raw.stages ?? [];
  for (let si = 0; si < rawStages.length; si++) {
    const rawStage = rawStages[si]!;
    const stagePath: Path = ['stages', si];
    stageIds.check(rawStage.id, stagePath);
    const stepList: Id[] = [];
    const rawSteps = rawStage.steps ?? [];
    for (let sj = 0; sj < rawSteps.length; sj++) {
      const rawStep = rawSteps[sj]!;
      const stepPath: Path = ['stages', si, 'steps', sj];
      if (!stepIds.check(rawStep.id, stepPath)) continue;
      const step = rawStep.id;
      const stepPosition = steps.length;
      stepList.push(step);
      // Cells, in lane order
      let firstCustomer = -1;
      for (let slot = 0; slot < laneCount; slot++) {
        const laneId = actionLanes[slot]!.id;
        const cell = (rawStep as Record<string, unknown>)[laneId] as
          | RawAction
          | RawText
          | readonly (RawAction | RawText)[]
          | undefined;
        let first = -1;
        if (cell !== undefined) {
          const many = Array.isArray(cell);
          const count = many ? cell.length : 1;
          for (let k = 0; k < count; k++) {
            const item = many ? cell[k]! : (cell as RawAction | RawText);
            const itemPath: Path = many
              ? ['stages', si, 'steps', sj, laneId, k]
              : ['stages', si, 'steps', sj, laneId];
            const explicit =
              typeof item === 'object' && item !== null && 'text' in item
                ? (item as RawAction).id
                : undefined;
            const id = explicit ?? (k === 0 ? `${step}.${laneId}` : `${step}.${laneId}.${k + 1}`);
            if (!actionIds.check(id, itemPath, explicit !== undefined)) continue;
            const at = actions.length;
            actions.push(buildAction(item as RawAction, id, laneId, step, itemPath, at));
            actionStep.push(stepPosition);
            actionLane.push(slot);
            if (first < 0) first = at;
          }
          if (slot === customerSlot && firstCustomer < 0) firstCustomer = first;
        }
        firstAction.push(first);
      }
      // Step-level decide belongs to the customer action
      if (rawStep.decide !== undefined) {
        const decidePath: Path = [...stepPath, 'decide'];
        if (firstCustomer < 0) report('FS206', { step }, decidePath);
        else if (actions[firstCustomer]!.decision !== undefined)
          report('FS207', { action: actions[firstCustomer]!.id }, decidePath);
        else {
          const decision = buildDecision(rawStep.decide, firstCustomer, decidePath);
          actions[firstCustomer] = { ...actions[firstCustomer]!, decision };
        }
      }
      // Evidence items
      const rawEvidence = rawStep.evidence;
      if (rawEvidence !== undefined && hasEvidenceLane) {
        const many = Array.isArray(rawEvidence);
        const count = many ? rawEvidence.length : 1;
        for (let k = 0; k < count; k++) {
          const item = many ? rawEvidence[k]! : rawEvidence;
          const itemPath: Path = many
            ? ['stages', si, 'steps', sj, 'evidence', k]
            : ['stages', si, 'steps', sj, 'evidence'];
          const obj =
            typeof item === 'object' && item !== null && 'text' in item
              ? (item as { id?: string; text: RawText; touchpoint?: string; status?: EvidenceStatus })
              : undefined;
          const explicit = obj?.id;
          const id = explicit ?? (k === 0 ? `${step}.evidence` : `${step}.evidence.${k + 1}`);
          if (!evidenceIds.check(id, itemPath, explicit !== undefined)) continue;
          const itemText = text(obj ? obj.text : (item as RawText));
          const touchpoint = obj?.touchpoint;
          const status = obj?.status ?? 'observed';
          const location = locate(itemPath);
          // One literal per field set: the fields in declared order, without adding any later.
          evidence.push(
            touchpoint !== undefined
              ? { id, step, text: itemText, touchpoint, status, location }
              : { id, step, text: itemText, status, location },
          );
        }
      }
      const name =
        rawStep.name !== undefined
          ? text(rawStep.name)
          : firstCustomer >= 0
            ? actions[firstCustomer]!.text
            : undefined;
      const stage = rawStage.id;
      const location = locate(stepPath);
      steps.push(
        name !== undefined
          ? { id: step, stage, index: stepPosition, name, location }
          : { id: step, stage, index: stepPosition, location },
      );
    }
    stages.push({
      id: rawStage.id,
      name: rawStage.name !== undefined ? text(rawStage.name) : rawStage.id,
      steps: stepList,
      location: locate(stagePath),
    });
  }

  // Flows
  /** The action a reference means (an action id, or a step id: its first action in `slot`'s lane), else -1. */
  const resolve = (ref: string, slot: number, path: Path): number => {
    const at = actionAt.get(ref);
    if (at !== undefined) return at;
    const stepPosition = stepAt.get(ref);
    if (stepPosition !== undefined) {
      const target = slot < 0 ? -1 : firstIn(stepPosition, slot);
      if (target < 0)
        report('FS205', { step: ref, lane: slot < 0 ? 'customer' : actionLanes[slot]!.id }, path);
      return target;
    }
    unknown('target', ref, [...actionAt.keys(), ...stepAt.keys()], path);
    return -1;
  };
  // Flows in the order they were added, with their ends' positions; the (from, to) pairs that exist are kept
  // as one number each, so that a check builds no string.
  const flows: Flow[] = [];
  const flowFrom: number[] = [];
  const flowTo: number[] = [];
  const joined = new Set<number>();
  const pair = (from: number, to: number): number => from * actions.length + to;
  const add = (flow: Flow, from: number, to: number): void => {
    flows.push(flow);
    flowFrom.push(from);
    flowTo.push(to);
    joined.add(pair(from, to));
  };
  const addHand = (
    fromAt: number,
    toAt: number,
    kind: FlowKind | undefined,
    label: Text | undefined,
    path: Path,
  ): void => {
    const from = actions[fromAt]!.id;
    const to = actions[toAt]!.id;
    const id = `${from}->${to}`;
    if (fromAt === toAt) {
      report('FS209', { id }, path);
      return;
    }
    if (joined.has(pair(fromAt, toAt))) {
      report('FS208', { id }, path);
      return;
    }
    const backwards = actionStep[toAt]! < actionStep[fromAt]!;
    const flow: Draft<Flow> = { id, kind: kind ?? (backwards ? 'loop' : 'sequence'), from, to };
    if (label !== undefined) flow.label = label;
    flow.derived = false;
    flow.location = locate(path);
    add(flow as Flow, fromAt, toAt);
  };
  const rawFlows = raw.blueprint?.flows ?? [];
  for (let i = 0; i < rawFlows.length; i++) {
    const f = rawFlows[i]!;
    const path: Path = ['blueprint', 'flows', i];
    const fromAt = actionAt.get(f.from);
    const toAt = actionAt.get(f.to);
    let from: number;
    let to: number;
    if (fromAt !== undefined) {
      from = fromAt;
      to = resolve(f.to, actionLane[fromAt]!, ['blueprint', 'flows', i, 'to']);
    } else if (toAt !== undefined) {
      to = toAt;
      from = resolve(f.from, actionLane[toAt]!, ['blueprint', 'flows', i, 'from']);
    } else {
      const fromStep = stepAt.get(f.from);
      const toStep = stepAt.get(f.to);
      if (fromStep !== undefined && toStep !== undefined) {
        from = customerSlot < 0 ? -1 : firstIn(fromStep, customerSlot);
        to = customerSlot < 0 ? -1 : firstIn(toStep, customerSlot);
        if (from < 0 || to < 0) {
          report('FS212', { from: f.from, to: f.to }, path);
          continue;
        }
      } else {
        from = resolve(f.from, -1, ['blueprint', 'flows', i, 'from']);
        to = resolve(f.to, -1, ['blueprint', 'flows', i, 'to']);
      }
    }
    if (from >= 0 && to >= 0) addHand(from, to, f.kind, optText(f.label), path);
  }
  for (const p of pending) {
    const to = resolve(p.to, actionLane[p.from]!, p.path);
    if (to >= 0) addHand(p.from, to, p.kind, p.label, p.path);
  }
  const autoFlows = raw.blueprint?.['auto-flows'] ?? true;
  if (autoFlows) {
    const derived = (fromAt: number, toAt: number): void => {
      if (joined.has(pair(fromAt, toAt))) return;
      const from = actions[fromAt]!.id;
      const to = actions[toAt]!.id;
      add({ id: `${from}->${to}`, kind: 'sequence', from, to, derived: true }, fromAt, toAt);
    };
    /** Actions with a hand-written sequence or branch flow out. */
    const handOut = new Uint8Array(actions.length);
    for (let i = 0; i < flows.length; i++) {
      const kind = flows[i]!.kind;
      if (kind === 'sequence' || kind === 'branch') handOut[flowFrom[i]!] = 1;
    }
    if (customerSlot >= 0) {
      let previous = -1;
      for (let s = 0; s < steps.length; s++) {
        const current = firstIn(s, customerSlot);
        if (current < 0) continue;
        if (previous >= 0 && actions[previous]!.decision === undefined && handOut[previous] === 0)
          derived(previous, current);
        previous = current;
      }
    }
    for (let s = 0; s < steps.length; s++) {
      let above = -1;
      for (let slot = 0; slot < laneCount; slot++) {
        const first = firstIn(s, slot);
        if (first < 0) continue;
        if (above >= 0) derived(above, first);
        above = first;
      }
    }
  }
  // Sorted by (from, to) in action order.
  const order: number[] = [];
  for (let i = 0; i < flows.length; i++) order.push(i);
  order.sort((a, b) => flowFrom[a]! - flowFrom[b]! || flowTo[a]! - flowTo[b]!);
  const flowList = order.map((i) => flows[i]!);

  // Touchpoints: declared, then implicit in order of first reference
  const touchpoints: Touchpoint[] = [];
  const touchpointRegistry = registry('touchpoint', touchpoints, true);
  const rawTouchpoints = raw.touchpoints ?? [];
  for (let i = 0; i < rawTouchpoints.length; i++) {
    const t = rawTouchpoints[i]!;
    const path: Path = ['touchpoints', i];
    if (!touchpointRegistry.check(t.id, path)) continue;
    // Field by field in the declared order (as `defined` would leave it).
    const entry: Draft<Touchpoint> = { id: t.id, name: text(t.name) };
    if (t.channel !== undefined) entry.channel = t.channel as Channel;
    if (t.description !== undefined) entry.description = text(t.description);
    if (t.traffic !== undefined) entry.traffic = t.traffic;
    if (t.complaints !== undefined) entry.complaints = t.complaints;
    entry.implicit = false;
    entry.location = locate(path);
    touchpoints.push(entry as Touchpoint);
  }
  const touchpointIds = new Set<Id>();
  for (const t of touchpoints) touchpointIds.add(t.id);
  const implicit = (id: Id, name: Text, location: SourceLocation | undefined): void => {
    if (touchpointIds.has(id)) return;
    touchpointIds.add(id);
    touchpoints.push(
      location !== undefined ? { id, name, implicit: true, location } : { id, name, implicit: true },
    );
  };
  // Per step: its evidence, then its actions. Both lists were filled step by step in `steps` order, so each
  // step's items are one contiguous run: two cursors walk them without grouping into per-step lists.
  let nextEvidence = 0;
  let nextAction = 0;
  for (let s = 0; s < steps.length; s++) {
    const stepId = steps[s]!.id;
    for (; nextEvidence < evidence.length && evidence[nextEvidence]!.step === stepId; nextEvidence++) {
      const e = evidence[nextEvidence]!;
      if (e.touchpoint) implicit(e.touchpoint, e.text, e.location);
    }
    for (; nextAction < actions.length && actionStep[nextAction] === s; nextAction++) {
      const a = actions[nextAction]!;
      if (a.touchpoint) implicit(a.touchpoint, a.text, a.location);
    }
  }
  const channelOf = new Map<Id, Channel | undefined>();
  for (const t of touchpoints) channelOf.set(t.id, t.channel);

  // Personas, journeys, stakeholders
  const personas: Persona[] = [];
  const personaRegistry = registry('persona', personas, true);
  (raw.personas ?? []).forEach((p, i) => {
    const path: Path = ['personas', i];
    if (!personaRegistry.check(p.id, path)) return;
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
  const journeys: Journey[] = [];
  const journeyRegistry = registry('journey', journeys, true);
  const journeyIds = new Set((raw.journeys ?? []).map((j) => j.id));
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  (raw.journeys ?? []).forEach((j, i) => {
    const path: Path = ['journeys', i];
    if (!journeyRegistry.check(j.id, path)) return;
    if (j.persona !== undefined && !personaIds.has(j.persona))
      unknown('persona', j.persona, personaIds, [...path, 'persona']);
    const basedOn = j['based-on'];
    if (basedOn !== undefined) {
      if (basedOn === j.id) report('FS211', { id: j.id }, [...path, 'based-on']);
      else if (!journeyIds.has(basedOn)) unknown('journey', basedOn, journeyIds, [...path, 'based-on']);
    }
    const jStages: JourneyStage[] = [];
    const journeyStageRegistry = registry('journeyStage', jStages, true);
    (j.stages ?? []).forEach((st, k) => {
      const stPath: Path = ['journeys', i, 'stages', k];
      if (!journeyStageRegistry.check(st.id, stPath)) return;
      const rawSteps = st.steps ?? [];
      const jSteps: JourneyStep[] = [];
      for (let m = 0; m < rawSteps.length; m++) {
        const rawStep = rawSteps[m]!;
        const stepPath: Path = ['journeys', i, 'stages', k, 'steps', m];
        const location = locate(stepPath);
        // Field by field in the declared order (as `defined` would leave it), without a throwaway copy.
        if (typeof rawStep === 'string') {
          implicit(rawStep, rawStep, location);
          const entry: Draft<JourneyStep> = { touchpoint: rawStep };
          const channel = channelOf.get(rawStep);
          if (channel !== undefined) entry.channel = channel;
          entry.painPoints = [];
          entry.opportunities = [];
          entry.location = location;
          jSteps.push(entry as JourneyStep);
          continue;
        }
        // One copy of `doing`, shared by the step and an implicit touchpoint's name.
        const doing = optText(rawStep.doing);
        implicit(rawStep.touchpoint, doing ?? rawStep.touchpoint, location);
        const entry: Draft<JourneyStep> = { touchpoint: rawStep.touchpoint };
        const channel = (rawStep.channel as Channel | undefined) ?? channelOf.get(rawStep.touchpoint);
        if (channel !== undefined) entry.channel = channel;
        if (doing !== undefined) entry.doing = doing;
        if (rawStep.thinking !== undefined) entry.thinking = text(rawStep.thinking);
        if (rawStep.feeling !== undefined) entry.feeling = text(rawStep.feeling);
        if (rawStep.emotion !== undefined) entry.emotion = rawStep.emotion;
        entry.painPoints = texts(rawStep.pains);
        entry.opportunities = texts(rawStep.opportunities);
        entry.location = location;
        jSteps.push(entry as JourneyStep);
      }
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
  const stakeholders: Stakeholder[] = [];
  const stakeholderRegistry = registry('stakeholder', stakeholders, true);
  const stakeholderIds = new Set((raw.stakeholders ?? []).map((s) => s.id));
  (raw.stakeholders ?? []).forEach((s, i) => {
    const path: Path = ['stakeholders', i];
    if (!stakeholderRegistry.check(s.id, path)) return;
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
