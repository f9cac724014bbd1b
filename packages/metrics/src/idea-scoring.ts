import { MetricsError } from './errors.js';
import { checkAxisScale, type ScoreScale } from './histogram.js';
import { type Bilingual, bi } from './labels.js';

/**
 * Criteria for screening improvement ideas: the three degrees (service professionalism, investment difficulty,
 * perceived customer satisfaction) and the peak-design principles (low cost, high perception, simple process,
 * easy to roll out).
 */
export type IdeaCriterion =
  | 'professionalism'
  | 'investment_difficulty'
  | 'perceived_satisfaction'
  | 'low_cost'
  | 'high_perception'
  | 'simple_process'
  | 'easy_rollout';

export type IdeaCriterionGroup = 'three_degrees' | 'peak_design';

export interface IdeaCriterionDefinition {
  readonly criterion: IdeaCriterion;
  readonly group: IdeaCriterionGroup;
  /** `lower`: a low score is better (investment difficulty). */
  readonly better: 'higher' | 'lower';
  readonly label: Bilingual;
}

export const IDEA_CRITERIA: readonly IdeaCriterionDefinition[] = [
  {
    criterion: 'professionalism',
    group: 'three_degrees',
    better: 'higher',
    label: bi('服务专业度', 'Service professionalism'),
  },
  {
    criterion: 'investment_difficulty',
    group: 'three_degrees',
    better: 'lower',
    label: bi('投入难度', 'Investment difficulty'),
  },
  {
    criterion: 'perceived_satisfaction',
    group: 'three_degrees',
    better: 'higher',
    label: bi('客户感知满意度', 'Perceived customer satisfaction'),
  },
  { criterion: 'low_cost', group: 'peak_design', better: 'higher', label: bi('低成本', 'Low cost') },
  {
    criterion: 'high_perception',
    group: 'peak_design',
    better: 'higher',
    label: bi('高感知', 'High perception'),
  },
  {
    criterion: 'simple_process',
    group: 'peak_design',
    better: 'higher',
    label: bi('流程简单', 'Simple process'),
  },
  {
    criterion: 'easy_rollout',
    group: 'peak_design',
    better: 'higher',
    label: bi('易于推广', 'Easy to roll out'),
  },
];

export const IDEA_CRITERION_GROUP_LABELS: Readonly<Record<IdeaCriterionGroup, Bilingual>> = {
  three_degrees: bi('三度评估', 'The three degrees'),
  peak_design: bi('峰值设计原则', 'Peak-design principles'),
};

/** Pugh comparison against the reference idea. */
export type ScreeningMark = '+' | '0' | '-';

export const SCREENING_MARK_LABELS: Readonly<Record<ScreeningMark, Bilingual>> = {
  '+': bi('优于参照方案', 'Better than the reference'),
  '0': bi('与参照方案相同', 'Same as the reference'),
  '-': bi('劣于参照方案', 'Worse than the reference'),
};

export interface Idea {
  readonly id: string;
  readonly label?: Bilingual;
  /** Scores on `options.scale` (default 1–5); a missing criterion is left out for that idea. */
  readonly scores: Partial<Record<IdeaCriterion, number>>;
}

export type IdeaWeights = Partial<Record<IdeaCriterion, number>>;

export interface IdeaScoringOptions {
  /** Idea to compare against (Pugh's datum). Default: the first idea. */
  readonly reference?: string;
  /** Default 1–5. */
  readonly scale?: ScoreScale;
}

export interface ScreeningCell {
  readonly criterion: IdeaCriterion;
  readonly ideaId: string;
  readonly value: number | null;
  /** null when either this idea or the reference lacks the score. */
  readonly mark: ScreeningMark | null;
}

export interface ScoredIdea {
  readonly id: string;
  readonly rank: number;
  /** Σ wᶜ·uᶜ / Σ wᶜ over the criteria it was scored on, u = value mapped to 0…1 with "lower is better" reversed. */
  readonly weightedScore: number;
  /** The same, restricted to the three degrees and to the peak-design principles. */
  readonly threeDegrees: number;
  readonly peakDesign: number;
  /** Pugh counts against the reference and the weighted total Σ wᶜ·(+1 | 0 | −1). */
  readonly plus: number;
  readonly same: number;
  readonly minus: number;
  readonly weightedNet: number;
  /** Criteria with no valid score for this idea (left out of its totals). */
  readonly missing: readonly IdeaCriterion[];
}

export interface IdeaScoringResult {
  readonly kind: 'idea_scoring';
  readonly reference: string;
  readonly weights: Readonly<Record<IdeaCriterion, number>>;
  /** Criteria × ideas, row-major in `IDEA_CRITERIA` order then idea input order. */
  readonly matrix: readonly (readonly ScreeningCell[])[];
  /** Ideas ranked by weighted score (then weighted Pugh total, then input order). */
  readonly ranked: readonly ScoredIdea[];
  readonly n: number;
}

/**
 * Scores and screens improvement ideas: a weighted scoring model (weights × normalized scores) and a Pugh
 * concept-screening matrix (Pugh 1991; Ulrich & Eppinger, Product Design and Development, ch. 8: +/0/−
 * against a reference concept, weighted totals). Weights default to 1; negative weights and unknown
 * reference ids throw `invalid_argument` / `unknown_id`.
 */
export function scoreIdeas(
  ideas: readonly Idea[],
  weights: IdeaWeights = {},
  options: IdeaScoringOptions = {},
): IdeaScoringResult {
  if (!ideas.length) throw new MetricsError('invalid_argument', 'no ideas to score', ['ideas']);
  const scale = checkAxisScale(options.scale ?? { min: 1, max: 5 });
  const w = Object.fromEntries(IDEA_CRITERIA.map((c) => [c.criterion, weights[c.criterion] ?? 1])) as Record<
    IdeaCriterion,
    number
  >;
  for (const [k, v] of Object.entries(w)) {
    if (!(v >= 0 && Number.isFinite(v)))
      throw new MetricsError('invalid_argument', `weight ${k} must be ≥ 0`, ['weights', k]);
  }
  const refId = options.reference ?? ideas[0]!.id;
  const ref = ideas.find((i) => i.id === refId);
  if (!ref) throw new MetricsError('unknown_id', `reference idea ${refId} not found`, ['reference']);
  const valid = (x: number | undefined): x is number =>
    typeof x === 'number' && x >= scale.min && x <= scale.max;
  const utility = (c: IdeaCriterionDefinition, x: number) => {
    const u = (x - scale.min) / (scale.max - scale.min);
    return c.better === 'lower' ? 1 - u : u;
  };
  const matrix = IDEA_CRITERIA.map((c) =>
    ideas.map((idea): ScreeningCell => {
      const x = idea.scores[c.criterion];
      const r = ref.scores[c.criterion];
      if (!valid(x)) return { criterion: c.criterion, ideaId: idea.id, value: null, mark: null };
      if (!valid(r)) return { criterion: c.criterion, ideaId: idea.id, value: x, mark: null };
      const d = utility(c, x) - utility(c, r);
      return { criterion: c.criterion, ideaId: idea.id, value: x, mark: d > 0 ? '+' : d < 0 ? '-' : '0' };
    }),
  );
  const scored = ideas.map((idea, i) => {
    let plus = 0;
    let same = 0;
    let minus = 0;
    let weightedNet = 0;
    const missing: IdeaCriterion[] = [];
    const acc = { all: [0, 0], three_degrees: [0, 0], peak_design: [0, 0] } as Record<
      string,
      [number, number]
    >;
    IDEA_CRITERIA.forEach((c, row) => {
      const cell = matrix[row]![i]!;
      if (cell.value === null) {
        missing.push(c.criterion);
        return;
      }
      const u = utility(c, cell.value);
      for (const key of ['all', c.group]) {
        acc[key]![0] += w[c.criterion] * u;
        acc[key]![1] += w[c.criterion];
      }
      if (cell.mark === '+') plus++;
      else if (cell.mark === '-') minus++;
      else if (cell.mark === '0') same++;
      weightedNet += w[c.criterion] * (cell.mark === '+' ? 1 : cell.mark === '-' ? -1 : 0);
    });
    const ratio = (k: string) => (acc[k]![1] > 0 ? acc[k]![0] / acc[k]![1] : Number.NaN);
    return {
      i,
      id: idea.id,
      weightedScore: ratio('all'),
      threeDegrees: ratio('three_degrees'),
      peakDesign: ratio('peak_design'),
      plus,
      same,
      minus,
      weightedNet,
      missing,
    };
  });
  const key = (x: number) => (Number.isNaN(x) ? Number.NEGATIVE_INFINITY : x);
  scored.sort(
    (a, b) => key(b.weightedScore) - key(a.weightedScore) || b.weightedNet - a.weightedNet || a.i - b.i,
  );
  return {
    kind: 'idea_scoring',
    reference: refId,
    weights: w,
    matrix,
    ranked: scored.map(({ i: _i, ...rest }, k) => ({ ...rest, rank: k + 1 })),
    n: ideas.length,
  };
}
