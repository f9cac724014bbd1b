/**
 * Column mapping: what each column of a survey export means. Suggested from the headers and a sample of values,
 * or read from a mapping file (`--map mapping.yaml`, format in docs: see {@link MAPPING_FORMAT_DOC}).
 */
export declare const ROLES: readonly ["nps", "csat", "ces", "rating", "number", "segment", "outcome", "ignore", "kano_functional", "kano_dysfunctional", "servqual_expectation", "servqual_perception"];
export type Role = (typeof ROLES)[number];
/** Roles whose values are integer points on a scale, counted into histograms. */
export declare const SCORED_ROLES: ReadonlySet<Role>;
export interface ColumnSpec {
    /** The header as written in the file. */
    readonly column: string;
    readonly role: Role;
    /** Inclusive scale of a scored column. */
    readonly scale?: readonly [number, number];
    /** Values that mean "not applicable" (excluded and counted, never scored). */
    readonly notApplicable?: readonly number[];
    /** Touchpoint id this column measures (from the service file or the mapping). */
    readonly touchpoint?: string;
    /** KANO feature id (both questions of a pair share it). */
    readonly feature?: string;
    /** SERVQUAL item 1–22. */
    readonly item?: number;
    /** Outcome labels that count as 1 (the others count as 0). */
    readonly positive?: readonly string[];
    /** Why the suggestion chose this role (not read from mapping files). */
    readonly why?: string;
}
export interface Mapping {
    readonly columns: readonly ColumnSpec[];
    /** Column holding the outcome for key drivers (a rating or a two-label column). */
    readonly outcome?: string;
    /** Text values that mean "no answer" in any column (compared case-insensitively after trimming). */
    readonly naTokens: readonly string[];
}
export declare const DEFAULT_NA_TOKENS: readonly string[];
/** The touchpoints a service file offers for matching, in journey order. */
export interface ServiceInfo {
    readonly touchpoints: readonly {
        readonly id: string;
        readonly names: readonly string[];
        /** Interactions per period and complaints per period, when the service file gives them. */
        readonly traffic?: number;
        readonly complaints?: number;
    }[];
    /** Touchpoint ids in journey order (first journey, then any others not yet listed). */
    readonly journeyOrder: readonly string[];
}
/** What the sample showed about one column. */
export interface ColumnSample {
    nonEmpty: number;
    numeric: number;
    integers: number;
    naTokens: number;
    min: number;
    max: number;
    distinctNumbers: Set<number>;
    labels: Map<string, string>;
}
export declare function emptySample(): ColumnSample;
/** Trims, collapses inner whitespace (including full-width spaces). The display form of a label. */
export declare function displayLabel(s: string): string;
/** The matching key of a label: display form, case-folded and NFKC-normalised. */
export declare function labelKey(s: string): string;
/** Normalises an identifier for matching: lower case, runs of non-letters/digits → `_`. */
export declare function identKey(s: string): string;
export declare function addSampleValue(sample: ColumnSample, raw: string, naKeys: ReadonlySet<string>): void;
/** Suggests the positive label(s) of a two-label outcome: the label that carries no negation. */
export declare function suggestPositive(labels: readonly string[]): string[];
/** Scale and N/A rule for a column of small integers, from observed values. */
export declare function detectScale(min: number, max: number): {
    scale: [number, number];
    notApplicable: number[];
};
/**
 * Suggests a mapping from headers and a sample of rows. Rules, in order: explicit name patterns
 * (NPS/recommend/推荐 → NPS 0–10; CES/effort/容易 → CES 1–7; CSAT/satisfaction/满意 → CSAT 1–5 when numeric,
 * outcome when text); KANO `<feature>_functional|_dysfunctional`, SERVQUAL `sq_e1`/`sq_p1`; `id` columns ignored;
 * integer columns within 0–10 → ratings (scale from the largest value: ≤5 → 1–5, ≤7 → 1–7, else 0–10;
 * on a 1–5 or 1–7 scale an observed 0 means "not applicable"); other numbers → number; text with at most
 * 30 distinct labels → segment; other text → ignore.
 */
export declare function suggestMapping(headers: readonly string[], samples: readonly ColumnSample[], _sampleRows: number, options?: {
    service?: ServiceInfo;
    outcome?: string;
    naTokens?: readonly string[];
}): Mapping;
/** The documented mapping-file format (also printed by `--print-map` as comments). */
export declare const MAPPING_FORMAT_DOC = "# frontstage analyze mapping (edit, then pass with --map FILE)\n# version: 1\n# outcome: <column>          outcome for key drivers: a rating, number or two-label column\n# naTokens: [NA, \"N/A\"]      text that means \"no answer\" in any column (case-insensitive)\n# columns:                   one entry per column header, in any order; unlisted columns are ignored\n#   <header>:\n#     role: nps | csat | ces | rating | number | segment | outcome | ignore |\n#           kano_functional | kano_dysfunctional | servqual_expectation | servqual_perception\n#     scale: [1, 5]          inclusive scale of scored roles (nps 0\u201310, csat 1\u20135, ces 1\u20137 by default)\n#     notApplicable: [0]     values meaning \"not applicable\": excluded and counted, never scored\n#     touchpoint: <id>       touchpoint id in the service file\n#     feature: <id>          KANO feature (pair a functional and a dysfunctional column)\n#     item: 1..22            SERVQUAL item (pair an expectation and a perception column)\n#     positive: [label]      outcome labels counted as 1 (others 0)\n";
/** Writes a mapping as YAML (the `--print-map` output). */
export declare function mappingToYaml(m: Mapping): Promise<string>;
export interface MappingError {
    readonly code: 'mapping_invalid';
    readonly file: string;
    readonly line?: number;
    readonly field: string;
    readonly message: string;
    readonly fix: string;
}
/**
 * Parses a mapping file against the file's headers. Errors name the file, line, field and the fix.
 * Headers not in the mapping are ignored (and reported as such).
 */
export declare function parseMapping(text: string, file: string, headers: readonly string[]): Promise<{
    ok: true;
    mapping: Mapping;
} | {
    ok: false;
    error: MappingError;
}>;
//# sourceMappingURL=mapping.d.ts.map