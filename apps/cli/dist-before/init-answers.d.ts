import type { Lang } from './i18n.js';
/** A label as init writes it: what the user typed (one language) or a built-in `{ zh-CN, en }` default. */
export type Label = string | {
    readonly 'zh-CN': string;
    readonly en: string;
};
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
export declare const DEFAULT_ANSWERS: InitAnswers;
/** Whether `id` is a valid service-file id (`[a-z][a-z0-9_-]*`). */
export declare function isValidId(id: string): boolean;
/** Splits a `;`-separated answer (also `；` and new lines), dropping empty parts. */
export declare function splitList(value: string): string[];
/** A label in `lang`, for prompts and defaults shown in brackets. */
export declare function labelIn(label: Label, lang: Lang): string;
/**
 * Ids for the steps: a kebab-case slug of the English (or ASCII) text when there is one, else `step-N`;
 * unique, and never a YAML 1.1 boolean word.
 */
export declare function stepIds(steps: readonly InitStep[]): string[];
/** A lane id for the custom lane's name. */
export declare function laneId(label: Label): string;
//# sourceMappingURL=init-answers.d.ts.map