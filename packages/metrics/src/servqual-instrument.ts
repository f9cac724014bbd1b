import { type Bilingual, bi } from './labels.js';
import type { ServqualDimension } from './servqual-sums.js';
import { SERVQUAL_DIMENSIONS, SERVQUAL_STANDARD_LAYOUT } from './servqual-sums.js';

/** One SERVQUAL item: its number, dimension, and expectation and perception statements in both languages. */
export interface ServqualItem {
  readonly number: number;
  readonly dimension: ServqualDimension;
  /** About excellent providers in the sector (the expectation battery). */
  readonly expectation: Bilingual;
  /** About the provider being rated; `{company}` stands for its name. */
  readonly perception: Bilingual;
}

// [zh predicate, en predicate (plural subject), en predicate (singular subject)]
const STATEMENTS: readonly (readonly [string, string, string])[] = [
  ['拥有现代化的设备。', 'have up-to-date equipment.', 'has up-to-date equipment.'],
  [
    '的服务场所和设施外观令人愉悦。',
    'have visually appealing premises and facilities.',
    'has visually appealing premises and facilities.',
  ],
  [
    '的员工仪表整洁、专业。',
    'have employees who look neat and professional.',
    'has employees who look neat and professional.',
  ],
  [
    '与服务相关的资料（如宣传册、单据、账单）清晰美观。',
    'provide service materials (leaflets, receipts, statements) that are clear and visually appealing.',
    'provides service materials (leaflets, receipts, statements) that are clear and visually appealing.',
  ],
  [
    '承诺在某个时间前完成的事情，都会按时做到。',
    'do what they promise by the time they promise it.',
    'does what it promises by the time it promises it.',
  ],
  [
    '在顾客遇到问题时，会真诚地帮助解决。',
    'show a sincere interest in solving a customer’s problem.',
    'shows a sincere interest in solving a customer’s problem.',
  ],
  ['第一次就把服务做对。', 'get the service right the first time.', 'gets the service right the first time.'],
  [
    '在承诺的时间提供服务。',
    'deliver their services at the time they promise.',
    'delivers its services at the time it promises.',
  ],
  ['坚持记录准确无误。', 'keep their records free of errors.', 'keeps its records free of errors.'],
  [
    '会准确告诉顾客服务将在何时进行。',
    'tell customers exactly when a service will be performed.',
    'tells customers exactly when a service will be performed.',
  ],
  [
    '的员工为顾客提供迅速及时的服务。',
    'have employees who serve customers promptly.',
    'has employees who serve customers promptly.',
  ],
  [
    '的员工总是乐于帮助顾客。',
    'have employees who are always willing to help.',
    'has employees who are always willing to help.',
  ],
  [
    '的员工再忙也会及时回应顾客的请求。',
    'have employees who are never too busy to respond to a request.',
    'has employees who are never too busy to respond to a request.',
  ],
  [
    '的员工的言行举止让顾客感到信任。',
    'have employees whose conduct gives customers confidence.',
    'has employees whose conduct gives customers confidence.',
  ],
  [
    '让顾客在交易中感到安全放心。',
    'make customers feel safe in their transactions.',
    'makes customers feel safe in its transactions.',
  ],
  [
    '的员工始终对顾客彬彬有礼。',
    'have employees who are consistently courteous.',
    'has employees who are consistently courteous.',
  ],
  [
    '的员工具备回答顾客问题的专业知识。',
    'have employees with the knowledge to answer customers’ questions.',
    'has employees with the knowledge to answer customers’ questions.',
  ],
  [
    '会给予每位顾客个别的关注。',
    'give each customer individual attention.',
    'gives each customer individual attention.',
  ],
  [
    '的营业时间方便所有顾客。',
    'have opening hours that suit all their customers.',
    'has opening hours that suit all its customers.',
  ],
  [
    '的员工会给予顾客个性化的关怀。',
    'have employees who give customers personal care.',
    'has employees who give customers personal care.',
  ],
  [
    '把顾客的利益放在心上。',
    'have their customers’ best interests at heart.',
    'has its customers’ best interests at heart.',
  ],
  [
    '的员工理解顾客的具体需求。',
    'have employees who understand their customers’ specific needs.',
    'has employees who understand its customers’ specific needs.',
  ],
];

function zhJoin(subject: string, predicate: string): string {
  // Predicates starting with 的 attach directly; verb predicates need no connector in Chinese either.
  return subject + predicate;
}

/**
 * The standard 22-item SERVQUAL instrument (Parasuraman, Zeithaml & Berry 1988), worded for Frontstage in
 * zh-CN and en: tangibles 1–4, reliability 5–9, responsiveness 10–13, assurance 14–17, empathy 18–22.
 * Rated on 1–7 (strongly disagree … strongly agree).
 */
export const SERVQUAL_ITEMS: readonly ServqualItem[] = STATEMENTS.map(([zh, enPlural, enSingular], i) => ({
  number: i + 1,
  dimension: SERVQUAL_DIMENSIONS[SERVQUAL_STANDARD_LAYOUT[i]!]!,
  expectation: bi(zhJoin('优秀的服务机构', zh), `Excellent service providers ${enPlural}`),
  perception: bi(zhJoin('{company}', zh), `{company} ${enSingular}`),
}));

/** Instructions for the two batteries and the importance split. */
export const SERVQUAL_INSTRUCTIONS: {
  readonly expectation: Bilingual;
  readonly perception: Bilingual;
  readonly points: Bilingual;
  readonly scale: { readonly low: Bilingual; readonly high: Bilingual };
} = {
  expectation: bi(
    '请根据您对同类优秀服务机构的期望，对以下每项陈述打分（1 = 非常不同意，7 = 非常同意）。',
    'Thinking of excellent providers of this kind of service, rate each statement (1 = strongly disagree, 7 = strongly agree).',
  ),
  perception: bi(
    '请根据您对{company}的实际感受，对以下每项陈述打分（1 = 非常不同意，7 = 非常同意）。',
    'Thinking of your experience with {company}, rate each statement (1 = strongly disagree, 7 = strongly agree).',
  ),
  points: bi(
    '请把 100 分分配给以下五个方面，分数越高表示该方面对您越重要。',
    'Split 100 points across the five aspects below: the more important an aspect is to you, the more points it gets.',
  ),
  scale: { low: bi('非常不同意', 'Strongly disagree'), high: bi('非常同意', 'Strongly agree') },
};

/** How each dimension is described to respondents in the 100-point importance question. */
export const SERVQUAL_DIMENSION_DESCRIPTIONS: Readonly<Record<ServqualDimension, Bilingual>> = {
  tangibles: bi(
    '设施、设备、员工仪表和资料的外观',
    'The appearance of facilities, equipment, staff and materials',
  ),
  reliability: bi(
    '可靠、准确地履行所承诺的服务',
    'Delivering the promised service dependably and accurately',
  ),
  responsiveness: bi('乐于帮助顾客并提供及时的服务', 'Willingness to help customers and give prompt service'),
  assurance: bi(
    '员工的知识和礼貌，以及让人信任的能力',
    'Staff knowledge and courtesy, and their ability to inspire trust',
  ),
  empathy: bi('对顾客的关心和个性化的关注', 'Caring, individual attention to each customer'),
};

/** Fills `{company}` in a perception statement or instruction. */
export function withCompany(text: Bilingual, company: Bilingual): Bilingual {
  return {
    'zh-CN': text['zh-CN'].replaceAll('{company}', company['zh-CN']),
    en: text.en.replaceAll('{company}', company.en),
  };
}
