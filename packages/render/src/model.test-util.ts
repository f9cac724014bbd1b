import type {
  Action,
  Blueprint,
  EvidenceItem,
  EvidenceStatus,
  Flow,
  FlowKind,
  Journey,
  Lane,
  ServiceModel,
  Stage,
  Step,
  Text,
  Touchpoint,
} from '@frontstage/model';

/** One action in a step cell (test short form). */
export interface ActionSpec {
  readonly text: Text;
  readonly actor?: Text;
  readonly department?: Text;
  readonly minutes?: number;
  readonly cost?: number;
  readonly fail?: boolean;
  readonly wait?: number | true;
  readonly status?: EvidenceStatus;
  readonly touchpoint?: string;
  readonly decide?: { readonly ask: Text; readonly next: string; readonly otherwise: string };
}

/** One step: its cells by lane id, and evidence items. */
export interface StepSpec {
  readonly id: string;
  readonly stage: string;
  readonly name?: Text;
  readonly evidence?: readonly (Text | { text: Text; status?: EvidenceStatus; touchpoint?: string })[];
  readonly cells: Readonly<Record<string, ActionSpec | readonly ActionSpec[]>>;
}

/** A blueprint in test short form. */
export interface BlueprintSpec {
  readonly lanes?: readonly Lane[];
  readonly stages: readonly { readonly id: string; readonly name: Text }[];
  readonly steps: readonly StepSpec[];
  readonly flows?: readonly { from: string; to: string; kind?: FlowKind; label?: Text }[];
  readonly autoFlows?: boolean;
  readonly number?: string;
  readonly version?: string;
  readonly status?: Blueprint['status'];
}

/** The five method lanes. */
export const ROLE_LANES: readonly Lane[] = [
  { kind: 'role', id: 'evidence', role: 'evidence', name: '' },
  { kind: 'role', id: 'customer', role: 'customer', name: '' },
  { kind: 'role', id: 'frontstage', role: 'frontstage', name: '' },
  { kind: 'role', id: 'backstage', role: 'backstage', name: '' },
  { kind: 'role', id: 'support', role: 'support', name: '' },
];

const YES: Text = { 'zh-CN': '是', en: 'Yes' };
const NO: Text = { 'zh-CN': '否', en: 'No' };

/**
 * Builds a normalized ServiceModel the way the parser would: action ids `<step>.<lane>` (`.2`, … for more),
 * auto flows (customer sequence; down each step between adjacent lanes with actions), decisions as branch flows,
 * a flow to an earlier step as a loop.
 */
export function buildModel(spec: BlueprintSpec, extra: Partial<ServiceModel> = {}): ServiceModel {
  const lanes = spec.lanes ?? ROLE_LANES;
  const steps: Step[] = spec.steps.map((s, index) => ({
    id: s.id,
    stage: s.stage,
    index,
    ...(s.name ? { name: s.name } : {}),
  }));
  const stepIndex = new Map(steps.map((s) => [s.id, s.index]));
  const stages: Stage[] = spec.stages.map((st) => ({
    id: st.id,
    name: st.name,
    steps: spec.steps.filter((s) => s.stage === st.id).map((s) => s.id),
  }));
  const actions: Action[] = [];
  const evidence: EvidenceItem[] = [];
  const flows: Flow[] = [];
  const flowIds = new Set<string>();
  const addFlow = (from: string, to: string, kind: FlowKind, label?: Text, derived = true) => {
    const id = `${from}->${to}`;
    if (flowIds.has(id) || from === to) return;
    flowIds.add(id);
    flows.push({ id, from, to, kind, derived, ...(label ? { label } : {}) });
  };
  const firstOf = new Map<string, string>(); // `${step}|${lane}` → first action id
  const decisions: { id: string; step: string; lane: string; next: string; otherwise: string }[] = [];
  for (const s of spec.steps) {
    s.evidence?.forEach((e, i) => {
      const obj = typeof e === 'object' && 'text' in e ? e : { text: e as Text };
      evidence.push({
        id: `${s.id}.evidence${i ? `.${i + 1}` : ''}`,
        step: s.id,
        text: obj.text,
        status: obj.status ?? 'observed',
        ...(obj.touchpoint ? { touchpoint: obj.touchpoint } : {}),
      });
    });
    for (const lane of lanes) {
      const cell = s.cells[lane.id];
      if (!cell) continue;
      const list: readonly ActionSpec[] = Array.isArray(cell) ? cell : [cell as ActionSpec];
      list.forEach((a, i) => {
        const id = `${s.id}.${lane.id}${i ? `.${i + 1}` : ''}`;
        if (i === 0) firstOf.set(`${s.id}|${lane.id}`, id);
        actions.push({
          id,
          lane: lane.id,
          step: s.id,
          text: a.text,
          status: a.status ?? 'observed',
          ...(a.actor ? { actor: a.actor } : {}),
          ...(a.department ? { department: a.department } : {}),
          ...(a.minutes !== undefined ? { minutes: a.minutes } : {}),
          ...(a.cost !== undefined ? { cost: a.cost } : {}),
          ...(a.fail ? { fail: {} } : {}),
          ...(a.wait !== undefined ? { wait: a.wait === true ? {} : { minutes: a.wait } } : {}),
          ...(a.touchpoint ? { touchpoint: a.touchpoint } : {}),
          ...(a.decide ? { decision: { question: a.decide.ask } } : {}),
        });
        if (a.decide)
          decisions.push({
            id,
            step: s.id,
            lane: lane.id,
            next: a.decide.next,
            otherwise: a.decide.otherwise,
          });
      });
    }
  }
  const resolve = (target: string, lane: string) => firstOf.get(`${target}|${lane}`) ?? target;
  const kindTo = (fromStep: string, to: string, fallback: FlowKind): FlowKind => {
    const a = actions.find((x) => x.id === to);
    const ti = a ? stepIndex.get(a.step) : undefined;
    return ti !== undefined && ti < stepIndex.get(fromStep)! ? 'loop' : fallback;
  };
  for (const f of spec.flows ?? []) {
    const from = resolve(f.from, 'customer');
    addFlow(from, resolve(f.to, 'customer'), f.kind ?? 'sequence', f.label, false);
  }
  for (const d of decisions) {
    const t = resolve(d.next, d.lane);
    const e = resolve(d.otherwise, d.lane);
    addFlow(d.id, t, kindTo(d.step, t, 'branch'), YES, false);
    addFlow(d.id, e, kindTo(d.step, e, 'branch'), NO, false);
  }
  if (spec.autoFlows ?? true) {
    const decided = new Set(decisions.map((d) => d.id));
    let prev: string | undefined;
    for (const s of spec.steps) {
      const c = firstOf.get(`${s.id}|customer`);
      if (!c) continue;
      if (prev && !decided.has(prev)) addFlow(prev, c, 'sequence');
      prev = c;
    }
    for (const s of spec.steps) {
      let above: string | undefined;
      for (const lane of lanes) {
        if (lane.kind === 'role' && lane.role === 'evidence') continue;
        const id = firstOf.get(`${s.id}|${lane.id}`);
        if (!id) continue;
        if (above) addFlow(above, id, 'sequence');
        above = id;
      }
    }
  }
  const blueprint: Blueprint = {
    status: spec.status ?? 'draft',
    ...(spec.number ? { number: spec.number } : {}),
    ...(spec.version ? { version: spec.version } : {}),
    lanes,
    stages,
    steps,
    actions,
    evidence,
    flows,
    autoFlows: spec.autoFlows ?? true,
  };
  return {
    format: 1,
    service: {
      id: 'svc',
      name: { 'zh-CN': '测试服务', en: 'Test service' },
      expectations: [],
      currency: 'CNY',
    },
    blueprint,
    touchpoints: [],
    journeys: [],
    personas: [],
    stakeholders: [],
    ...extra,
  };
}

const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });

/** The property-repair example from the docs, as a model: stages, fail/wait points, a decision with a loop. */
export function propertyRepairModel(): ServiceModel {
  const touchpoints: Touchpoint[] = [
    { id: 'hotline', name: t('报修热线', 'Repair hotline'), channel: 'phone', implicit: false },
    { id: 'app-booking', name: t('App 预约', 'App booking'), channel: 'app', implicit: false },
    { id: 'visit', name: t('上门服务', 'Home visit'), channel: 'in_person', implicit: false },
    { id: 'payment', name: t('支付', 'Payment'), channel: 'app', implicit: false },
    { id: 'survey', name: t('回访', 'Follow-up call'), channel: 'phone', implicit: false },
    { id: 'wechat', name: t('微信通知', 'WeChat notice'), channel: 'social', implicit: false },
  ];
  const journeys: Journey[] = [
    {
      id: 'owner-as-is',
      name: t('业主报修（现状）', 'Owner repair (as-is)'),
      persona: 'owner',
      variant: 'as_is',
      stages: [
        {
          id: 'request',
          name: t('报修', 'Request'),
          steps: [
            {
              touchpoint: 'hotline',
              channel: 'phone',
              doing: t('拨打物业热线报修', 'Calls the property hotline'),
              thinking: t('希望尽快有人处理', 'Hopes someone picks it up soon'),
              feeling: t('焦虑', 'Anxious'),
              emotion: -2,
              painPoints: [t('电话经常占线', 'Line often busy')],
              opportunities: [t('开通在线报修', 'Offer online requests')],
            },
            {
              touchpoint: 'app-booking',
              channel: 'app',
              doing: t('在 App 中确认上门时间', 'Confirms the visit time in the app'),
              thinking: t('时间能不能灵活一点？', 'Could the time be more flexible?'),
              feeling: t('有点麻烦', 'A bit of a hassle'),
              emotion: -1,
              painPoints: [t('可选时段太少', 'Few time slots')],
              opportunities: [t('提供晚间时段', 'Offer evening slots')],
            },
          ],
        },
        {
          id: 'repair',
          name: t('维修', 'Repair'),
          steps: [
            {
              touchpoint: 'visit',
              channel: 'in_person',
              doing: t('师傅上门维修', 'Technician repairs at home'),
              thinking: t('师傅很专业', 'The technician knows the job'),
              feeling: t('安心', 'Reassured'),
              emotion: 3,
              painPoints: [],
              opportunities: [t('维修后拍照留档', 'Photo record after repair')],
            },
            {
              touchpoint: 'wechat',
              channel: 'social',
              doing: t('收到完工通知', 'Gets a completion notice'),
              feeling: t('满意', 'Pleased'),
              emotion: 1,
              painPoints: [],
              opportunities: [],
            },
          ],
        },
        {
          id: 'close',
          name: t('结算与回访', 'Payment and follow-up'),
          steps: [
            {
              touchpoint: 'payment',
              channel: 'app',
              doing: t('扫码支付维修费', 'Pays by QR code'),
              thinking: t('收费是否透明？', 'Are the charges clear?'),
              feeling: t('犹豫', 'Hesitant'),
              emotion: -4,
              painPoints: [t('收费标准不清楚', 'Unclear price list'), t('没有电子发票', 'No e-invoice')],
              opportunities: [t('公示收费标准', 'Publish the price list')],
            },
            {
              touchpoint: 'survey',
              channel: 'phone',
              doing: t('接听回访电话', 'Answers the follow-up call'),
              thinking: t('他们在乎我的意见', 'They care what I think'),
              feeling: t('被重视', 'Valued'),
              emotion: 2,
              painPoints: [],
              opportunities: [t('回访改为短信一键评价', 'One-tap SMS rating instead')],
            },
          ],
        },
      ],
    },
  ];
  const toBe: Journey = {
    id: 'owner-to-be',
    name: t('业主报修（目标）', 'Owner repair (to-be)'),
    persona: 'owner',
    variant: 'to_be',
    basedOn: 'owner-as-is',
    stages: [
      {
        id: 'request',
        name: t('报修', 'Request'),
        steps: [
          { touchpoint: 'hotline', emotion: 1, painPoints: [], opportunities: [] },
          { touchpoint: 'app-booking', emotion: 2, painPoints: [], opportunities: [] },
        ],
      },
      {
        id: 'repair',
        name: t('维修', 'Repair'),
        steps: [{ touchpoint: 'visit', emotion: 4, painPoints: [], opportunities: [] }],
      },
      {
        id: 'close',
        name: t('结算', 'Close'),
        steps: [
          { touchpoint: 'payment', emotion: 1, painPoints: [], opportunities: [] },
          { touchpoint: 'survey', emotion: 3, painPoints: [], opportunities: [] },
        ],
      },
    ],
  };
  const lanes: Lane[] = [
    ...ROLE_LANES.slice(0, 4),
    { kind: 'custom', id: 'it', zone: 'backstage', name: t('IT 系统', 'IT systems') },
    ROLE_LANES[4]!,
  ];
  const model = buildModel(
    {
      lanes,
      number: 'BP-PM-001',
      version: 'A/0',
      status: 'approved',
      stages: [
        { id: 'request', name: t('报修', 'Request') },
        { id: 'repair', name: t('维修', 'Repair') },
        { id: 'close', name: t('结算与回访', 'Payment and follow-up') },
      ],
      steps: [
        {
          id: 'notify',
          stage: 'request',
          name: t('通知维修需要', 'Reports a repair need'),
          evidence: [{ text: t('服务热线', 'Service hotline'), touchpoint: 'hotline' }],
          cells: {
            customer: { text: t('通知维修需要', 'Reports a repair need'), touchpoint: 'hotline' },
            frontstage: {
              text: t('接听并记录', 'Answers and records'),
              actor: t('客服专员', 'Service agent'),
              minutes: 5,
            },
            backstage: {
              text: t('维修信息登录', 'Logs the job'),
              department: t('客服中心', 'Service centre'),
              fail: true,
            },
            it: { text: t('工单系统生成工单', 'Work-order system opens a ticket') },
            support: [
              { text: t('派工调度', 'Dispatch scheduling') },
              { text: t('备件库存查询', 'Spare-parts stock check'), status: 'assumed' },
            ],
          },
        },
        {
          id: 'confirm-time',
          stage: 'request',
          name: t('确认上门时间', 'Confirms the visit time'),
          evidence: [t('短信通知', 'SMS notice')],
          cells: {
            customer: {
              text: t('确认上门时间', 'Confirms the visit time'),
              touchpoint: 'app-booking',
              decide: { ask: t('时间合适？', 'Time suitable?'), next: 'arrive', otherwise: 'notify' },
            },
            frontstage: { text: t('电话预约时间', 'Calls to agree a time'), wait: 30 },
          },
        },
        {
          id: 'arrive',
          stage: 'repair',
          name: t('师傅上门', 'Technician arrives'),
          evidence: [t('工作证与工具箱', 'Badge and toolbox')],
          cells: {
            customer: { text: t('开门迎接师傅', 'Lets the technician in'), touchpoint: 'visit', wait: true },
            frontstage: {
              text: t('上门检查故障原因', 'Inspects the fault on site'),
              actor: t('维修师傅', 'Technician'),
              department: t('工程部', 'Engineering'),
              minutes: 30,
            },
            backstage: { text: t('领取备件', 'Collects spare parts'), minutes: 20, cost: 35 },
          },
        },
        {
          id: 'repair',
          stage: 'repair',
          name: t('维修', 'Repair'),
          evidence: [t('维修单', 'Repair slip')],
          cells: {
            customer: { text: t('等待维修完成', 'Waits for the repair'), wait: 90 },
            frontstage: {
              text: t('维修并清理现场', 'Repairs and cleans up'),
              minutes: 90,
              cost: 120,
              fail: true,
            },
            support: { text: t('质量抽检', 'Quality spot check'), status: 'proposed' },
          },
        },
        {
          id: 'pay',
          stage: 'close',
          name: t('支付', 'Pay'),
          evidence: [{ text: t('收费单与二维码', 'Bill and QR code'), touchpoint: 'payment' }],
          cells: {
            customer: {
              text: t('确认并支付费用', 'Checks and pays the bill'),
              touchpoint: 'payment',
              fail: true,
            },
            frontstage: { text: t('出示收费单', 'Shows the bill') },
            it: { text: t('支付系统入账', 'Payment system books it') },
          },
        },
        {
          id: 'feedback',
          stage: 'close',
          name: t('回访', 'Follow-up'),
          evidence: [{ text: t('满意度短信', 'Satisfaction SMS'), status: 'proposed' }],
          cells: {
            customer: { text: t('评价服务', 'Rates the service'), touchpoint: 'survey' },
            backstage: {
              text: t('回访并归档', 'Calls back and files the case'),
              actor: t('回访专员', 'Follow-up agent'),
            },
          },
        },
      ],
      flows: [{ from: 'repair.frontstage', to: 'notify.frontstage', kind: 'loop', label: t('返修', 'Redo') }],
    },
    { touchpoints, journeys: [...journeys, toBe] },
  );
  return {
    ...model,
    service: {
      id: 'property-repair',
      name: t('物业维修服务', 'Property repair'),
      customers: t('小区业主', 'Residents'),
      expectations: [],
      currency: 'CNY',
    },
  };
}
