import { diagnostic } from '../diagnostic.js';
import type { LintRule } from './rule.js';

/** SH401: a stakeholder related to itself is a typo in `relations`. */
export const stakeholderSelfRelation: LintRule = {
  code: 'SH401',
  name: 'stakeholder-self-relation',
  check: (ctx) =>
    ctx.model.stakeholders
      .filter((s) => s.relations.some((r) => r.to === s.id))
      .map((s) => diagnostic('SH401', { stakeholder: s.id }, s.location)),
};
