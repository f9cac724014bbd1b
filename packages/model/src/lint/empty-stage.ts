import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** BP109: a stage without steps is a heading with nothing under it. */
export const emptyStage: LintRule = {
  code: 'BP109',
  name: 'empty-stage',
  check: (ctx) =>
    (ctx.blueprint?.stages ?? [])
      .filter((s) => s.steps.length === 0)
      .map((s) => diagnostic('BP109', { stage: s.id }, s.location)),
};
