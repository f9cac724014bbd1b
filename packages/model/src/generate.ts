import { stringify } from 'yaml';
import { formatServiceFile } from './format.js';
import { parseServiceFile } from './parse.js';
import { seededRandom } from './random.js';
import type { ServiceModel } from './types.js';

/** Options for the synthetic blueprint generator. */
export interface GenerateOptions {
  /** Number of blueprint steps (columns). */
  readonly steps: number;
  /** Seed of the pseudo-random choices; the same seed gives the same file. Default 1. */
  readonly seed?: number;
}

type Pair = { readonly 'zh-CN': string; readonly en: string };
const p = (zh: string, en: string): Pair => ({ 'zh-CN': zh, en });

const CUSTOMER: readonly Pair[] = [
  p('提出需求', 'States the need'),
  p('填写申请表', 'Fills in the application'),
  p('提交资料', 'Submits the documents'),
  p('等待答复', 'Waits for an answer'),
  p('确认方案', 'Confirms the plan'),
  p('预约时间', 'Books a time'),
  p('到店办理', 'Visits the branch'),
  p('在线支付', 'Pays online'),
  p('查看进度', 'Checks the progress'),
  p('领取结果', 'Collects the result'),
  p('评价服务', 'Rates the service'),
  p('咨询问题', 'Asks a question'),
];
const FRONTSTAGE: readonly Pair[] = [
  p('接待并登记', 'Greets and registers'),
  p('核对身份', 'Checks identity'),
  p('解释流程', 'Explains the process'),
  p('受理申请', 'Accepts the application'),
  p('电话确认', 'Confirms by phone'),
  p('交付结果', 'Hands over the result'),
  p('回答咨询', 'Answers the question'),
  p('收取费用', 'Takes the payment'),
];
const BACKSTAGE: readonly Pair[] = [
  p('审核资料', 'Reviews the documents'),
  p('派单', 'Assigns the job'),
  p('复核结果', 'Double-checks the result'),
  p('准备材料', 'Prepares the materials'),
  p('结算费用', 'Settles the fee'),
  p('更新记录', 'Updates the record'),
];
const SUPPORT: readonly Pair[] = [
  p('业务系统', 'Core system'),
  p('排班系统', 'Scheduling system'),
  p('支付平台', 'Payment platform'),
  p('知识库', 'Knowledge base'),
  p('仓储物流', 'Warehouse and logistics'),
];
const EVIDENCE: readonly Pair[] = [
  p('服务热线', 'Service hotline'),
  p('申请表', 'Application form'),
  p('短信通知', 'SMS notice'),
  p('收据', 'Receipt'),
  p('服务大厅', 'Service hall'),
  p('App 页面', 'App screen'),
];
const DEPARTMENTS = {
  frontstage: [p('客服中心', 'Customer service'), p('营业厅', 'Branch')],
  backstage: [p('运营部', 'Operations'), p('财务部', 'Finance'), p('审核组', 'Review team')],
  support: [p('信息部', 'IT'), p('后勤部', 'Facilities')],
} as const;
const ACTORS = {
  frontstage: [p('客服专员', 'Service agent'), p('柜员', 'Clerk')],
  backstage: [p('审核员', 'Reviewer'), p('调度员', 'Dispatcher'), p('出纳', 'Cashier')],
} as const;
const STAGES: readonly Pair[] = [
  p('了解', 'Discover'),
  p('申请', 'Apply'),
  p('办理', 'Process'),
  p('交付', 'Deliver'),
  p('售后', 'Aftercare'),
];
const CHANNELS = ['phone', 'web', 'app', 'in_person', 'sms', 'chat'] as const;
const FEELINGS: readonly Pair[] = [
  p('期待', 'Hopeful'),
  p('焦虑', 'Anxious'),
  p('满意', 'Satisfied'),
  p('不耐烦', 'Impatient'),
];

const numbered = (text: Pair, n: number): Pair => p(`${text['zh-CN']}（${n}）`, `${text.en} (${n})`);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A realistic synthetic service file of `steps` steps: stages of about five steps, all lanes filled most of the
 * time, actors and departments, durations and costs, decisions (some looping back), fail points with recovery,
 * wait points, touchpoints and an as-is journey, in canonical form. Deterministic per seed; used by benchmarks and
 * render tests. Throws only on a bug (the output always parses).
 */
export function generateServiceFile(options: GenerateOptions): string {
  const n = Math.max(1, Math.floor(options.steps));
  const rnd = seededRandom(options.seed ?? 1);
  const width = String(n).length;
  const stepId = (i: number) => `step-${pad(i + 1, width)}`;
  const touchpoints: { id: string; name: Pair; channel: string; traffic: number; complaints: number }[] = [];
  const flows: Record<string, unknown>[] = [];
  const journeySteps: Record<string, unknown>[] = [];
  const stages: Record<string, unknown>[] = [];
  let i = 0;
  let stageNo = 0;
  while (i < n) {
    const size = Math.min(n - i, rnd.int(4, 6));
    const steps: Record<string, unknown>[] = [];
    for (let k = 0; k < size; k++, i++) {
      const id = stepId(i);
      const step: Record<string, unknown> = { id };
      let touchpoint: string | undefined;
      if (rnd.chance(0.6)) {
        touchpoint = `tp-${pad(touchpoints.length + 1, width)}`;
        const traffic = rnd.int(200, 2000);
        touchpoints.push({
          id: touchpoint,
          name: numbered(rnd.pick(EVIDENCE), touchpoints.length + 1),
          channel: rnd.pick(CHANNELS),
          traffic,
          complaints: rnd.int(0, Math.floor(traffic / 20)),
        });
        const emotion = rnd.int(-4, 4);
        journeySteps.push({
          touchpoint,
          doing: numbered(rnd.pick(CUSTOMER), i + 1),
          feeling: rnd.pick(FEELINGS),
          emotion,
        });
      }
      if (rnd.chance(0.7))
        step.evidence = [touchpoint ? { text: rnd.pick(EVIDENCE), touchpoint } : rnd.pick(EVIDENCE)];
      const customer: Record<string, unknown> = {
        text: numbered(rnd.pick(CUSTOMER), i + 1),
        duration: `${rnd.int(1, 15)}m`,
      };
      if (touchpoint) customer.touchpoint = touchpoint;
      if (rnd.chance(0.1))
        customer.wait = { reason: p('排队等候', 'Queueing'), duration: `${rnd.int(5, 90)}m` };
      step.customer = customer;
      const hasFront = rnd.chance(0.85);
      const hasBack = rnd.chance(0.8);
      if (hasFront) {
        const front: Record<string, unknown> = {
          text: rnd.pick(FRONTSTAGE),
          actor: rnd.pick(ACTORS.frontstage),
          department: rnd.pick(DEPARTMENTS.frontstage),
          duration: `${rnd.int(2, 20)}m`,
          cost: rnd.int(1, 30),
        };
        if (rnd.chance(0.12)) {
          front.fail = p('信息登记错误', 'Details recorded wrongly');
          if (hasBack)
            flows.push({
              from: `${id}.frontstage`,
              to: `${id}.backstage`,
              kind: 'recovery',
              label: p('复核更正', 'Check and correct'),
            });
        }
        step.frontstage = front;
      }
      if (hasBack) {
        step.backstage = {
          text: rnd.pick(BACKSTAGE),
          actor: rnd.pick(ACTORS.backstage),
          department: rnd.pick(DEPARTMENTS.backstage),
          duration: `${rnd.int(5, 60)}m`,
          cost: rnd.int(1, 20),
        };
      }
      if (rnd.chance(hasBack ? 0.65 : 0.2)) {
        step.support = { text: rnd.pick(SUPPORT), department: rnd.pick(DEPARTMENTS.support) };
      }
      if (i > 1 && i < n - 1 && rnd.chance(0.08)) {
        step.decide = {
          ask: p('资料齐全？', 'Complete?'),
          // biome-ignore lint/suspicious/noThenProperty: `then` is a key of the service-file format (a decision branch).
          then: stepId(i + 1),
          else: stepId(i - rnd.int(1, 2)),
        };
      } else if (i > 2 && rnd.chance(0.03)) {
        flows.push({
          from: `${id}.customer`,
          to: `${stepId(i - 2)}.customer`,
          kind: 'loop',
          label: p('重新办理', 'Start again'),
        });
      }
      steps.push(step);
    }
    const base = STAGES[stageNo % STAGES.length]!;
    stages.push({ id: `stage-${pad(stageNo + 1, 2)}`, name: numbered(base, stageNo + 1), steps });
    stageNo++;
  }
  const file: Record<string, unknown> = {
    frontstage: 1,
    service: {
      id: 'synthetic-service',
      name: p('合成服务', 'Synthetic service'),
      customers: p('个人客户', 'Retail customers'),
      currency: 'CNY',
    },
    blueprint: {
      number: `BP-GEN-${pad(n, 4)}`,
      version: 'A/0',
      status: 'draft',
      ...(flows.length > 0 ? { flows } : {}),
    },
    stages,
  };
  if (touchpoints.length > 0) {
    file.touchpoints = touchpoints;
    file.journeys = [
      {
        id: 'customer-as-is',
        name: p('客户旅程（现状）', 'Customer journey (as-is)'),
        persona: 'customer',
        stages: [{ id: 'journey', name: p('全程', 'End to end'), steps: journeySteps }],
      },
    ];
    file.personas = [
      { id: 'customer', name: p('典型客户', 'Typical customer'), goals: [p('一次办好', 'Done in one go')] },
    ];
  }
  // Written out in the canonical form, as a person using the formatter would keep it.
  const raw = stringify(file, { lineWidth: 0, aliasDuplicateObjects: false });
  const parsed = parseServiceFile(raw);
  if (!parsed.ok) {
    throw new Error(
      `generated service file did not parse: ${parsed.diagnostics.map((d) => d.message.en).join('; ')}`,
    );
  }
  return formatServiceFile(parsed.model);
}

/** The model of {@link generateServiceFile}'s output (it always parses; a failure is a bug and throws). */
export function generateServiceModel(options: GenerateOptions): ServiceModel {
  const result = parseServiceFile(generateServiceFile(options));
  if (!result.ok) {
    throw new Error(
      `generated service file did not parse: ${result.diagnostics.map((d) => d.message.en).join('; ')}`,
    );
  }
  return result.model;
}
