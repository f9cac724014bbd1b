/** A worked default, so that `init --yes` alone writes a meaningful, valid file to edit. */
export const DEFAULT_ANSWERS = {
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
export function isValidId(id) {
    return ID.test(id);
}
/** Splits a `;`-separated answer (also `；` and new lines), dropping empty parts. */
export function splitList(value) {
    return value
        .split(/[;；\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** A label in `lang`, for prompts and defaults shown in brackets. */
export function labelIn(label, lang) {
    return typeof label === 'string' ? label : label[lang];
}
/**
 * Ids for the steps: a kebab-case slug of the English (or ASCII) text when there is one, else `step-N`;
 * unique, and never a YAML 1.1 boolean word.
 */
export function stepIds(steps) {
    const seen = new Set();
    return steps.map((step, i) => {
        const text = typeof step.customer === 'string' ? step.customer : step.customer.en;
        let id = text
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .split('-')
            .slice(0, 3)
            .join('-');
        if (!isValidId(id) || ['yes', 'no', 'on', 'off', 'y', 'n'].includes(id))
            id = `step-${i + 1}`;
        let unique = id;
        for (let n = 2; seen.has(unique); n++)
            unique = `${id}-${n}`;
        seen.add(unique);
        return unique;
    });
}
/** A lane id for the custom lane's name. */
export function laneId(label) {
    const text = typeof label === 'string' ? label : label.en;
    const slug = text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return isValidId(slug) && !['evidence', 'customer', 'frontstage', 'backstage', 'support'].includes(slug)
        ? slug
        : 'systems';
}
//# sourceMappingURL=init-answers.js.map