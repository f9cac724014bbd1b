import * as z from 'zod';
import { parseDuration } from './duration.js';
import { CHANNELS, LANE_ROLES } from './types.js';

/** The pattern every id must match (docs/service-file.md, Conventions). */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
/** A flow target: an action id (derived ones contain dots, e.g. `notify.customer`) or a step id. */
export const REF_PATTERN = /^[a-z][a-z0-9_.-]*$/;
/** The keys of a `{ zh-CN, en }` text pair. */
export const LOCALE_KEYS: readonly string[] = ['zh-CN', 'en'];
/** Keys of a step that are not lane cells. */
export const STEP_FIELDS: readonly string[] = ['id', 'name', 'evidence', 'decide'];

const id = (what: string) => z.string().regex(ID_PATTERN).describe(what);
const ref = (what: string) => z.string().regex(REF_PATTERN).describe(what);

/** A `{ zh-CN, en }` pair. Loose, then checked by hand, so that an object with other keys is not taken for a pair. */
export const localizedTextSchema = z
  .looseObject({
    'zh-CN': z.string().optional().describe('The text in Simplified Chinese.'),
    en: z.string().optional().describe('The text in English.'),
  })
  .superRefine((value, ctx) => {
    const foreign = Object.keys(value).filter((k) => !LOCALE_KEYS.includes(k));
    if (foreign.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'not a text pair',
        params: { fs: 'pair-keys', keys: foreign },
        continue: false,
      });
    } else if (value['zh-CN'] === undefined && value.en === undefined) {
      ctx.addIssue({ code: 'custom', message: 'empty text', params: { fs: 'FS111' } });
    }
  })
  .meta({
    id: 'LocalizedText',
    description: 'A label in both languages: { zh-CN: …, en: … } (one may be missing).',
  });

/** A label: a plain string or a `{ zh-CN, en }` pair. */
export const textSchema = z
  .union([z.string(), localizedTextSchema])
  .meta({ id: 'Text', description: 'A label: a plain string, or { zh-CN: …, en: … }.' });

const texts = (what: string) => z.array(textSchema).describe(what);

/** A duration: a number of minutes, or a string such as `30s`, `5m`, `1.5h`, `2d`, `1h30m`. */
export const durationSchema = z
  .union([z.number().min(0), z.string()])
  .superRefine((value, ctx) => {
    if (parseDuration(value) === undefined)
      ctx.addIssue({ code: 'custom', message: 'bad duration', params: { fs: 'FS108' } });
  })
  .meta({
    id: 'Duration',
    description: 'How long: a number of minutes, or `30s`, `5m`, `1.5h`, `2d` (24 h), `1h30m`.',
  });

const statusSchema = z
  .enum(['observed', 'assumed', 'proposed'])
  .describe('Evidence status: observed (default), assumed or proposed.');
const flowKindSchema = z
  .enum(['sequence', 'branch', 'loop', 'recovery'])
  .describe('sequence (default; loop when it goes to an earlier step), branch, loop or recovery.');

const nextItemSchema = z.union([
  ref('An action id, or a step id meaning that step’s action in the same lane.'),
  z.strictObject({
    to: ref('The target: an action id, or a step id (its action in the same lane).'),
    kind: flowKindSchema.optional(),
    label: textSchema.optional(),
  }),
]);

/** A decision: a question and its branches (`then` / `else`, or labelled `branches`). */
export const decideSchema = z
  .strictObject({
    ask: textSchema.describe('The question decided here, e.g. "Time suitable?".'),
    // biome-ignore lint/suspicious/noThenProperty: `then` is a key of the service-file format (a decision branch).
    then: ref('Where the “yes” branch goes: an action id or a step id.').optional(),
    else: ref('Where the “no” branch goes: an action id or a step id.').optional(),
    branches: z
      .array(
        z.strictObject({
          label: textSchema.optional().describe('The outcome, e.g. { zh-CN: 加急, en: Urgent }.'),
          to: ref('Where this branch goes: an action id or a step id.'),
        }),
      )
      .optional()
      .describe('Labelled branches, for decisions with more than yes and no.'),
  })
  .describe('A decision: { ask, then, else } or { ask, branches: [{ label, to }] }.');

/** An action in a lane × step cell, in its long form. */
export const actionSchema = z
  .strictObject({
    id: id('Optional; defaults to <step>.<lane> (then <step>.<lane>.2, …).').optional(),
    text: textSchema.describe('What is done (required).'),
    actor: textSchema.optional().describe('Who does it (a role).'),
    department: textSchema.optional().describe('The department; handoffs are counted between departments.'),
    duration: durationSchema.optional(),
    cost: z.number().min(0).optional().describe('Cost in the service’s currency.'),
    fail: z
      .union([z.boolean(), textSchema])
      .optional()
      .describe('A fail point (F): true, or the reason as text.'),
    wait: z
      .union([
        z.boolean(),
        durationSchema,
        z.strictObject({ reason: textSchema.optional(), duration: durationSchema.optional() }),
      ])
      .optional()
      .describe('A wait point (W): true, a duration, or { reason, duration }.'),
    status: statusSchema.optional(),
    touchpoint: id('The touchpoint this action is, or happens at.').optional(),
    decide: decideSchema.optional(),
    next: z
      .union([nextItemSchema, z.array(nextItemSchema)])
      .optional()
      .describe('Flows out of here: an id, a list of ids, or { to, kind, label } objects.'),
    note: textSchema.optional().describe('A free note.'),
  })
  .meta({
    id: 'Action',
    description: 'An action: { text, actor, department, duration, cost, fail, wait, … }.',
  });

const cellItemSchema = z.union([z.string(), actionSchema, localizedTextSchema]);
/** A lane cell: a text, an action object, or a list of them. */
export const cellSchema = z
  .union([z.string(), actionSchema, localizedTextSchema, z.array(cellItemSchema)])
  .meta({
    id: 'Cell',
    description: 'A lane cell: a text (short form), an action object, or a list of them.',
  });

const evidenceObjectSchema = z.strictObject({
  id: id('Optional; defaults to <step>.evidence (then <step>.evidence.2, …).').optional(),
  text: textSchema.describe('What the customer sees or touches.'),
  touchpoint: id('The touchpoint this evidence belongs to.').optional(),
  status: statusSchema.optional(),
});
const evidenceItemSchema = z.union([z.string(), evidenceObjectSchema, localizedTextSchema]);

/** A step: a column of the blueprint; each declared lane id is a key holding that lane's cell. */
export const stepSchema = z
  .object({
    id: id('The step id, unique in the blueprint.'),
    name: textSchema.optional().describe('Optional; defaults to the customer action’s text.'),
    evidence: z
      .union([z.string(), evidenceObjectSchema, localizedTextSchema, z.array(evidenceItemSchema)])
      .optional()
      .describe('Physical evidence: a text, { text, touchpoint, status }, or a list of them.'),
    decide: decideSchema.optional().describe('A decision taken by the step’s customer action.'),
  })
  .catchall(cellSchema)
  .meta({
    id: 'Step',
    description: 'A step: id, name, evidence, decide, and one key per lane (customer, frontstage, …).',
  });

const stageSchema = z.strictObject({
  id: id('The stage id.'),
  name: textSchema.optional().describe('Optional; defaults to the id.'),
  steps: z.array(stepSchema).optional().describe('Steps in time order.'),
});

const zoneSchema = z.enum(['frontstage', 'backstage', 'support']);
const laneSchema = z.union([
  z.enum(LANE_ROLES as [string, ...string[]]).describe('A method lane, by role.'),
  z.strictObject({
    role: z
      .enum(LANE_ROLES as [string, ...string[]])
      .optional()
      .describe('A method lane to rename (its id is the role).'),
    id: id('A custom lane id.').optional(),
    name: textSchema.optional(),
    zone: zoneSchema
      .optional()
      .describe('For a custom lane: frontstage, backstage or support (default support).'),
  }),
]);

const flowSchema = z.strictObject({
  from: ref('An action id, or a step id.'),
  to: ref('An action id, or a step id.'),
  kind: flowKindSchema.optional(),
  label: textSchema.optional(),
});

const blueprintSchema = z.strictObject({
  number: z.string().optional().describe('The blueprint number, e.g. BP-PM-001.'),
  version: z.string().optional().describe('The revision, e.g. A/0.'),
  status: z
    .enum(['draft', 'in_review', 'approved'])
    .optional()
    .describe('draft (default), in_review or approved.'),
  title: textSchema.optional(),
  lanes: z
    .array(laneSchema)
    .optional()
    .describe('Lanes in method order; default evidence, customer, frontstage, backstage, support.'),
  'auto-flows': z.boolean().optional().describe('Derive sequence flows from the layout (default true).'),
  flows: z.array(flowSchema).optional().describe('Flows written by hand.'),
});

const touchpointSchema = z.strictObject({
  id: id('The touchpoint id: blueprint actions, journey steps, surveys and metrics point at it.'),
  name: textSchema,
  channel: z.enum(CHANNELS as [string, ...string[]]).optional(),
  description: textSchema.optional(),
  traffic: z.number().min(0).optional().describe('Interactions per period.'),
  complaints: z.number().min(0).optional().describe('Complaints per period.'),
});

const journeyStepSchema = z.union([
  id('Short form: just the touchpoint id.'),
  z.strictObject({
    touchpoint: id('The touchpoint of this step.'),
    channel: z
      .enum(CHANNELS as [string, ...string[]])
      .optional()
      .describe('Defaults to the touchpoint’s channel.'),
    doing: textSchema.optional(),
    thinking: textSchema.optional(),
    feeling: textSchema.optional(),
    emotion: z.number().min(-5).max(5).optional().describe('Designed emotion, −5 … +5.'),
    pains: texts('Pain points.').optional(),
    opportunities: texts('Opportunities.').optional(),
  }),
]);

const journeySchema = z.strictObject({
  id: id('The journey id.'),
  name: textSchema,
  persona: id('The persona whose journey this is.').optional(),
  variant: z.enum(['as_is', 'to_be']).optional().describe('as_is (default) or to_be.'),
  'based-on': id('For a to-be journey: the as-is journey it redesigns.').optional(),
  stages: z
    .array(
      z.strictObject({
        id: id('The stage id (may reuse a blueprint stage id).'),
        name: textSchema
          .optional()
          .describe('Optional; defaults to the blueprint stage’s name, else the id.'),
        steps: z.array(journeyStepSchema).optional(),
      }),
    )
    .optional(),
});

const personaSchema = z.strictObject({
  id: id('The persona id.'),
  name: textSchema,
  description: textSchema.optional(),
  goals: texts('Goals.').optional(),
  needs: texts('Needs.').optional(),
  frustrations: texts('Frustrations.').optional(),
});

const scoreSchema = (what: string) => z.number().int().min(1).max(5).describe(what);
const stakeholderSchema = z.strictObject({
  id: id('The stakeholder id.'),
  name: textSchema,
  role: textSchema.optional(),
  interest: scoreSchema('Interest, 1 (low) … 5 (high).'),
  influence: scoreSchema('Influence, 1 (low) … 5 (high).'),
  relations: z
    .array(
      z.strictObject({
        to: id('The other stakeholder.'),
        kind: z.enum(['reports_to', 'collaborates', 'serves', 'supplies', 'regulates', 'conflicts']),
        label: textSchema.optional(),
      }),
    )
    .optional(),
});

const serviceSchema = z.strictObject({
  id: id('The service id.'),
  name: textSchema,
  description: textSchema.optional(),
  customers: textSchema.optional().describe('The target customers.'),
  expectations: texts('What the customers expect (blueprinting step 2).').optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe('ISO 4217 code for action costs, e.g. CNY.'),
});

/**
 * The whole service file as written (format 1), short forms included. When changing it, change the happy-path
 * check in fast-shape.ts to match (fast-shape.test.ts compares the two on generated and mutated files).
 */
export const serviceFileSchema = z
  .strictObject({
    frontstage: z.number().int().min(1).describe('The format version: 1.'),
    service: serviceSchema,
    blueprint: blueprintSchema.optional(),
    stages: z
      .array(stageSchema)
      .optional()
      .describe('The blueprint’s time axis: stages → steps → lane cells.'),
    touchpoints: z.array(touchpointSchema).optional(),
    journeys: z.array(journeySchema).optional(),
    personas: z.array(personaSchema).optional(),
    stakeholders: z.array(stakeholderSchema).optional(),
  })
  .describe('A Frontstage service file (*.service.yaml).');

/** The service file as written, after schema validation. */
export type RawServiceFile = z.infer<typeof serviceFileSchema>;
/** A step as written. */
export type RawStep = z.infer<typeof stepSchema>;
/** An action object as written. */
export type RawAction = z.infer<typeof actionSchema>;
/** A cell as written. */
export type RawCell = z.infer<typeof cellSchema>;
/** A decide as written. */
export type RawDecide = z.infer<typeof decideSchema>;
