/**
 * The normalized service model: what every layer (lint, inspect, diff, render, metrics, store, web) reads.
 * The YAML service file (`*.service.yaml`) has short forms; the parser expands them into these records,
 * so consumers never see a short form. All records are immutable.
 */

/** The two languages every user-facing string and template ships in. */
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A label in one or both languages. */
export type LocalizedText = { readonly 'zh-CN'?: string; readonly en?: string };

/**
 * A label: a plain string (one language, as written) or a `{ zh-CN, en }` pair.
 * Kept as written so that formatting a parsed file gives the file back.
 */
export type Text = string | LocalizedText;

/** Stable identifier: lowercase letters, digits, `-` and `_`, starting with a letter (`[a-z][a-z0-9_-]*`). */
export type Id = string;

/** Where a record was written: 1-based line and column in the service file, and the YAML path to it. */
export interface SourceLocation {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly path: readonly (string | number)[];
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about a service file: a parse or schema error, or a method lint warning.
 * `code` is stable (e.g. `FS101`, `BP201`) so tools and docs can refer to it; message and hint are bilingual.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: LocalizedText;
  /** How to fix it. */
  readonly hint?: LocalizedText;
  readonly location?: SourceLocation;
}

export type BlueprintStatus = 'draft' | 'in_review' | 'approved';
export type EvidenceStatus = 'observed' | 'assumed' | 'proposed';

/** The five method lanes in method order, then custom lanes. */
export type LaneRole = 'evidence' | 'customer' | 'frontstage' | 'backstage' | 'support';
export const LANE_ROLES: readonly LaneRole[] = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

/**
 * A swimlane. Method lanes have `kind: 'role'`; a custom lane (e.g. IT systems) sits in the zone of a role,
 * which decides on which side of the three lines it falls.
 */
export type Lane =
  | { readonly kind: 'role'; readonly id: Id; readonly role: LaneRole; readonly name: Text }
  | {
      readonly kind: 'custom';
      readonly id: Id;
      readonly zone: Exclude<LaneRole, 'evidence' | 'customer'>;
      readonly name: Text;
    };

/**
 * The three lines, derived from lane roles, never drawn by hand:
 * interaction (customer | frontstage), visibility (frontstage | backstage),
 * internal interaction (backstage | support).
 */
export type LineKind = 'interaction' | 'visibility' | 'internal_interaction';
export const LINE_KINDS: readonly LineKind[] = ['interaction', 'visibility', 'internal_interaction'];

export interface Stage {
  readonly id: Id;
  readonly name: Text;
  /** Step ids in time order. */
  readonly steps: readonly Id[];
  readonly location?: SourceLocation;
}

/** A column of the blueprint, in time order across all stages. */
export interface Step {
  readonly id: Id;
  readonly stage: Id;
  /** 0-based position in time order across the whole blueprint. */
  readonly index: number;
  readonly name?: Text;
  readonly location?: SourceLocation;
}

/** A fail point: where the service is likely to go wrong (F marker). */
export interface FailPoint {
  readonly reason?: Text;
}

/** A wait point: where the customer waits (W marker). Duration in minutes when known. */
export interface WaitPoint {
  readonly reason?: Text;
  readonly minutes?: number;
}

/** A decision taken at an action; its branches are the outgoing flows of kind `branch`. */
export interface Decision {
  readonly question: Text;
}

/** One action in a lane × step cell. A cell may hold several. */
export interface Action {
  readonly id: Id;
  readonly lane: Id;
  readonly step: Id;
  readonly text: Text;
  readonly actor?: Text;
  readonly department?: Text;
  /** Minutes. */
  readonly minutes?: number;
  /** In the service's currency. */
  readonly cost?: number;
  readonly fail?: FailPoint;
  readonly wait?: WaitPoint;
  readonly status: EvidenceStatus;
  /** The touchpoint this action is, or happens at. */
  readonly touchpoint?: Id;
  readonly decision?: Decision;
  readonly note?: Text;
  readonly location?: SourceLocation;
}

/**
 * A physical evidence item shown in the evidence lane of a step. Evidence is what the customer sees and
 * touches (a hotline, a work order, an invoice), not something anybody does, so it is not an Action.
 */
export interface EvidenceItem {
  readonly id: Id;
  readonly step: Id;
  readonly text: Text;
  readonly touchpoint?: Id;
  readonly status: EvidenceStatus;
  readonly location?: SourceLocation;
}

/**
 * `sequence`: the next thing that happens; `branch`: one labelled outcome of a decision;
 * `loop`: back to an earlier step; `recovery`: what happens after a fail point.
 */
export type FlowKind = 'sequence' | 'branch' | 'loop' | 'recovery';

export interface Flow {
  /** `${from}->${to}`, unique. */
  readonly id: Id;
  readonly kind: FlowKind;
  readonly from: Id;
  readonly to: Id;
  readonly label?: Text;
  /** True when the parser derived it from the layout (auto flows) rather than the author writing it. */
  readonly derived: boolean;
  readonly location?: SourceLocation;
}

export interface Blueprint {
  readonly number?: string;
  readonly version?: string;
  readonly status: BlueprintStatus;
  readonly title?: Text;
  /** Lanes top to bottom: evidence, customer, frontstage, backstage, support, custom lanes in their zones. */
  readonly lanes: readonly Lane[];
  readonly stages: readonly Stage[];
  /** All steps in time order. */
  readonly steps: readonly Step[];
  readonly actions: readonly Action[];
  readonly evidence: readonly EvidenceItem[];
  readonly flows: readonly Flow[];
  /** Whether sequence flows were derived from the layout (the default short form). */
  readonly autoFlows: boolean;
}

export type Channel =
  | 'in_person'
  | 'phone'
  | 'web'
  | 'app'
  | 'email'
  | 'sms'
  | 'chat'
  | 'mail'
  | 'kiosk'
  | 'social'
  | 'self_service'
  | 'other';
export const CHANNELS: readonly Channel[] = [
  'in_person',
  'phone',
  'web',
  'app',
  'email',
  'sms',
  'chat',
  'mail',
  'kiosk',
  'social',
  'self_service',
  'other',
];

/** The hinge of the system: blueprint actions, journey steps, survey questions, metrics and alerts point here. */
export interface Touchpoint {
  readonly id: Id;
  readonly name: Text;
  readonly channel?: Channel;
  readonly description?: Text;
  /** Interactions per period, when known (for `high_frequency` moments of truth). */
  readonly traffic?: number;
  /** Complaints per period, when known (for `complaint` moments of truth). */
  readonly complaints?: number;
  /** True when not declared under `touchpoints:` but only referenced by an action or journey step. */
  readonly implicit: boolean;
  readonly location?: SourceLocation;
}

export type JourneyVariant = 'as_is' | 'to_be';

/** Emotion on the designed scale −5 (very negative) … +5 (very positive). */
export type Emotion = number;
export const EMOTION_MIN = -5;
export const EMOTION_MAX = 5;

export interface JourneyStep {
  readonly touchpoint: Id;
  readonly channel?: Channel;
  readonly doing?: Text;
  readonly thinking?: Text;
  readonly feeling?: Text;
  readonly emotion?: Emotion;
  readonly painPoints: readonly Text[];
  readonly opportunities: readonly Text[];
  readonly location?: SourceLocation;
}

export interface JourneyStage {
  readonly id: Id;
  readonly name: Text;
  readonly steps: readonly JourneyStep[];
  readonly location?: SourceLocation;
}

export interface Journey {
  readonly id: Id;
  readonly name: Text;
  readonly persona?: Id;
  readonly variant: JourneyVariant;
  /** For a to-be journey: the as-is journey it redesigns. */
  readonly basedOn?: Id;
  readonly stages: readonly JourneyStage[];
  readonly location?: SourceLocation;
}

export interface Persona {
  readonly id: Id;
  readonly name: Text;
  readonly description?: Text;
  readonly goals: readonly Text[];
  readonly needs: readonly Text[];
  readonly frustrations: readonly Text[];
  readonly location?: SourceLocation;
}

export type RelationKind = 'reports_to' | 'collaborates' | 'serves' | 'supplies' | 'regulates' | 'conflicts';

export interface StakeholderRelation {
  readonly to: Id;
  readonly kind: RelationKind;
  readonly label?: Text;
}

/** Interest and influence on 1 (low) … 5 (high): the power–interest grid. */
export interface Stakeholder {
  readonly id: Id;
  readonly name: Text;
  readonly role?: Text;
  readonly interest: number;
  readonly influence: number;
  readonly relations: readonly StakeholderRelation[];
  readonly location?: SourceLocation;
}

export interface Service {
  readonly id: Id;
  readonly name: Text;
  readonly description?: Text;
  /** Target customers. */
  readonly customers?: Text;
  /** What those customers expect (blueprinting step 2). */
  readonly expectations: readonly Text[];
  /** ISO 4217 code for action costs, e.g. `CNY`. */
  readonly currency?: string;
}

/** Format version of the service file. Older versions are migrated on read. */
export type FormatVersion = 1;
export const FORMAT_VERSION: FormatVersion = 1;

/** One parsed `*.service.yaml`: a service with its blueprint, journeys, touchpoints, people. */
export interface ServiceModel {
  readonly format: FormatVersion;
  readonly service: Service;
  readonly blueprint?: Blueprint;
  readonly touchpoints: readonly Touchpoint[];
  readonly journeys: readonly Journey[];
  readonly personas: readonly Persona[];
  readonly stakeholders: readonly Stakeholder[];
}
