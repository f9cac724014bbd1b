/**
 * @frontstage/model: the domain records, the YAML service-file format (parse, format, JSON Schema, migrations),
 * method lint rules, derived facts (inspect), diffs and a synthetic-blueprint generator. Pure: no I/O.
 */
export { assertNever } from './assert-never.js';
export { BRANCH_LABELS, DEFAULT_LANE_NAMES } from './defaults.js';
export { diagnostic, hasErrors, sortDiagnostics } from './diagnostic.js';
export {
  type ChangeKind,
  DIFF_SUBJECTS,
  type DiffSubject,
  diffServiceModels,
  type FieldChange,
  type ModelChange,
  type ServiceDiff,
} from './diff.js';
export { formatDuration, parseDuration } from './duration.js';
export { editDistance, nearest } from './edit-distance.js';
export { formatServiceFile } from './format.js';
export { type GenerateOptions, generateServiceFile, generateServiceModel } from './generate.js';
export { acyclicEdges, type Edge, longestPath } from './graph.js';
export {
  type DepartmentHandoff,
  inspectServiceModel,
  type LineCrossing,
  type ServiceInspection,
} from './inspect.js';
export { serviceFileJsonSchema } from './json-schema.js';
export { type BlueprintIndex, indexBlueprint, laneZone, linesBetween, ROLE_RANK } from './lanes.js';
export { type LintContext, type LintRule, lintContext } from './lint/rule.js';
export { LINT_RULES, lintServiceModel } from './lint.js';
export { MESSAGES, type MessageCode, type MessageEntry, type MessageParams } from './messages.js';
export {
  MIGRATIONS,
  type Migration,
  type MigrationResult,
  migrateServiceData,
  type RawData,
} from './migrations.js';
export { MAX_DIAGNOSTICS, type ParseOptions, type ParseResult, parseServiceFile } from './parse.js';
export { type Random, seededRandom } from './random.js';
export { ID_PATTERN, type RawServiceFile, REF_PATTERN, serviceFileSchema } from './raw-schema.js';
export { hasCjk, isLocalizedText, textEquals, textIn, textLike, textLocales } from './text.js';
export {
  type Action,
  type Blueprint,
  type BlueprintStatus,
  CHANNELS,
  type Channel,
  type Decision,
  type Diagnostic,
  EMOTION_MAX,
  EMOTION_MIN,
  type Emotion,
  type EvidenceItem,
  type EvidenceStatus,
  type FailPoint,
  type Flow,
  type FlowKind,
  FORMAT_VERSION,
  type FormatVersion,
  type Id,
  type Journey,
  type JourneyStage,
  type JourneyStep,
  type JourneyVariant,
  LANE_ROLES,
  type Lane,
  type LaneRole,
  LINE_KINDS,
  type LineKind,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Persona,
  type RelationKind,
  type Service,
  type ServiceModel,
  type Severity,
  type SourceLocation,
  type Stage,
  type Stakeholder,
  type StakeholderRelation,
  type Step,
  type Text,
  type Touchpoint,
  type WaitPoint,
} from './types.js';
export { validateServiceFile } from './validate.js';
export { MAX_ALIAS_VALUES, MAX_DEPTH, MAX_SOURCE_LENGTH } from './yaml-source.js';
