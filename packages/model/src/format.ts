import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import { BRANCH_LABELS, DEFAULT_LANE_NAMES } from './defaults.js';
import { formatDuration } from './duration.js';
import { laneZone } from './lanes.js';
import { textEquals, textLike } from './text.js';
import type {
  Action,
  Blueprint,
  EvidenceItem,
  Flow,
  Id,
  Journey,
  JourneyStep,
  Lane,
  ServiceModel,
  Text,
} from './types.js';
import { LANE_ROLES } from './types.js';

type Plain = string | number | boolean | Plain[] | { [key: string]: Plain };
type Obj = { [key: string]: Plain };

const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
/** Lists whose items are written on one line each (`- { from: a, to: b }`). */
const FLOW_ITEM_LISTS = new Set(['flows', 'relations', 'branches', 'lanes']);

function text(t: Text): Plain {
  if (typeof t === 'string') return t;
  const out: Obj = {};
  if (t['zh-CN'] !== undefined) out['zh-CN'] = t['zh-CN'];
  if (t.en !== undefined) out.en = t.en;
  return out;
}
function put(target: Obj, key: string, value: Plain | undefined): void {
  if (value !== undefined) target[key] = value;
}
const texts = (list: readonly Text[]): Plain[] | undefined => (list.length > 0 ? list.map(text) : undefined);

function defaultLanes(lanes: readonly Lane[]): boolean {
  return (
    lanes.length === LANE_ROLES.length &&
    lanes.every(
      (l, i) =>
        l.kind === 'role' && l.role === LANE_ROLES[i] && textEquals(l.name, DEFAULT_LANE_NAMES[l.role]),
    )
  );
}

function lane(l: Lane): Plain {
  if (l.kind === 'role')
    return textEquals(l.name, DEFAULT_LANE_NAMES[l.role]) ? l.role : { role: l.role, name: text(l.name) };
  const out: Obj = { id: l.id };
  if (!(typeof l.name === 'string' && l.name === l.id)) out.name = text(l.name);
  if (l.zone !== 'support') out.zone = l.zone;
  return out;
}

/**
 * Writes a model back as a canonical service file: fixed key order, short forms wherever they apply (plain text
 * cells, omitted defaults, default ids, derived flows and implicit touchpoints left out, `then`/`else`), so that
 * parsing the output gives the same model back and formatting is idempotent.
 */
export function formatServiceFile(model: ServiceModel): string {
  const root: Obj = { frontstage: model.format };
  const s = model.service;
  const service: Obj = { id: s.id, name: text(s.name) };
  put(service, 'description', s.description === undefined ? undefined : text(s.description));
  put(service, 'customers', s.customers === undefined ? undefined : text(s.customers));
  put(service, 'expectations', texts(s.expectations));
  put(service, 'currency', s.currency);
  root.service = service;
  if (model.blueprint) Object.assign(root, blueprintSection(model.blueprint));
  const declared = model.touchpoints.filter((t) => !t.implicit);
  if (declared.length > 0) {
    root.touchpoints = declared.map((t) => {
      const out: Obj = { id: t.id, name: text(t.name) };
      put(out, 'channel', t.channel);
      put(out, 'description', t.description === undefined ? undefined : text(t.description));
      put(out, 'traffic', t.traffic);
      put(out, 'complaints', t.complaints);
      return out;
    });
  }
  const channelOf = new Map(model.touchpoints.map((t) => [t.id, t.channel]));
  const stageName = new Map((model.blueprint?.stages ?? []).map((st) => [st.id, st.name]));
  if (model.journeys.length > 0) root.journeys = model.journeys.map((j) => journey(j, channelOf, stageName));
  if (model.personas.length > 0) {
    root.personas = model.personas.map((p) => {
      const out: Obj = { id: p.id, name: text(p.name) };
      put(out, 'description', p.description === undefined ? undefined : text(p.description));
      put(out, 'goals', texts(p.goals));
      put(out, 'needs', texts(p.needs));
      put(out, 'frustrations', texts(p.frustrations));
      return out;
    });
  }
  if (model.stakeholders.length > 0) {
    root.stakeholders = model.stakeholders.map((h) => {
      const out: Obj = { id: h.id, name: text(h.name) };
      put(out, 'role', h.role === undefined ? undefined : text(h.role));
      out.interest = h.interest;
      out.influence = h.influence;
      if (h.relations.length > 0) {
        out.relations = h.relations.map((r) => {
          const rel: Obj = { to: r.to, kind: r.kind };
          put(rel, 'label', r.label === undefined ? undefined : text(r.label));
          return rel;
        });
      }
      return out;
    });
  }
  return stringify(root);
}

function journey(
  j: Journey,
  channelOf: ReadonlyMap<Id, string | undefined>,
  stageName: ReadonlyMap<Id, Text>,
): Plain {
  const out: Obj = { id: j.id, name: text(j.name) };
  put(out, 'persona', j.persona);
  if (j.variant !== 'as_is') out.variant = j.variant;
  put(out, 'based-on', j.basedOn);
  out.stages = j.stages.map((st) => {
    const stage: Obj = { id: st.id };
    if (!textEquals(st.name, stageName.get(st.id) ?? st.id)) stage.name = text(st.name);
    if (st.steps.length > 0)
      stage.steps = st.steps.map((step) => journeyStep(step, channelOf.get(step.touchpoint)));
    return stage;
  });
  return out;
}

function journeyStep(step: JourneyStep, defaultChannel: string | undefined): Plain {
  const out: Obj = { touchpoint: step.touchpoint };
  if (step.channel !== defaultChannel) put(out, 'channel', step.channel);
  put(out, 'doing', step.doing === undefined ? undefined : text(step.doing));
  put(out, 'thinking', step.thinking === undefined ? undefined : text(step.thinking));
  put(out, 'feeling', step.feeling === undefined ? undefined : text(step.feeling));
  put(out, 'emotion', step.emotion);
  put(out, 'pains', texts(step.painPoints));
  put(out, 'opportunities', texts(step.opportunities));
  return Object.keys(out).length === 1 ? step.touchpoint : out;
}

function blueprintSection(bp: Blueprint): Obj {
  const actionById = new Map(bp.actions.map((a) => [a.id, a]));
  const stepIndex = new Map(bp.steps.map((s) => [s.id, s.index]));
  const cells = new Map<string, Action[]>();
  for (const a of bp.actions) {
    const key = `${a.step}\u0000${a.lane}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const firstIn = (step: Id, laneId: Id): Id | undefined => cells.get(`${step}\u0000${laneId}`)?.[0]?.id;
  /** A target as short as it reads back: the step id when it means the same action. */
  const target = (to: Id, laneHint: Id): string => {
    const action = actionById.get(to);
    return action && action.lane === laneHint && firstIn(action.step, laneHint) === to ? action.step : to;
  };
  const branchesOf = new Map<Id, Flow[]>();
  const handFlows: Obj[] = [];
  for (const f of bp.flows) {
    if (f.derived) continue;
    if (f.kind === 'branch' && actionById.get(f.from)?.decision) {
      branchesOf.set(f.from, [...(branchesOf.get(f.from) ?? []), f]);
      continue;
    }
    const from = actionById.get(f.from)!;
    const to = actionById.get(f.to)!;
    const inferred = (stepIndex.get(to.step) ?? 0) < (stepIndex.get(from.step) ?? 0) ? 'loop' : 'sequence';
    const out: Obj = { from: f.from, to: target(f.to, from.lane) };
    if (f.kind !== inferred) out.kind = f.kind;
    put(out, 'label', f.label === undefined ? undefined : text(f.label));
    handFlows.push(out);
  }
  const decide = (a: Action): Obj => {
    const question = a.decision!.question;
    const out: Obj = { ask: text(question) };
    const branches = branchesOf.get(a.id) ?? [];
    const yes = textLike(question, BRANCH_LABELS.then);
    const no = textLike(question, BRANCH_LABELS.else);
    const thenFlow = branches.find((f) => textEquals(f.label, yes));
    const elseFlow = branches.find((f) => textEquals(f.label, no));
    if (branches.length === 2 && thenFlow && elseFlow && thenFlow !== elseFlow) {
      // biome-ignore lint/suspicious/noThenProperty: `then` is a key of the service-file format (a decision branch).
      out.then = target(thenFlow.to, a.lane);
      out.else = target(elseFlow.to, a.lane);
    } else if (branches.length > 0) {
      out.branches = branches.map((f) => {
        const b: Obj = {};
        put(b, 'label', f.label === undefined ? undefined : text(f.label));
        b.to = target(f.to, a.lane);
        return b;
      });
    }
    return out;
  };
  const actionPlain = (a: Action, defaultId: Id, inCell: boolean): Plain => {
    const out: Obj = {};
    if (a.id !== defaultId) out.id = a.id;
    out.text = text(a.text);
    put(out, 'actor', a.actor === undefined ? undefined : text(a.actor));
    put(out, 'department', a.department === undefined ? undefined : text(a.department));
    put(out, 'duration', a.minutes === undefined ? undefined : formatDuration(a.minutes));
    put(out, 'cost', a.cost);
    if (a.fail) out.fail = a.fail.reason === undefined ? true : text(a.fail.reason);
    if (a.wait) {
      const w = a.wait;
      if (w.reason === undefined) out.wait = w.minutes === undefined ? true : formatDuration(w.minutes);
      else {
        const wait: Obj = { reason: text(w.reason) };
        put(wait, 'duration', w.minutes === undefined ? undefined : formatDuration(w.minutes));
        out.wait = wait;
      }
    }
    if (a.status !== 'observed') out.status = a.status;
    put(out, 'touchpoint', a.touchpoint);
    if (a.decision && inCell) out.decide = decide(a);
    put(out, 'note', a.note === undefined ? undefined : text(a.note));
    return Object.keys(out).length === 1 ? text(a.text) : out;
  };
  const evidencePlain = (e: EvidenceItem, defaultId: Id): Plain => {
    const out: Obj = {};
    if (e.id !== defaultId) out.id = e.id;
    out.text = text(e.text);
    put(out, 'touchpoint', e.touchpoint);
    if (e.status !== 'observed') out.status = e.status;
    return Object.keys(out).length === 1 ? text(e.text) : out;
  };
  const customerLane = bp.lanes.find((l) => laneZone(l) === 'customer')?.id;
  const header: Obj = {};
  put(header, 'number', bp.number);
  put(header, 'version', bp.version);
  if (bp.status !== 'draft') header.status = bp.status;
  put(header, 'title', bp.title === undefined ? undefined : text(bp.title));
  if (!defaultLanes(bp.lanes)) header.lanes = bp.lanes.map(lane);
  if (!bp.autoFlows) header['auto-flows'] = false;
  if (handFlows.length > 0) header.flows = handFlows;
  const stepById = new Map(bp.steps.map((st) => [st.id, st]));
  const evidenceOf = new Map<Id, EvidenceItem[]>();
  for (const e of bp.evidence) evidenceOf.set(e.step, [...(evidenceOf.get(e.step) ?? []), e]);
  const stages: Plain[] = bp.stages.map((stage) => {
    const out: Obj = { id: stage.id };
    if (!(typeof stage.name === 'string' && stage.name === stage.id)) out.name = text(stage.name);
    if (stage.steps.length === 0) return out;
    out.steps = stage.steps.map((stepId) => {
      const step = stepById.get(stepId)!;
      const st: Obj = { id: step.id };
      const firstCustomer =
        customerLane === undefined ? undefined : actionById.get(firstIn(step.id, customerLane) ?? '');
      if (step.name !== undefined && !(firstCustomer && textEquals(step.name, firstCustomer.text)))
        st.name = text(step.name);
      const evidence = evidenceOf.get(step.id) ?? [];
      if (evidence.length > 0)
        st.evidence = evidence.map((e, k) =>
          evidencePlain(e, `${step.id}.evidence${k === 0 ? '' : `.${k + 1}`}`),
        );
      // A customer decision goes on the step (the short form); any other decision stays in its action.
      const stepDecides = firstCustomer?.decision !== undefined;
      for (const l of bp.lanes) {
        if (laneZone(l) === 'evidence') continue;
        const list = cells.get(`${step.id}\u0000${l.id}`) ?? [];
        if (list.length === 0) continue;
        const items = list.map((a, k) =>
          actionPlain(
            a,
            `${step.id}.${l.id}${k === 0 ? '' : `.${k + 1}`}`,
            !(stepDecides && a === firstCustomer),
          ),
        );
        st[l.id] = items.length === 1 ? items[0]! : items;
      }
      if (stepDecides && firstCustomer) st.decide = decide(firstCustomer);
      return st;
    });
    return out;
  });
  const out: Obj = {};
  if (Object.keys(header).length > 0) out.blueprint = header;
  out.stages = stages;
  return out;
}

function stringify(root: Obj): string {
  const doc = new Document(root);
  visit(doc, {
    Map(_key, node, path) {
      const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      const isPairText = keys.length > 0 && keys.every((k) => k === 'zh-CN' || k === 'en');
      const parentSeq = path[path.length - 1];
      const grand = path[path.length - 2];
      const inFlowList =
        isSeq(parentSeq) &&
        isPair(grand) &&
        isScalar(grand.key) &&
        FLOW_ITEM_LISTS.has(String(grand.key.value));
      if (isPairText || inFlowList) node.flow = true;
    },
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && YAML11_BOOLEANS.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
