import { MetricsError } from './errors.js';
import { type Bilingual, bi } from './labels.js';
import type { ServqualResult } from './servqual.js';

/** The five gaps of the gap model (Parasuraman, Zeithaml & Berry 1985). */
export type GapId = 'listening' | 'standards' | 'delivery' | 'communication' | 'customer';
export const GAP_IDS: readonly GapId[] = ['listening', 'standards', 'delivery', 'communication', 'customer'];

/** A self-assessment item: agreement on 1–7 (1 strongly disagree … 7 strongly agree); agreement = good practice. */
export interface GapItem {
  readonly id: string;
  readonly gap: Exclude<GapId, 'customer'>;
  readonly text: Bilingual;
}

/** What a gap is, what causes it, and the measures that answer it (Zeithaml, Bitner & Gremler, Services Marketing). */
export interface GapDefinition {
  readonly gap: GapId;
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly causes: readonly Bilingual[];
  readonly measures: readonly Bilingual[];
}

export const GAP_DEFINITIONS: Readonly<Record<GapId, GapDefinition>> = {
  listening: {
    gap: 'listening',
    number: 1,
    name: bi('差距 1：倾听差距', 'Gap 1: listening gap'),
    description: bi('管理层不了解顾客的真实期望。', 'Management does not know what customers really expect.'),
    causes: [
      bi(
        '市场调研不足或不针对服务质量',
        'Too little market research, or research not focused on service quality',
      ),
      bi('一线信息向上沟通不畅', 'Poor upward communication from the front line'),
      bi('管理层级过多', 'Too many layers of management'),
      bi('缺乏对投诉和服务失误的分析', 'Complaints and service failures are not analysed'),
    ],
    measures: [
      bi(
        '开展市场调研：定期测量顾客期望与感知',
        'Market research: measure customer expectations and perceptions regularly',
      ),
      bi(
        '加强向上沟通：建立一线到管理层的反馈渠道',
        'Upward communication: build channels from the front line to management',
      ),
      bi('管理者定期接触顾客、倾听投诉', 'Managers meet customers and listen to complaints regularly'),
      bi('精简管理层级', 'Reduce layers between the front line and decision makers'),
    ],
  },
  standards: {
    gap: 'standards',
    number: 2,
    name: bi('差距 2：标准差距', 'Gap 2: standards gap'),
    description: bi(
      '服务设计和标准没有反映顾客期望。',
      'Service designs and standards do not reflect customer expectations.',
    ),
    causes: [
      bi('缺少以顾客为导向的服务标准', 'No customer-defined service standards'),
      bi('管理层对服务质量的承诺不足', 'Weak management commitment to service quality'),
      bi('服务流程缺乏系统设计', 'Service processes are not designed systematically'),
      bi('缺少可衡量的服务目标', 'No measurable service goals'),
    ],
    measures: [
      bi('制定以顾客期望为依据的服务标准', 'Set service standards from customer expectations'),
      bi('设定明确、可衡量的服务目标', 'Set clear, measurable service goals'),
      bi('用服务蓝图设计并标准化流程', 'Design and standardize processes with service blueprints'),
      bi(
        '管理层公开承诺并定期检查服务质量',
        'Management commits openly to service quality and reviews it regularly',
      ),
    ],
  },
  delivery: {
    gap: 'delivery',
    number: 3,
    name: bi('差距 3：执行差距', 'Gap 3: delivery gap'),
    description: bi('服务交付没有达到既定标准。', 'Service delivery does not meet the standards set.'),
    causes: [
      bi('员工技能和培训不足', 'Staff lack skills or training'),
      bi('技术、工具或授权不足', 'Inadequate technology, tools or authority'),
      bi('考核与激励不以服务质量为导向', 'Evaluation and rewards ignore service quality'),
      bi('角色冲突与部门间协作不畅', 'Role conflict and poor teamwork across departments'),
    ],
    measures: [
      bi('给员工明确的方向：角色清晰、标准可执行', 'Direct staff: clear roles and workable standards'),
      bi('激励员工：以服务质量考核和奖励', 'Motivate staff: evaluate and reward service quality'),
      bi('支持员工：培训、工具、系统与适当授权', 'Support staff: training, tools, systems and empowerment'),
      bi('改善团队与跨部门协作', 'Improve teamwork and cooperation across departments'),
    ],
  },
  communication: {
    gap: 'communication',
    number: 4,
    name: bi('差距 4：沟通差距', 'Gap 4: communication gap'),
    description: bi(
      '对外承诺与实际交付的服务不一致。',
      'What is promised to customers does not match what is delivered.',
    ),
    causes: [
      bi('广告和销售过度承诺', 'Advertising and sales over-promise'),
      bi('营销与运营部门之间沟通不足', 'Marketing and operations do not talk to each other'),
      bi('各网点、渠道之间服务不一致', 'Service differs across branches and channels'),
      bi('未能有效管理顾客期望', 'Customer expectations are not managed'),
    ],
    measures: [
      bi(
        '管理顾客期望：如实说明服务内容和限制',
        'Manage expectations: state clearly what the service includes and its limits',
      ),
      bi('不过度承诺：对外承诺以能够交付为限', 'No over-promising: promise only what can be delivered'),
      bi(
        '不过度宣传：广告内容经运营部门确认',
        'No over-advertising: operations review advertising before it runs',
      ),
      bi('统一各渠道、各网点的服务标准', 'Make service consistent across channels and branches'),
    ],
  },
  customer: {
    gap: 'customer',
    number: 5,
    name: bi('差距 5：顾客差距', 'Gap 5: customer gap'),
    description: bi(
      '顾客感知的服务低于其期望（SERVQUAL P − E）。',
      'Perceived service falls short of expected service (SERVQUAL P − E).',
    ),
    causes: [bi('差距 1–4 的综合结果', 'The combined result of gaps 1–4')],
    measures: [
      bi('先缩小差距 1–4，再复测 SERVQUAL', 'Close gaps 1–4 first, then measure SERVQUAL again'),
      bi(
        '优先改进差距最大、权重最高的维度',
        'Improve the dimensions with the largest gap and highest weight first',
      ),
    ],
  },
};

const item = (id: string, gap: GapItem['gap'], zh: string, en: string): GapItem => ({
  id,
  gap,
  text: bi(zh, en),
});

/** Management self-assessment for gaps 1–4, answered on 1–7 agreement. Agreement means the gap is small. */
export const GAP_ASSESSMENT_ITEMS: readonly GapItem[] = [
  item(
    'g1-research',
    'listening',
    '我们定期开展调研，了解顾客对服务的期望。',
    'We research what customers expect of our service regularly.',
  ),
  item(
    'g1-contact',
    'listening',
    '管理者经常直接与顾客交流。',
    'Managers talk with customers directly and often.',
  ),
  item(
    'g1-upward',
    'listening',
    '一线员工反映的顾客意见能迅速传达到管理层。',
    'What frontline staff hear from customers reaches management quickly.',
  ),
  item(
    'g1-layers',
    'listening',
    '一线员工与高层管理者之间的层级很少。',
    'There are few management layers between frontline staff and top management.',
  ),
  item(
    'g1-complaints',
    'listening',
    '我们系统分析投诉，从中了解顾客期望。',
    'We analyse complaints systematically to learn what customers expect.',
  ),
  item(
    'g2-standards',
    'standards',
    '关键接触点都有清晰的书面服务标准。',
    'Every key touchpoint has clear, written service standards.',
  ),
  item(
    'g2-customer-defined',
    'standards',
    '我们的服务标准依据顾客期望制定，而不只是内部方便。',
    'Our service standards follow customer expectations, not only internal convenience.',
  ),
  item(
    'g2-goals',
    'standards',
    '管理层设定了明确、可衡量的服务质量目标。',
    'Management sets clear, measurable service-quality goals.',
  ),
  item(
    'g2-design',
    'standards',
    '服务流程经过系统设计（如服务蓝图）并已标准化。',
    'Service processes are designed systematically (e.g. blueprinted) and standardized.',
  ),
  item(
    'g2-commitment',
    'standards',
    '管理层把服务质量视为首要任务并投入资源。',
    'Management treats service quality as a priority and resources it.',
  ),
  item(
    'g3-skills',
    'delivery',
    '员工具备达到服务标准所需的技能和培训。',
    'Staff have the skills and training to meet the service standards.',
  ),
  item(
    'g3-tools',
    'delivery',
    '员工拥有交付服务所需的工具、系统和授权。',
    'Staff have the tools, systems and authority they need to deliver the service.',
  ),
  item(
    'g3-rewards',
    'delivery',
    '员工的考核和奖励以服务质量为依据，而不只是业务量。',
    'Staff are evaluated and rewarded on service quality, not only on volume.',
  ),
  item(
    'g3-roles',
    'delivery',
    '员工清楚自己的职责，很少面临相互冲突的要求。',
    'Staff know what is expected of them and rarely face conflicting demands.',
  ),
  item(
    'g3-teamwork',
    'delivery',
    '各部门之间协作顺畅，共同服务顾客。',
    'Departments work together smoothly to serve customers.',
  ),
  item(
    'g4-promises',
    'communication',
    '广告和销售的承诺与实际能够交付的服务一致。',
    'What advertising and sales promise matches what we can deliver.',
  ),
  item(
    'g4-consult',
    'communication',
    '对外做出承诺前，会征求运营部门的意见。',
    'Operations are consulted before promises are made to customers.',
  ),
  item(
    'g4-consistency',
    'communication',
    '各网点和渠道的服务水平一致。',
    'Service is equally good across branches and channels.',
  ),
  item(
    'g4-expectations',
    'communication',
    '我们如实告知顾客可以期待什么，包括服务的限制。',
    'We tell customers honestly what to expect, including the limits of the service.',
  ),
];

/** Answers per item id: one score or the scores of several managers (1–7; others are excluded). */
export type GapAssessment = Readonly<Record<string, number | readonly (number | null | undefined)[]>>;

export interface GapScore {
  readonly gap: GapId;
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly name: Bilingual;
  /** Gaps 1–4: mean of item means on 1–7 (higher = smaller gap). Gap 5: SERVQUAL unweighted P − E. */
  readonly score: number;
  /**
   * 0 (no gap) … 1 (largest possible gap): (7 − score)/6 for gaps 1–4; for gap 5 −score/(max − min) of the
   * SERVQUAL scale (6 on 1–7), clipped to 0…1.
   */
  readonly severity: number;
  readonly flagged: boolean;
  /** Why it was flagged (or not), in words. */
  readonly reason: Bilingual;
  /** Items of this gap scoring below the threshold, weakest first (gaps 1–4). */
  readonly weakItems: readonly { readonly id: string; readonly mean: number; readonly text: Bilingual }[];
  readonly causes: readonly Bilingual[];
  readonly measures: readonly Bilingual[];
  /** Answers counted. */
  readonly n: number;
}

export interface FiveGapsResult {
  readonly kind: 'five_gaps';
  readonly gaps: readonly GapScore[];
  /** Flagged gaps, most severe first. */
  readonly priorities: readonly GapId[];
  /** Answers not counted: not a whole number in 1–7, or for an unknown item id. */
  readonly excluded: { readonly invalidAnswers: number; readonly unknownItems: readonly string[] };
}

export interface FiveGapsOptions {
  /** Gaps 1–4 are flagged when their score is below this. Default 5 ("somewhat agree" on 1–7). */
  readonly flagBelow?: number;
}

const f2 = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Five-gap diagnosis (Parasuraman, Zeithaml & Berry 1985): gaps 1–4 from the management self-assessment,
 * gap 5 from a SERVQUAL result (flagged when P − E is significantly below zero: the upper CI bound < 0, or
 * the score < 0 when no interval is available). Each gap points to its causes and the measures that answer it.
 */
export function fiveGaps(
  assessment: GapAssessment,
  servqualResult?: ServqualResult,
  options: FiveGapsOptions = {},
): FiveGapsResult {
  const flagBelow = options.flagBelow ?? 5;
  if (!(flagBelow >= 1 && flagBelow <= 7)) {
    throw new MetricsError('invalid_argument', 'flagBelow must be within 1–7', ['flagBelow']);
  }
  const known = new Set(GAP_ASSESSMENT_ITEMS.map((i) => i.id));
  const unknownItems = Object.keys(assessment).filter((k) => !known.has(k));
  let invalidAnswers = 0;
  const itemMeans = new Map<string, { mean: number; n: number }>();
  for (const it of GAP_ASSESSMENT_ITEMS) {
    const raw = assessment[it.id];
    if (raw === undefined) continue;
    const xs = typeof raw === 'number' ? [raw] : raw;
    const ok = xs.filter(
      (x): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 7,
    );
    invalidAnswers += xs.length - ok.length;
    if (ok.length) itemMeans.set(it.id, { mean: ok.reduce((a, b) => a + b, 0) / ok.length, n: ok.length });
  }
  const gaps: GapScore[] = (['listening', 'standards', 'delivery', 'communication'] as const).map((g) => {
    const def = GAP_DEFINITIONS[g];
    const items = GAP_ASSESSMENT_ITEMS.filter((i) => i.gap === g && itemMeans.has(i.id));
    const means = items.map((i) => itemMeans.get(i.id)!.mean);
    const score = means.length ? means.reduce((a, b) => a + b, 0) / means.length : Number.NaN;
    const flagged = score < flagBelow;
    const weakItems = items
      .map((i) => ({ id: i.id, mean: itemMeans.get(i.id)!.mean, text: i.text }))
      .filter((x) => x.mean < flagBelow)
      .sort((a, b) => a.mean - b.mean);
    return {
      gap: g,
      number: def.number,
      name: def.name,
      score,
      severity: (7 - score) / 6,
      flagged,
      reason: Number.isNaN(score)
        ? bi('没有有效回答。', 'No valid answers.')
        : flagged
          ? bi(
              `自评均分 ${f2(score)}，低于 ${f2(flagBelow)}。`,
              `Self-assessment mean ${f2(score)} is below ${f2(flagBelow)}.`,
            )
          : bi(
              `自评均分 ${f2(score)}，不低于 ${f2(flagBelow)}。`,
              `Self-assessment mean ${f2(score)} is at least ${f2(flagBelow)}.`,
            ),
      weakItems,
      causes: def.causes,
      measures: def.measures,
      n: items.reduce((a, i) => a + itemMeans.get(i.id)!.n, 0),
    };
  });
  if (servqualResult) {
    const u = servqualResult.unweighted;
    const score = u.score;
    const upper = u.ci.upper;
    const flagged = Number.isFinite(upper) ? upper < 0 : score < 0;
    // The largest possible negative gap is the width of the SERVQUAL scale (6 on 1–7, 4 on 1–5).
    const range = servqualResult.scale ? servqualResult.scale.max - servqualResult.scale.min : 6;
    const def = GAP_DEFINITIONS.customer;
    gaps.push({
      gap: 'customer',
      number: 5,
      name: def.name,
      score,
      severity: Math.min(1, Math.max(0, -score / range)),
      flagged,
      reason: flagged
        ? bi(
            `SERVQUAL 得分 ${f2(score)}：感知显著低于期望。`,
            `SERVQUAL score ${f2(score)}: perceptions are significantly below expectations.`,
          )
        : bi(
            `SERVQUAL 得分 ${f2(score)}：未发现显著的负差距。`,
            `SERVQUAL score ${f2(score)}: no significant negative gap.`,
          ),
      weakItems: [],
      causes: def.causes,
      measures: def.measures,
      n: u.n,
    });
  }
  const priorities = gaps
    .filter((g) => g.flagged)
    .sort((a, b) => b.severity - a.severity || a.number - b.number)
    .map((g) => g.gap);
  return { kind: 'five_gaps', gaps, priorities, excluded: { invalidAnswers, unknownItems } };
}
