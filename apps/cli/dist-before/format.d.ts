import { type Lang } from './i18n.js';
/** Minutes for people: `45 min`, `4 h 30 min`, `1 d 2 h` (zh: `45 分钟`, `4 小时 30 分钟`, `1 天 2 小时`). */
export declare function formatMinutes(minutes: number, lang: Lang): string;
/** A share 0…1 as a percentage: `42%`. */
export declare function formatShare(share: number): string;
/** An amount with its currency: `191 CNY`. */
export declare function formatMoney(amount: number, currency: string | undefined): string;
/** Any model value in one short line: labels in `lang`, lists joined, records as compact JSON. */
export declare function formatValue(value: unknown, lang: Lang): string;
//# sourceMappingURL=format.d.ts.map