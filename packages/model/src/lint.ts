import { sortDiagnostics } from './diagnostic.js';
import { actionWithoutOwner } from './lint/action-without-owner.js';
import { basedOnNotAsIs } from './lint/based-on-not-as-is.js';
import { branchWithoutDecision } from './lint/branch-without-decision.js';
import { complaintsExceedTraffic } from './lint/complaints-exceed-traffic.js';
import { customerWithoutContact } from './lint/customer-without-contact.js';
import { decisionMissingBranch } from './lint/decision-missing-branch.js';
import { emptyJourneyStage } from './lint/empty-journey-stage.js';
import { emptyStage } from './lint/empty-stage.js';
import { failWithoutRecovery } from './lint/fail-without-recovery.js';
import { frontstageWithoutCustomer } from './lint/frontstage-without-customer.js';
import { journeyTouchpointNotInBlueprint } from './lint/journey-touchpoint-not-in-blueprint.js';
import { journeyWithoutPersona } from './lint/journey-without-persona.js';
import { missingEmotion } from './lint/missing-emotion.js';
import { noCustomerLane } from './lint/no-customer-lane.js';
import { type LintRule, lintContext } from './lint/rule.js';
import { stakeholderSelfRelation } from './lint/stakeholder-self-relation.js';
import { stepWithoutCustomer } from './lint/step-without-customer.js';
import { supportSupportsNothing } from './lint/support-supports-nothing.js';
import { toBeWithoutBasedOn } from './lint/to-be-without-based-on.js';
import { unreachableAction } from './lint/unreachable-action.js';
import { unusedTouchpoint } from './lint/unused-touchpoint.js';
import { visibilityWithoutBackstage } from './lint/visibility-without-backstage.js';
import { waitWithoutDuration } from './lint/wait-without-duration.js';
import type { Diagnostic, ServiceModel } from './types.js';

/** Every method lint rule, in code order. */
export const LINT_RULES: readonly LintRule[] = [
  customerWithoutContact,
  frontstageWithoutCustomer,
  supportSupportsNothing,
  decisionMissingBranch,
  failWithoutRecovery,
  visibilityWithoutBackstage,
  journeyTouchpointNotInBlueprint,
  stepWithoutCustomer,
  emptyStage,
  unreachableAction,
  noCustomerLane,
  actionWithoutOwner,
  waitWithoutDuration,
  branchWithoutDecision,
  toBeWithoutBasedOn,
  missingEmotion,
  emptyJourneyStage,
  journeyWithoutPersona,
  basedOnNotAsIs,
  unusedTouchpoint,
  complaintsExceedTraffic,
  stakeholderSelfRelation,
];

/** Runs the method lint rules (service-blueprint and journey-map practice) over a parsed model. */
export function lintServiceModel(model: ServiceModel, rules: readonly LintRule[] = LINT_RULES): Diagnostic[] {
  const ctx = lintContext(model);
  return sortDiagnostics(rules.flatMap((rule) => rule.check(ctx)));
}
