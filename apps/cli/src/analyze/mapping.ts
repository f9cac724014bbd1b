import { SERVQUAL_DIMENSIONS, type ServqualDimension } from '@frontstage/metrics';
import type { Text } from '@frontstage/model';

/**
 * Column mapping: what each column of a survey export means. Suggested from the headers and a sample of values,
 * or read from a mapping file (`--map mapping.yaml`, format in docs: see {@link MAPPING_FORMAT_DOC}).
 */

export const ROLES = [
  'nps',
  'csat',
  'ces',
  'rating',
  'number',
  'segment',
  'outcome',
  'ignore',
  'kano_functional',
  'kano_dysfunctional',
  'servqual_expectation',
  'servqual_perception',
  'servqual_points',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose values are integer points on a scale, counted into histograms. */
export const SCORED_ROLES: ReadonlySet<Role> = new Set([
  'nps',
  'csat',
  'ces',
  'rating',
  'kano_functional',
  'kano_dysfunctional',
  'servqual_expectation',
  'servqual_perception',
]);

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
  /** SERVQUAL dimension whose importance points (of 100, split over the five) the column holds. */
  readonly dimension?: ServqualDimension;
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

export const DEFAULT_NA_TOKENS: readonly string[] = ['NA', 'N/A', '#N/A', 'null', 'NaN', '-', '不适用', '无'];

/** The touchpoints a service file offers for matching, in journey order. */
export interface ServiceInfo {
  readonly touchpoints: readonly {
    readonly id: string;
    readonly names: readonly string[];
    /** The touchpoint's name as the service file writes it (a `{ zh-CN, en }` pair or a string), for display. */
    readonly name?: Text;
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

export function emptySample(): ColumnSample {
  return {
    nonEmpty: 0,
    numeric: 0,
    integers: 0,
    naTokens: 0,
    min: Number.POSITIVE_INFINITY,
    max: Number.NEGATIVE_INFINITY,
    distinctNumbers: new Set(),
    labels: new Map(),
  };
}

/** Trims, collapses inner whitespace (including full-width spaces). The display form of a label. */
export function displayLabel(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

/** The matching key of a label: display form, case-folded and NFKC-normalised. */
export function labelKey(s: string): string {
  return displayLabel(s).normalize('NFKC').toLowerCase();
}

/** Normalises an identifier for matching: lower case, runs of non-letters/digits → `_`. */
export function identKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

export function addSampleValue(sample: ColumnSample, raw: string, naKeys: ReadonlySet<string>): void {
  // Fast path for the common cell, plain ASCII digits: it is its own display form and key, and an integer.
  const len = raw.length;
  if (len > 0 && len <= 15) {
    let k = 0;
    while (k < len) {
      const c = raw.charCodeAt(k);
      if (c < 0x30 || c > 0x39) break;
      k++;
    }
    if (k === len && !naKeys.has(raw)) {
      const num = Number(raw);
      sample.nonEmpty++;
      sample.numeric++;
      sample.integers++;
      if (num < sample.min) sample.min = num;
      if (num > sample.max) sample.max = num;
      if (sample.distinctNumbers.size <= 64) sample.distinctNumbers.add(num);
      return;
    }
  }
  const v = displayLabel(raw);
  if (v === '') return;
  sample.nonEmpty++;
  if (naKeys.has(labelKey(v))) {
    sample.naTokens++;
    return;
  }
  const num = Number(v);
  if (Number.isFinite(num) && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) {
    sample.numeric++;
    if (Number.isInteger(num)) sample.integers++;
    if (num < sample.min) sample.min = num;
    if (num > sample.max) sample.max = num;
    if (sample.distinctNumbers.size <= 64) sample.distinctNumbers.add(num);
  } else if (sample.labels.size <= 64) {
    const key = labelKey(v);
    if (!sample.labels.has(key)) sample.labels.set(key, v);
  }
}

const NAME_RULES: readonly { readonly role: Role; readonly re: RegExp }[] = [
  { role: 'nps', re: /(^|_)(nps|recommend\w*|likelihood|ltr)($|_)|推荐|推薦/ },
  { role: 'ces', re: /(^|_)(ces|effort|easy|ease_of_resolution)($|_)|容易|费力|省力/ },
  { role: 'csat', re: /(^|_)(csat|satisf\w*|overall_rating)($|_)|满意|滿意/ },
];

const NEGATIVE_LABEL = /\b(not|no|dis\w*|un\w*|neutral|never|bad|poor|negative|false)\b|不|没|否|差|一般/i;

/** Suggests the positive label(s) of a two-label outcome: the label that carries no negation. */
export function suggestPositive(labels: readonly string[]): string[] {
  const pos = labels.filter((l) => !NEGATIVE_LABEL.test(l));
  if (pos.length >= 1 && pos.length < labels.length) return pos;
  const yes = labels.filter((l) => /^(yes|y|true|1|是|满意)$/i.test(l));
  return yes.length > 0 ? yes : labels.slice(0, 1);
}

/** Scale and N/A rule for a column of small integers, from observed values. */
export function detectScale(min: number, max: number): { scale: [number, number]; notApplicable: number[] } {
  if (max <= 5) return { scale: [1, 5], notApplicable: min <= 0 ? [0] : [] };
  if (max <= 7) return { scale: [1, 7], notApplicable: min <= 0 ? [0] : [] };
  return { scale: [0, 10], notApplicable: [] };
}

function matchTouchpoint(header: string, service: ServiceInfo | undefined): string | undefined {
  if (!service) return undefined;
  const key = identKey(header);
  for (const tp of service.touchpoints) {
    if (identKey(tp.id) === key) return tp.id;
  }
  for (const tp of service.touchpoints) {
    if (tp.names.some((n) => identKey(n) === key)) return tp.id;
  }
  return undefined;
}

const KANO_RE = /^(?:kano_)?(.+?)_(functional|func|f|dysfunctional|dysf|dys|d)$/;
const SERVQUAL_RE = /^(?:sq|servqual)_?(e|p|exp|expectation|perc|perception)_?(\d{1,2})$/;
const SERVQUAL_POINTS_RE =
  /^(?:sq|servqual)_?(?:w|pts|points|weight|importance)_?(tangibles|reliability|responsiveness|assurance|empathy|[1-5])$/;

/** A SERVQUAL dimension by its English id or its number 1–5 (tangibles … empathy). */
export function servqualDimensionOf(v: unknown): ServqualDimension | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? SERVQUAL_DIMENSIONS[v - 1] : undefined;
  if (typeof v !== 'string') return undefined;
  if (/^[1-5]$/.test(v)) return SERVQUAL_DIMENSIONS[Number(v) - 1];
  return SERVQUAL_DIMENSIONS.find((d) => d === v.toLowerCase());
}

/**
 * Suggests a mapping from headers and a sample of rows. Rules, in order: explicit name patterns
 * (NPS/recommend/推荐 → NPS 0–10; CES/effort/容易 → CES 1–7; CSAT/satisfaction/满意 → CSAT 1–5 when numeric,
 * outcome when text); KANO `<feature>_functional|_dysfunctional`, SERVQUAL `sq_e1`/`sq_p1`; `id` columns ignored;
 * integer columns within 0–10 → ratings (scale from the largest value: ≤5 → 1–5, ≤7 → 1–7, else 0–10;
 * on a 1–5 or 1–7 scale an observed 0 means "not applicable"); other numbers → number; text with at most
 * 30 distinct labels → segment; other text → ignore.
 */
export function suggestMapping(
  headers: readonly string[],
  samples: readonly ColumnSample[],
  _sampleRows: number,
  options: { service?: ServiceInfo; outcome?: string; naTokens?: readonly string[] } = {},
): Mapping {
  const columns: ColumnSpec[] = [];
  let outcome = options.outcome;
  const outcomeKey = outcome !== undefined ? identKey(outcome) : undefined;
  headers.forEach((header, j) => {
    const s = samples[j] ?? emptySample();
    const key = identKey(header);
    const tp = matchTouchpoint(header, options.service);
    const values = s.nonEmpty - s.naTokens;
    const mostlyNumeric = values > 0 && s.numeric >= 0.9 * values;
    const allInts = mostlyNumeric && s.integers === s.numeric;
    const named = NAME_RULES.find((r) => r.re.test(key))?.role;
    const base = tp !== undefined ? { column: header, touchpoint: tp } : { column: header };
    const isOutcome = outcomeKey !== undefined && (identKey(header) === outcomeKey || header === outcome);

    const kano = KANO_RE.exec(key);
    const sq = SERVQUAL_RE.exec(key);
    const sqw = SERVQUAL_POINTS_RE.exec(key);
    if (values === 0) {
      columns.push({ ...base, role: 'ignore', why: 'no values in the sample' });
    } else if (sqw) {
      // By the name alone: a stray 150 or "x" in the sample is a bad cell (excluded and counted, its split
      // invalid), not a reason to drop the column's points.
      columns.push({
        ...base,
        role: 'servqual_points',
        dimension: servqualDimensionOf(sqw[1])!,
        why: 'SERVQUAL importance points',
      });
    } else if (sq && allInts && s.max <= 7) {
      const part = sq[1]!.startsWith('e') ? 'servqual_expectation' : 'servqual_perception';
      columns.push({
        ...base,
        role: part,
        item: Number(sq[2]),
        scale: [1, 7],
        notApplicable: s.min <= 0 ? [0] : [],
        why: 'SERVQUAL item name',
      });
    } else if (kano && key.startsWith('kano') && allInts && s.max <= 5) {
      const dys = kano[2]!.startsWith('d');
      columns.push({
        ...base,
        role: dys ? 'kano_dysfunctional' : 'kano_functional',
        feature: kano[1]!,
        scale: [1, 5],
        notApplicable: [],
        why: 'KANO question name',
      });
    } else if (key === 'id' || key.endsWith('_id') || key === 'respondent' || key === 'response_id') {
      columns.push({ ...base, role: 'ignore', why: 'identifier' });
    } else if (allInts && s.min >= 0 && s.max <= 10 && named !== undefined) {
      const scale: [number, number] =
        named === 'nps'
          ? [0, 10]
          : named === 'ces'
            ? [1, 7]
            : s.max <= 5
              ? [1, 5]
              : detectScale(s.min, s.max).scale;
      const notApplicable = scale[0] === 1 && s.min <= 0 ? [0] : [];
      columns.push({ ...base, role: named, scale, notApplicable, why: `name matches ${named}` });
    } else if (allInts && s.min >= 0 && s.max <= 10 && s.distinctNumbers.size <= 11) {
      const d = detectScale(s.min, s.max);
      columns.push({
        ...base,
        role: 'rating',
        scale: d.scale,
        notApplicable: d.notApplicable,
        why: `integers ${s.min}–${s.max}`,
      });
    } else if (mostlyNumeric) {
      columns.push({ ...base, role: 'number', why: 'numbers outside a rating scale' });
    } else if (s.labels.size <= 30) {
      const labels = [...s.labels.values()];
      if (isOutcome || (outcome === undefined && named === 'csat' && labels.length === 2)) {
        outcome = header;
        columns.push({
          ...base,
          role: 'outcome',
          positive: suggestPositive(labels),
          why: 'two-label outcome',
        });
      } else {
        columns.push({ ...base, role: 'segment', why: `${labels.length} distinct labels` });
      }
    } else {
      columns.push({ ...base, role: 'ignore', why: 'free text' });
    }
  });
  return { columns, naTokens: options.naTokens ?? DEFAULT_NA_TOKENS, ...(outcome ? { outcome } : {}) };
}

/** The documented mapping-file format (also printed by `--print-map` as comments). */
export const MAPPING_FORMAT_DOC = `# frontstage analyze mapping (edit, then pass with --map FILE)
# version: 1
# outcome: <column>          outcome for key drivers: a rating, number or two-label column
# naTokens: [NA, "N/A"]      text that means "no answer" in any column (case-insensitive)
# columns:                   one entry per column header, in any order; unlisted columns are ignored
#   <header>:
#     role: nps | csat | ces | rating | number | segment | outcome | ignore |
#           kano_functional | kano_dysfunctional | servqual_expectation | servqual_perception |
#           servqual_points
#     scale: [1, 5]          inclusive scale of scored roles (nps 0–10, csat 1–5, ces 1–7 by default)
#     notApplicable: [0]     values meaning "not applicable": excluded and counted, never scored
#     touchpoint: <id>       touchpoint id in the service file
#     feature: <id>          KANO feature (pair a functional and a dysfunctional column)
#     item: 1..22            SERVQUAL item (pair an expectation and a perception column)
#     dimension: tangibles     SERVQUAL dimension of a servqual_points column (importance points; the five
#                              columns of a respondent add up to 100): tangibles, reliability, responsiveness,
#                              assurance, empathy
#     positive: [label]      outcome labels counted as 1 (others 0)
`;

/** Writes a mapping as YAML (the `--print-map` output). */
export async function mappingToYaml(m: Mapping): Promise<string> {
  const { stringify } = await import('yaml');
  const columns: Record<string, Record<string, unknown>> = {};
  for (const c of m.columns) {
    const e: Record<string, unknown> = { role: c.role };
    if (c.scale) e.scale = [...c.scale];
    if (c.notApplicable && c.notApplicable.length > 0) e.notApplicable = [...c.notApplicable];
    if (c.touchpoint) e.touchpoint = c.touchpoint;
    if (c.feature) e.feature = c.feature;
    if (c.item !== undefined) e.item = c.item;
    if (c.dimension !== undefined) e.dimension = c.dimension;
    if (c.positive) e.positive = [...c.positive];
    columns[c.column] = e;
  }
  const doc: Record<string, unknown> = { version: 1 };
  if (m.outcome) doc.outcome = m.outcome;
  doc.naTokens = [...m.naTokens];
  doc.columns = columns;
  return MAPPING_FORMAT_DOC + stringify(doc, { flowCollectionPadding: false, lineWidth: 0 });
}

export interface MappingError {
  readonly code: 'mapping_invalid';
  readonly file: string;
  readonly line?: number;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

const DEFAULT_SCALE: Partial<Record<Role, [number, number]>> = {
  nps: [0, 10],
  csat: [1, 5],
  ces: [1, 7],
  rating: [1, 5],
  kano_functional: [1, 5],
  kano_dysfunctional: [1, 5],
  servqual_expectation: [1, 7],
  servqual_perception: [1, 7],
};

/**
 * Parses a mapping file against the file's headers. Errors name the file, line, field and the fix.
 * Headers not in the mapping are ignored (and reported as such).
 */
export async function parseMapping(
  text: string,
  file: string,
  headers: readonly string[],
): Promise<{ ok: true; mapping: Mapping } | { ok: false; error: MappingError }> {
  // Loaded on demand: the YAML library is only needed with --map.
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = await import('yaml');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const fail = (field: string, message: string, fix: string, pos?: number) => ({
    ok: false as const,
    error: {
      code: 'mapping_invalid' as const,
      file,
      field,
      message,
      fix,
      ...(pos !== undefined ? { line: lc.linePos(pos).line } : {}),
    },
  });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return fail('(yaml)', e.message.split('\n')[0] ?? 'YAML syntax error', 'fix the YAML syntax', e.pos[0]);
  }
  const root = doc.contents;
  if (!isMap(root))
    return fail('(root)', 'the mapping must be a YAML map', 'start from `--print-map` output', 0);
  const known = new Set(['version', 'outcome', 'naTokens', 'columns']);
  for (const pair of root.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!known.has(k)) {
      return fail(
        k,
        `unknown field "${k}"`,
        `use one of: ${[...known].join(', ')}`,
        isScalar(pair.key) ? pair.key.range?.[0] : undefined,
      );
    }
  }
  const posOf = (node: unknown): number | undefined =>
    node && typeof node === 'object' && 'range' in node
      ? (node as { range?: [number] }).range?.[0]
      : undefined;
  const byKey = new Map(headers.map((h) => [h, h]));
  const byIdent = new Map(headers.map((h) => [identKey(h), h]));
  const colsNode = root.get('columns', true);
  if (!isMap(colsNode))
    return fail('columns', '"columns" must be a map of header → spec', 'see --print-map', posOf(colsNode));
  const specs = new Map<string, ColumnSpec>();
  for (const pair of colsNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const pos = posOf(pair.key);
    const header = byKey.get(name) ?? byIdent.get(identKey(name));
    if (header === undefined) {
      return fail(
        `columns.${name}`,
        `no column "${name}" in the file`,
        `use one of the headers: ${headers.slice(0, 12).join(', ')}${headers.length > 12 ? ', …' : ''}`,
        pos,
      );
    }
    const v = pair.value;
    const js = (isMap(v) ? v.toJSON() : isScalar(v) ? { role: v.value } : null) as Record<
      string,
      unknown
    > | null;
    if (js === null)
      return fail(
        `columns.${name}`,
        'expected a map with a role',
        'write e.g. `{ role: rating, scale: [1, 5] }`',
        pos,
      );
    const role = js.role;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      return fail(
        `columns.${name}.role`,
        `invalid role ${JSON.stringify(role)}`,
        `use one of: ${ROLES.join(', ')}`,
        posOf(v),
      );
    }
    const r = role as Role;
    let scale = DEFAULT_SCALE[r];
    if (js.scale !== undefined) {
      const sc = js.scale;
      if (!Array.isArray(sc) || sc.length !== 2 || !sc.every((x) => Number.isInteger(x)) || sc[0] >= sc[1]) {
        return fail(
          `columns.${name}.scale`,
          'scale must be [min, max] integers with min < max',
          'write e.g. `scale: [1, 5]`',
          posOf(v),
        );
      }
      scale = [sc[0] as number, sc[1] as number];
    }
    let na: number[] = [];
    if (js.notApplicable !== undefined) {
      const n = js.notApplicable;
      if (!Array.isArray(n) || !n.every((x) => typeof x === 'number')) {
        return fail(
          `columns.${name}.notApplicable`,
          'notApplicable must be a list of numbers',
          'write e.g. `notApplicable: [0]`',
          posOf(v),
        );
      }
      na = n as number[];
    }
    const spec: ColumnSpec = {
      column: header,
      role: r,
      ...(SCORED_ROLES.has(r) && scale ? { scale, notApplicable: na } : {}),
      ...(typeof js.touchpoint === 'string' ? { touchpoint: js.touchpoint } : {}),
      ...(typeof js.feature === 'string' ? { feature: js.feature } : {}),
      ...(typeof js.item === 'number' ? { item: js.item } : {}),
      ...(servqualDimensionOf(js.dimension) ? { dimension: servqualDimensionOf(js.dimension)! } : {}),
      ...(Array.isArray(js.positive) ? { positive: js.positive.map(String) } : {}),
    };
    if ((r === 'kano_functional' || r === 'kano_dysfunctional') && !spec.feature) {
      return fail(
        `columns.${name}.feature`,
        'a KANO column needs its feature id',
        'add `feature: <id>` (same on both questions)',
        posOf(v),
      );
    }
    if (
      (r === 'servqual_expectation' || r === 'servqual_perception') &&
      (!spec.item || spec.item < 1 || spec.item > 22)
    ) {
      return fail(
        `columns.${name}.item`,
        'a SERVQUAL column needs item 1–22',
        'add `item: <1..22>`',
        posOf(v),
      );
    }
    if (r === 'servqual_points' && !spec.dimension) {
      return fail(
        `columns.${name}.dimension`,
        js.dimension === undefined
          ? 'a SERVQUAL points column needs its dimension'
          : `invalid dimension "${String(js.dimension)}"`,
        `add \`dimension: <${SERVQUAL_DIMENSIONS.join(' | ')}>\``,
        posOf(v),
      );
    }
    specs.set(header, spec);
  }
  let naTokens = DEFAULT_NA_TOKENS;
  const naNode = root.get('naTokens', true);
  if (naNode !== undefined) {
    if (!isSeq(naNode))
      return fail(
        'naTokens',
        'naTokens must be a list of strings',
        'write e.g. `naTokens: [NA, "N/A"]`',
        posOf(naNode),
      );
    naTokens = (naNode.toJSON() as unknown[]).map(String);
  }
  const outcomeRaw = root.get('outcome');
  let outcome: string | undefined;
  if (outcomeRaw !== undefined && outcomeRaw !== null) {
    outcome = byKey.get(String(outcomeRaw)) ?? byIdent.get(identKey(String(outcomeRaw)));
    if (outcome === undefined) {
      return fail(
        'outcome',
        `no column "${String(outcomeRaw)}" in the file`,
        'name one of the headers',
        posOf(root.get('outcome', true)),
      );
    }
  }
  const columns = headers.map(
    (h) => specs.get(h) ?? { column: h, role: 'ignore' as const, why: 'not in the mapping' },
  );
  if (outcome === undefined) {
    const marked = columns.filter((c) => c.role === 'outcome');
    if (marked.length === 1) outcome = marked[0]!.column;
  }
  return { ok: true, mapping: { columns, naTokens, ...(outcome ? { outcome } : {}) } };
}
