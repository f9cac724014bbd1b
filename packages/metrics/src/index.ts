/**
 * @frontstage/metrics — statistical methods of service design over mergeable summaries.
 * Pure: no I/O, no clock. Errors: see `errors.ts` (contract violations throw `MetricsError` with a literal
 * `code`; insufficient data returns results with NaN estimates and the n used).
 */

export type { CesResult } from './ces.js';
export { ces } from './ces.js';
// Co-moments, eigen, relative weights, key drivers
export type { CoMoments, CorrelationSummary, MissingHandling } from './comoments.js';
export {
  addCoMomentRow,
  addCoMomentRows,
  correlations,
  emptyCoMoments,
  mergeCoMoments,
} from './comoments.js';
// Before/after
export type {
  BeforeAfterResult,
  ComparableMetric,
  CompareOptions,
  ComparisonTest,
  Verdict,
} from './compare-before-after.js';
export { COMPARABLE_METRIC_LABELS, compareBeforeAfter, VERDICT_LABELS } from './compare-before-after.js';
export type { CsatResult, TopBoxResult } from './csat.js';
export { csat, topBox } from './csat.js';
// Distributions
export {
  chiSquareCdf,
  chiSquareSurvival,
  gammaP,
  gammaQ,
  incompleteBeta,
  lnGamma,
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from './distributions.js';
export type { SymmetricEigen } from './eigen.js';
export { symmetricEigen } from './eigen.js';
export type { MetricsErrorCode } from './errors.js';
export { assertNever, MetricsError } from './errors.js';
// Five-gap model
export type {
  FiveGapsOptions,
  FiveGapsResult,
  GapAssessment,
  GapDefinition,
  GapId,
  GapItem,
  GapScore,
} from './five-gaps.js';
export { fiveGaps, GAP_ASSESSMENT_ITEMS, GAP_DEFINITIONS, GAP_IDS } from './five-gaps.js';
// Score histogram (mergeable summary)
export type {
  ExclusionReason,
  Exclusions,
  HistogramMoments,
  ScoreHistogram,
  ScoreHistogramBuilder,
  ScoreScale,
} from './histogram.js';
export {
  addInto,
  addScore,
  addScores,
  CES_SCALE,
  CSAT_SCALE,
  checkScale,
  classifyScore,
  countBetween,
  EXCLUSION_REASON_LABELS,
  EXCLUSION_REASONS,
  emptyHistogram,
  histogramBuilder,
  histogramFromCounts,
  histogramMoments,
  mergeAllHistograms,
  mergeExclusions,
  mergeHistograms,
  mergeInto,
  NO_EXCLUSIONS,
  NPS_SCALE,
  scalePoints,
  snapshotHistogram,
  totalExcluded,
} from './histogram.js';
// Idea scoring and screening
export type {
  Idea,
  IdeaCriterion,
  IdeaCriterionDefinition,
  IdeaCriterionGroup,
  IdeaScoringOptions,
  IdeaScoringResult,
  IdeaWeights,
  ScoredIdea,
  ScreeningCell,
  ScreeningMark,
} from './idea-scoring.js';
export {
  IDEA_CRITERIA,
  IDEA_CRITERION_GROUP_LABELS,
  SCREENING_MARK_LABELS,
  scoreIdeas,
} from './idea-scoring.js';
export type { Interval, IntervalMethod } from './interval.js';
export { wilsonInterval, zCritical } from './interval.js';
export type { IpaItem, IpaOptions, IpaQuadrant, IpaResult } from './ipa.js';
export { IPA_QUADRANT_LABELS, ipa } from './ipa.js';
export type {
  KanoCategory,
  KanoCategoryCounts,
  KanoContinuous,
  KanoFeature,
  KanoOptions,
  KanoPriority,
  KanoResult,
} from './kano.js';
export {
  KANO_CATEGORIES,
  KANO_CATEGORY_LABELS,
  KANO_DYSFUNCTIONAL_SCORES,
  KANO_EVALUATION_TABLE,
  KANO_FUNCTIONAL_SCORES,
  kano,
  kanoAxisMean,
  kanoCategory,
  kanoCategoryCounts,
  kanoContinuous,
  prioritizeKano,
} from './kano.js';
// KANO
export type { KanoAnswer, KanoExclusions, KanoPairCounts } from './kano-counts.js';
export {
  addKanoPair,
  addKanoPairs,
  emptyKanoCounts,
  KANO_ANSWERS,
  kanoAnswerIndex,
  kanoCountsFromMatrix,
  mergeKanoCounts,
} from './kano-counts.js';
export { KANO_ANSWER_LABELS, KANO_QUESTION_TEMPLATE, kanoQuestions } from './kano-template.js';
export type { Bilingual } from './labels.js';
// Market damage (TARP)
export type { MarketDamageInputs, MarketDamageRates, MarketDamageResult } from './market-damage.js';
export { DEFAULT_MARKET_DAMAGE_RATES, marketDamage } from './market-damage.js';
// Moments of truth
export type {
  MomentOfTruth,
  MomentsOfTruthResult,
  MotClass,
  MotPolarity,
  MotReason,
  MotSettings,
  MotStrategy,
  MotTouchpoint,
} from './moments-of-truth.js';
export {
  DEFAULT_MOT_SETTINGS,
  MOT_CLASS_LABELS,
  MOT_CLASSES,
  MOT_POLARITY_LABELS,
  MOT_STRATEGIES,
  MOT_STRATEGY_LABELS,
  momentsOfTruth,
} from './moments-of-truth.js';
// NPS, CSAT, CES, rating means
export type { NpsDifference, NpsGroup, NpsIntervalMethod, NpsOptions, NpsResult } from './nps.js';
export { NPS_GROUP_LABELS, nps, npsCounts, npsDifference, npsGroup } from './nps.js';
// Peak-end, IPA
export type { PeakDefinition, PeakEndResult } from './peak-end.js';
export { PEAK_DEFINITION_LABELS, peakEnd } from './peak-end.js';
export type { RatingMeanResult } from './rating-mean.js';
export { ratingMean } from './rating-mean.js';
export type { KeyDriversResult, RelativeWeightsResult } from './relative-weights.js';
export { keyDrivers, relativeWeights } from './relative-weights.js';
export type {
  MeanEstimate,
  ServqualDimensionResult,
  ServqualItemResult,
  ServqualResult,
} from './servqual.js';
export { SERVQUAL_DIMENSION_LABELS, servqual, servqualScores } from './servqual.js';
export type { ServqualItem } from './servqual-instrument.js';
export {
  SERVQUAL_DIMENSION_DESCRIPTIONS,
  SERVQUAL_INSTRUCTIONS,
  SERVQUAL_ITEMS,
  withCompany,
} from './servqual-instrument.js';
// SERVQUAL
export type {
  ScaledMoments,
  ServqualDimension,
  ServqualExclusions,
  ServqualItemSums,
  ServqualResponse,
  ServqualSums,
} from './servqual-sums.js';
export {
  addServqual,
  addServqualMany,
  emptyServqual,
  mergeServqual,
  SERVQUAL_DIMENSIONS,
  SERVQUAL_STANDARD_LAYOUT,
  servqualScales,
} from './servqual-sums.js';
