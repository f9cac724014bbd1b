/**
 * The analysis report: everything `analyze` found, as one plain object. `--json` prints it as is
 * (schema `frontstage.analyze/1`, documented field by field below); the terminal and HTML writers only format it.
 */
import { type Bilingual, type IpaQuadrant, type KanoResult, type MotClass, type MotPolarity, type MotStrategy } from '@frontstage/metrics';
import { type Collected, type Reason } from './collect.js';
import type { Role, ServiceInfo } from './mapping.js';
import { type Interval, type NpsStats, type Share } from './methods.js';
export declare const REPORT_SCHEMA = "frontstage.analyze/1";
/** One scored column (a touchpoint rating, CSAT, CES or NPS question). */
export interface TouchpointResult {
    readonly column: string;
    /** Touchpoint id (from the service file or mapping), or null. */
    readonly touchpoint: string | null;
    readonly role: Role;
    readonly scale: readonly [number, number];
    readonly n: number;
    readonly mean: number;
    readonly sd: number;
    /** 95 % t interval of the mean. */
    readonly ci: Interval;
    /** Top-2-box share on 1–5 scales (CSAT), Wilson interval. */
    readonly csat: Share | null;
    /** CES 2.0 on 1–7: top-3-box share (5–7). */
    readonly ces: Share | null;
    /** NPS on 0–10 (−100…100), adjusted-Wald interval. */
    readonly nps: NpsStats | null;
    /** Counts per scale point, from the scale minimum. */
    readonly histogram: readonly number[];
    readonly isOutcome: boolean;
}
export interface Exclusion {
    readonly column: string;
    readonly reason: Reason;
    readonly count: number;
}
export interface DriverResult {
    readonly column: string;
    readonly touchpoint: string | null;
    /** Raw relative weight (sums to R² over drivers). */
    readonly weight: number;
    /** Share of R² (sums to 1). */
    readonly share: number;
    readonly rank: number;
    /** Zero-order (point-biserial for a two-label outcome) correlation with the outcome, and its pairwise n. */
    readonly r: number;
    readonly n: number;
}
export interface IpaItem {
    readonly column: string;
    readonly touchpoint: string | null;
    readonly importance: number;
    /** Mean on the 0–1 position of its scale ((mean − min)/(max − min)), so mixed scales compare. */
    readonly performance: number;
    readonly quadrant: IpaQuadrant;
}
export interface MomentOfTruth {
    readonly column: string;
    readonly touchpoint: string | null;
    readonly classes: readonly MotClass[];
    readonly polarity: MotPolarity;
    readonly strategies: readonly MotStrategy[];
    /** One sentence per class saying why the touchpoint earned it, in both languages. */
    readonly why: readonly Bilingual[];
}
export interface PeakEnd {
    /**
     * Definition used (metrics `peakEnd`, `absolute`): the peak is the most intense moment, the scale position
     * farthest from the scale midpoint.
     */
    readonly definition: 'most_intense_vs_scale_midpoint';
    readonly order: 'service_journey' | 'column_order';
    readonly sequence: readonly {
        readonly column: string;
        readonly position: number;
    }[];
    readonly peak: {
        readonly column: string;
        readonly position: number;
    };
    readonly end: {
        readonly column: string;
        readonly position: number;
    };
    /** (peak + end) / 2 on the 0–1 scale position (Fredrickson & Kahneman 1993). */
    readonly remembered: number;
    /** Plain mean of the sequence, for comparison. */
    readonly journeyMean: number;
}
export interface SegmentComparison {
    readonly by: string;
    readonly levels: readonly {
        readonly label: string;
        readonly n: number;
    }[];
    /** Test used: two levels → Welch t (means) and the NPS z test; more → each level against the other levels, Bonferroni-adjusted. */
    readonly test: 'two_levels' | 'level_vs_rest_bonferroni';
    readonly items: readonly {
        readonly column: string;
        readonly levels: readonly {
            readonly label: string;
            readonly n: number;
            readonly mean: number;
            readonly ci: Interval;
            readonly nps: number | null;
            /** Difference to the other level(s) and its p-value (adjusted). */
            readonly difference: number;
            readonly p: number;
            readonly significant: boolean;
        }[];
    }[];
}
export interface AnalyzeReport {
    readonly schema: typeof REPORT_SCHEMA;
    readonly file: {
        readonly path: string;
        readonly format: 'csv' | 'xlsx';
        readonly delimiter: string | null;
        readonly bytes: number;
    };
    readonly rows: {
        readonly read: number;
        readonly short: number;
        readonly long: number;
    };
    /** The cleaning rules applied, in words (the N/A rule, NA tokens, labels), in both languages. */
    readonly rules: readonly Bilingual[];
    readonly columns: readonly {
        readonly column: string;
        readonly role: Role;
        readonly scale: readonly [number, number] | null;
        readonly notApplicable: readonly number[];
        readonly touchpoint: string | null;
        readonly why: string | null;
        readonly excluded: Partial<Record<Reason, number>>;
    }[];
    /** Every non-zero exclusion count, by column and reason. */
    readonly exclusions: readonly Exclusion[];
    readonly touchpoints: readonly TouchpointResult[];
    readonly numbers: readonly {
        readonly column: string;
        readonly n: number;
        readonly mean: number;
        readonly sd: number;
        readonly min: number;
        readonly max: number;
    }[];
    readonly segments: readonly {
        readonly column: string;
        readonly levels: readonly {
            readonly label: string;
            readonly n: number;
        }[];
        readonly excluded: Partial<Record<Reason, number>>;
    }[];
    readonly outcome: {
        readonly column: string;
        readonly kind: 'binary' | 'score';
        readonly positive: readonly string[] | null;
        readonly n: number;
        /** Share of positive labels (binary) or the mean (score). */
        readonly value: number;
    } | null;
    readonly drivers: {
        readonly method: 'relative_weights';
        readonly outcome: string;
        readonly r2: number;
        readonly items: readonly DriverResult[];
    } | null;
    readonly ipa: {
        readonly crosshair: {
            readonly importance: number;
            readonly performance: number;
        };
        readonly items: readonly IpaItem[];
    } | null;
    readonly momentsOfTruth: readonly MomentOfTruth[];
    readonly peakEnd: PeakEnd | null;
    readonly kano: readonly ({
        readonly feature: string;
    } & KanoResult)[];
    readonly servqual: {
        readonly items: readonly {
            readonly item: number;
            readonly dimension: string;
            readonly n: number;
            readonly expectation: number;
            readonly perception: number;
            readonly gap: number;
            readonly gapCi: Interval;
        }[];
        readonly dimensions: readonly {
            readonly id: string;
            readonly gap: number;
            readonly items: number;
        }[];
        /** Mean of the dimension gaps present, with its interval over complete respondents. */
        readonly unweighted: number;
        readonly unweightedCi: Interval;
        readonly respondents: number;
    } | null;
    readonly comparison: SegmentComparison | null;
}
/** Builds the report from the collected summaries. */
export declare function buildReport(c: Collected, file: AnalyzeReport['file'], service: ServiceInfo | undefined): AnalyzeReport;
//# sourceMappingURL=report.d.ts.map