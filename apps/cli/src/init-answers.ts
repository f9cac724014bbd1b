import type { Lang } from './i18n.js';

/** A label as init writes it: what the user typed (one language) or a built-in `{ zh-CN, en }` default. */
export type Label = string | { readonly 'zh-CN': string; readonly en: string };

/** One column of the new blueprint: the customer's action and what happens around it (steps 4–7). */
export interface InitStep {
  readonly customer: Label;
  readonly frontstage?: Label;
  readonly backstage?: Label;
  readonly support?: Label;
  readonly evidence?: Label;
}

/** Everything `frontstage init` asks, in the order of the seven blueprinting steps. */
export interface InitAnswers {
  /** Step 1: the service and its customers. */
  readonly id: string;
  readonly name: Label;
  readonly customers: Label;
  /** Step 2: their expectations. */
  readonly expectations: readonly Label[];
  /** Step 3: the scope and lanes. */
  readonly number: string;
  readonly customLane?: Label;
  /** Step 5: who does the frontstage and the backstage work (written as each action's department). */
  readonly frontstageOwner: Label;
  readonly backstageOwner: Label;
  /** Steps 4–7, one entry per customer action. */
  readonly steps: readonly InitStep[];
}

/** A worked default, so that `init --yes` alone writes a meaningful, valid file to edit. */
export const DEFAULT_ANSWERS: InitAnswers = {
  id: 'my-service',
  name: { 'zh-CN': '我的服务', en: 'My service' },
  customers: { 'zh-CN': '目标顾客', en: 'Target customers' },
  expectations: [
    { 'zh-CN': '响应及时', en: 'A quick response' },
    { 'zh-CN': '一次解决', en: 'Solved the first time' },
  ],
  number: 'BP-001',
  frontstageOwner: { 'zh-CN': '一线员工', en: 'Front-line staff' },
  backstageOwner: { 'zh-CN': '后台运营', en: 'Back office' },
  steps: [
    {
      customer: { 'zh-CN': '提出需求', en: 'Makes a request' },
      frontstage: { 'zh-CN': '受理并记录', en: 'Takes and records the request' },
      backstage: { 'zh-CN': '登记工单', en: 'Opens a ticket' },
      support: { 'zh-CN': '工单系统', en: 'Ticketing system' },
      evidence: { 'zh-CN': '服务热线', en: 'Service hotline' },
    },
    {
      customer: { 'zh-CN': '接受服务', en: 'Receives the service' },
      frontstage: { 'zh-CN': '提供服务', en: 'Delivers the service' },
      backstage: { 'zh-CN': '安排人员与物料', en: 'Schedules staff and materials' },
      support: { 'zh-CN': '物料供应', en: 'Materials supply' },
      evidence: { 'zh-CN': '员工工牌', en: 'Staff badge' },
    },
    {
      customer: { 'zh-CN': '付款并反馈', en: 'Pays and gives feedback' },
      frontstage: { 'zh-CN': '收款并致谢', en: 'Takes payment and thanks' },
      backstage: { 'zh-CN': '结算并回访', en: 'Settles and follows up' },
      support: { 'zh-CN': '收费系统', en: 'Billing system' },
      evidence: { 'zh-CN': '发票', en: 'Invoice' },
    },
  ],
};

const ID = /^[a-z][a-z0-9_-]*$/;

/** Whether `id` is a valid service-file id (`[a-z][a-z0-9_-]*`). */
export function isValidId(id: string): boolean {
  return ID.test(id);
}

/** Splits a `;`-separated answer (also `；` and new lines), dropping empty parts. */
export function splitList(value: string): string[] {
  return value
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A label in `lang`, for prompts and defaults shown in brackets. */
export function labelIn(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : label[lang];
}

/** Little words left out of step ids, so "Goes to the room" becomes `goes-room`, not `goes-to-the`. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'for',
  'and',
  'or',
  'at',
  'by',
  'with',
  'my',
  'their',
  'its',
]);

/**
 * Ids for the steps: a kebab-case slug of the English (or ASCII) text when there is one, else `step-N`;
 * unique, and never a YAML 1.1 boolean word.
 */
export function stepIds(steps: readonly InitStep[]): string[] {
  const seen = new Set<string>();
  return steps.map((step, i) => {
    const text = typeof step.customer === 'string' ? step.customer : step.customer.en;
    let id = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .filter((word, _k, words) => !STOP_WORDS.has(word) || words.length === 1)
      .slice(0, 3)
      .join('-');
    if (!isValidId(id) || ['yes', 'no', 'on', 'off', 'y', 'n'].includes(id)) id = `step-${i + 1}`;
    let unique = id;
    for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
    seen.add(unique);
    return unique;
  });
}

/** A lane id for the custom lane's name. */
export function laneId(label: Label): string {
  const text = typeof label === 'string' ? label : label.en;
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return isValidId(slug) && !['evidence', 'customer', 'frontstage', 'backstage', 'support'].includes(slug)
    ? slug
    : 'systems';
}
