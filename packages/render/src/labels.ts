import type { Locale } from '@frontstage/model';

/** Built-in UI strings of the drawings, in both languages. */
const LABELS = {
  blueprint: { 'zh-CN': '服务蓝图', en: 'Service blueprint' },
  journeyMap: { 'zh-CN': '客户旅程图', en: 'Customer journey map' },
  number: { 'zh-CN': '编号', en: 'No.' },
  version: { 'zh-CN': '版本', en: 'Version' },
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  in_review: { 'zh-CN': '审核中', en: 'In review' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  step: { 'zh-CN': '步骤', en: 'Step' },
  lineInteraction: { 'zh-CN': '互动分界线', en: 'Line of interaction' },
  lineVisibility: { 'zh-CN': '可视分界线', en: 'Line of visibility' },
  lineInternal: { 'zh-CN': '内部互动分界线', en: 'Line of internal interaction' },
  evidence: { 'zh-CN': '有形展示', en: 'Physical evidence' },
  customer: { 'zh-CN': '顾客行为', en: 'Customer actions' },
  frontstage: { 'zh-CN': '前台员工行为', en: 'Frontstage actions' },
  backstage: { 'zh-CN': '后台员工行为', en: 'Backstage actions' },
  support: { 'zh-CN': '支持过程', en: 'Support processes' },
  failPoint: { 'zh-CN': '失误点', en: 'Fail point' },
  waitPoint: { 'zh-CN': '等待点', en: 'Wait point' },
  touchpoint: { 'zh-CN': '触点', en: 'Touchpoint' },
  observed: { 'zh-CN': '已观察', en: 'Observed' },
  assumed: { 'zh-CN': '假设', en: 'Assumed' },
  proposed: { 'zh-CN': '拟议', en: 'Proposed' },
  decision: { 'zh-CN': '决策', en: 'Decision' },
  loop: { 'zh-CN': '返回', en: 'Loop' },
  flow: { 'zh-CN': '流程', en: 'Flow' },
  minutes: { 'zh-CN': '分钟', en: 'min' },
  hours: { 'zh-CN': '小时', en: 'h' },
  days: { 'zh-CN': '天', en: 'd' },
  doing: { 'zh-CN': '行为', en: 'Doing' },
  thinking: { 'zh-CN': '想法', en: 'Thinking' },
  feeling: { 'zh-CN': '感受', en: 'Feeling' },
  emotion: { 'zh-CN': '情绪曲线', en: 'Emotion' },
  painPoints: { 'zh-CN': '痛点', en: 'Pain points' },
  opportunities: { 'zh-CN': '机会点', en: 'Opportunities' },
  touchpoints: { 'zh-CN': '触点', en: 'Touchpoints' },
  stages: { 'zh-CN': '阶段', en: 'Stages' },
  peak: { 'zh-CN': '峰值（情绪最强烈处）', en: 'Peak (strongest emotion)' },
  end: { 'zh-CN': '终点', en: 'End' },
  asIs: { 'zh-CN': '现状', en: 'As-is' },
  toBe: { 'zh-CN': '目标', en: 'To-be' },
  notOnMap: { 'zh-CN': '（另有 {n} 个触点不在本图）', en: ' (+{n} touchpoints not on this map)' },
  persona: { 'zh-CN': '用户画像', en: 'Persona' },
  remembered: { 'zh-CN': '记忆体验 ≈（峰值＋终点）／2', en: 'Remembered ≈ (peak + end) / 2' },
  concentrate: { 'zh-CN': '重点改进', en: 'Concentrate here' },
  keepUp: { 'zh-CN': '继续保持', en: 'Keep up the good work' },
  lowPriority: { 'zh-CN': '低优先级', en: 'Low priority' },
  overkill: { 'zh-CN': '可能过度', en: 'Possible overkill' },
  importance: { 'zh-CN': '重要性', en: 'Importance' },
  performance: { 'zh-CN': '表现', en: 'Performance' },
  attractive: { 'zh-CN': '魅力属性', en: 'Attractive' },
  oneDimensional: { 'zh-CN': '期望属性', en: 'One-dimensional' },
  mustBe: { 'zh-CN': '必备属性', en: 'Must-be' },
  indifferent: { 'zh-CN': '无差异属性', en: 'Indifferent' },
  better: { 'zh-CN': 'Better 系数（满意影响）', en: 'Better (satisfaction)' },
  worse: { 'zh-CN': '|Worse| 系数（不满影响）', en: '|Worse| (dissatisfaction)' },
  weight: { 'zh-CN': '相对权重', en: 'Relative weight' },
  keyDrivers: { 'zh-CN': '关键驱动因素', en: 'Key drivers' },
  ci: { 'zh-CN': '95% 置信区间', en: '95% confidence interval' },
  channel_in_person: { 'zh-CN': '面对面', en: 'In person' },
  channel_phone: { 'zh-CN': '电话', en: 'Phone' },
  channel_web: { 'zh-CN': '网站', en: 'Web' },
  channel_app: { 'zh-CN': '应用', en: 'App' },
  channel_email: { 'zh-CN': '电子邮件', en: 'Email' },
  channel_sms: { 'zh-CN': '短信', en: 'SMS' },
  channel_chat: { 'zh-CN': '在线聊天', en: 'Chat' },
  channel_mail: { 'zh-CN': '邮寄', en: 'Mail' },
  channel_kiosk: { 'zh-CN': '自助终端', en: 'Kiosk' },
  channel_social: { 'zh-CN': '社交媒体', en: 'Social' },
  channel_self_service: { 'zh-CN': '自助服务', en: 'Self-service' },
  channel_other: { 'zh-CN': '其他', en: 'Other' },
} as const;

/** Key of a built-in UI string. */
export type LabelKey = keyof typeof LABELS;

/** The built-in UI string `key` in `locale`. */
export function label(key: LabelKey, locale: Locale): string {
  return LABELS[key][locale];
}

/** Both languages of the built-in UI string `key`. */
export function labelPair(key: LabelKey): { readonly 'zh-CN': string; readonly en: string } {
  return LABELS[key];
}
