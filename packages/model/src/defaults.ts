import type { LaneRole, LocalizedText } from './types.js';

/** Names of the five method lanes when the file does not rename them (bilingual, as in the method literature). */
export const DEFAULT_LANE_NAMES: Readonly<Record<LaneRole, LocalizedText>> = {
  evidence: { 'zh-CN': '有形展示', en: 'Physical evidence' },
  customer: { 'zh-CN': '顾客行为', en: 'Customer actions' },
  frontstage: { 'zh-CN': '前台员工行为', en: 'Frontstage actions' },
  backstage: { 'zh-CN': '后台员工行为', en: 'Backstage actions' },
  support: { 'zh-CN': '支持过程', en: 'Support processes' },
};

/** Labels of the `then` and `else` branches of a decision, in the languages of its question. */
export const BRANCH_LABELS = {
  // biome-ignore lint/suspicious/noThenProperty: `then` is a key of the service-file format (a decision branch).
  then: { 'zh-CN': '是', en: 'Yes' },
  else: { 'zh-CN': '否', en: 'No' },
} as const;
