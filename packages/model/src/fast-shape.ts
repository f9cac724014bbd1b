import { parseDuration } from './duration.js';
import { ID_PATTERN, REF_PATTERN } from './raw-schema.js';
import { CHANNELS, LANE_ROLES } from './types.js';

/**
 * A hand-written structural check of a service file against `serviceFileSchema`, for the happy path: when it
 * says true, the schema accepts the data as is (zod would only copy it), so zod need not run. It is
 * conservative: anything unusual (an `undefined` value, an unknown key, a number out of range) says false, and
 * the caller then runs zod, which produces the diagnostics. Kept in step with raw-schema.ts by a differential
 * test (fast-shape.test.ts) over generated and mutated files.
 */
type Check = (value: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isId: Check = (v) => typeof v === 'string' && ID_PATTERN.test(v);
const isRef: Check = (v) => typeof v === 'string' && REF_PATTERN.test(v);
const number =
  (min: number, max = Number.POSITIVE_INFINITY, integer = false): Check =>
  (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= min &&
    v <= max &&
    (!integer || Number.isSafeInteger(v));
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const either =
  (...checks: Check[]): Check =>
  (v) => {
    for (const check of checks) if (check(v)) return true;
    return false;
  };
const list =
  (item: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };

/** An object with only these keys (required ones present); `rest` checks any other key (a catchall). */
function shape(fields: Record<string, Check>, required: readonly string[] = [], rest?: Check): Check {
  const known = new Map(Object.entries(fields));
  return (v) => {
    if (!isRecord(v)) return false;
    for (const key of required) if (!Object.hasOwn(v, key)) return false;
    // for…in, not Object.keys: no key array per object (plain objects inherit no enumerable keys).
    for (const key in v) {
      if (!Object.hasOwn(v, key)) return false;
      const value = v[key];
      // zod's copy would turn an own `__proto__` key into a prototype: leave such data to zod.
      if (value === undefined || key === '__proto__') return false;
      const check = known.get(key) ?? rest;
      if (check === undefined || !check(value)) return false;
    }
    return true;
  };
}

const isPair: Check = (v) => {
  if (!isRecord(v)) return false;
  let count = 0;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) return false;
    if ((key !== 'zh-CN' && key !== 'en') || typeof v[key] !== 'string') return false;
    count++;
  }
  return count > 0;
};
const isText = either(isString, isPair);
const texts = list(isText);
const isDuration: Check = (v) =>
  (typeof v === 'string' || (typeof v === 'number' && v >= 0)) && parseDuration(v) !== undefined;
const isStatus = oneOf(['observed', 'assumed', 'proposed']);
const isFlowKind = oneOf(['sequence', 'branch', 'loop', 'recovery']);
const isChannel = oneOf(CHANNELS);
const isLaneRole = oneOf(LANE_ROLES);

const isNextItem = either(isRef, shape({ to: isRef, kind: isFlowKind, label: isText }, ['to']));
const isDecide = shape(
  {
    ask: isText,
    // biome-ignore lint/suspicious/noThenProperty: `then` is a key of the service-file format (a decision branch).
    then: isRef,
    else: isRef,
    branches: list(shape({ label: isText, to: isRef }, ['to'])),
  },
  ['ask'],
);
const isAction = shape(
  {
    id: isId,
    text: isText,
    actor: isText,
    department: isText,
    duration: isDuration,
    cost: number(0),
    fail: either(isBoolean, isText),
    wait: either(isBoolean, isDuration, shape({ reason: isText, duration: isDuration })),
    status: isStatus,
    touchpoint: isId,
    decide: isDecide,
    next: either(isNextItem, list(isNextItem)),
    note: isText,
  },
  ['text'],
);
const isCellItem = either(isString, isAction, isPair);
const isEvidenceObject = shape({ id: isId, text: isText, touchpoint: isId, status: isStatus }, ['text']);
const isEvidenceItem = either(isString, isEvidenceObject, isPair);
const isStep = shape(
  { id: isId, name: isText, evidence: either(isEvidenceItem, list(isEvidenceItem)), decide: isDecide },
  ['id'],
  either(isCellItem, list(isCellItem)),
);
const isStage = shape({ id: isId, name: isText, steps: list(isStep) }, ['id']);
const isLane = either(
  isLaneRole,
  shape({ role: isLaneRole, id: isId, name: isText, zone: oneOf(['frontstage', 'backstage', 'support']) }),
);
const isFlow = shape({ from: isRef, to: isRef, kind: isFlowKind, label: isText }, ['from', 'to']);
const isBlueprint = shape({
  number: isString,
  version: isString,
  status: oneOf(['draft', 'in_review', 'approved']),
  title: isText,
  lanes: list(isLane),
  'auto-flows': isBoolean,
  flows: list(isFlow),
});
const isTouchpoint = shape(
  {
    id: isId,
    name: isText,
    channel: isChannel,
    description: isText,
    traffic: number(0),
    complaints: number(0),
  },
  ['id', 'name'],
);
const isJourneyStep = either(
  isId,
  shape(
    {
      touchpoint: isId,
      channel: isChannel,
      doing: isText,
      thinking: isText,
      feeling: isText,
      emotion: number(-5, 5),
      pains: texts,
      opportunities: texts,
    },
    ['touchpoint'],
  ),
);
const isJourney = shape(
  {
    id: isId,
    name: isText,
    persona: isId,
    variant: oneOf(['as_is', 'to_be']),
    'based-on': isId,
    stages: list(shape({ id: isId, name: isText, steps: list(isJourneyStep) }, ['id'])),
  },
  ['id', 'name'],
);
const isPersona = shape(
  { id: isId, name: isText, description: isText, goals: texts, needs: texts, frustrations: texts },
  ['id', 'name'],
);
const isScore = number(1, 5, true);
const isStakeholder = shape(
  {
    id: isId,
    name: isText,
    role: isText,
    interest: isScore,
    influence: isScore,
    relations: list(
      shape(
        {
          to: isId,
          kind: oneOf(['reports_to', 'collaborates', 'serves', 'supplies', 'regulates', 'conflicts']),
          label: isText,
        },
        ['to', 'kind'],
      ),
    ),
  },
  ['id', 'name', 'interest', 'influence'],
);
const isService = shape(
  {
    id: isId,
    name: isText,
    description: isText,
    customers: isText,
    expectations: texts,
    currency: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v),
  },
  ['id', 'name'],
);

/** True when `serviceFileSchema` surely accepts `data` unchanged; false means "run zod to know". */
export const fitsServiceFileShape: Check = shape(
  {
    frontstage: number(1, Number.POSITIVE_INFINITY, true),
    service: isService,
    blueprint: isBlueprint,
    stages: list(isStage),
    touchpoints: list(isTouchpoint),
    journeys: list(isJourney),
    personas: list(isPersona),
    stakeholders: list(isStakeholder),
  },
  ['frontstage', 'service'],
);
