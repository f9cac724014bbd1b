import type { KanoAnswer } from './kano-counts.js';
import { type Bilingual, bi } from './labels.js';

/**
 * The KANO question pair (Kano et al. 1984; Berger et al. 1993): a functional question (the feature is
 * present) and a dysfunctional one (it is absent), both answered on the same five options.
 * `{feature}` is replaced by the feature's wording in the respondent's language.
 */
export const KANO_QUESTION_TEMPLATE: {
  readonly functional: Bilingual;
  readonly dysfunctional: Bilingual;
} = {
  functional: bi('如果提供「{feature}」，您的感受是？', 'If {feature} is provided, how do you feel?'),
  dysfunctional: bi(
    '如果不提供「{feature}」，您的感受是？',
    'If {feature} is not provided, how do you feel?',
  ),
};

/** The five answer options, in evaluation-table order. */
export const KANO_ANSWER_LABELS: Readonly<Record<KanoAnswer, Bilingual>> = {
  like: bi('我很喜欢', 'I like it'),
  must_be: bi('理应如此', 'I expect it'),
  neutral: bi('无所谓', 'I am neutral'),
  live_with: bi('能够忍受', 'I can live with it'),
  dislike: bi('我不喜欢', 'I dislike it'),
};

/** Fills the template for one feature: the two questions in both languages. */
export function kanoQuestions(feature: Bilingual): {
  readonly functional: Bilingual;
  readonly dysfunctional: Bilingual;
} {
  const fill = (t: Bilingual): Bilingual => ({
    'zh-CN': t['zh-CN'].replace('{feature}', feature['zh-CN']),
    en: t.en.replace('{feature}', feature.en),
  });
  return {
    functional: fill(KANO_QUESTION_TEMPLATE.functional),
    dysfunctional: fill(KANO_QUESTION_TEMPLATE.dysfunctional),
  };
}
