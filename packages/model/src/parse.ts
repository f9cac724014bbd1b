import { diagnostic, hasErrors, sortDiagnostics } from './diagnostic.js';
import { nearest } from './edit-distance.js';
import { expandServiceFile } from './expand.js';
import { fitsServiceFileShape } from './fast-shape.js';
import { MIGRATIONS, type Migration, migrateServiceData, type RawData } from './migrations.js';
import { type RawServiceFile, STEP_FIELDS, serviceFileSchema } from './raw-schema.js';
import { type Diagnostic, FORMAT_VERSION, LANE_ROLES, type ServiceModel } from './types.js';
import { type Locator, readYaml, type YamlReadResult } from './yaml-source.js';
import { mapZodIssues } from './zod-issues.js';

/** The outcome of parsing a service file: the model (possibly with warnings), or the errors that prevent one. */
export type ParseResult =
  | { readonly ok: true; readonly model: ServiceModel; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly model?: undefined; readonly diagnostics: readonly Diagnostic[] };

/** Options for {@link parseServiceFile}. */
export interface ParseOptions {
  /** The file name to put in every diagnostic's location. */
  readonly file?: string;
  /** The migration registry (tests inject their own); defaults to {@link MIGRATIONS}. */
  readonly migrations?: readonly Migration[];
  /** The format version this reader produces; defaults to {@link FORMAT_VERSION}. For migration tests. */
  readonly targetVersion?: number;
}

/** Most diagnostics one parse reports; the rest are summarised in one `FS008`, so a broken file stays readable. */
export const MAX_DIAGNOSTICS = 500;

/** Sorts by position and keeps the first {@link MAX_DIAGNOSTICS}, adding an `FS008` that counts the rest. */
function capped(diagnostics: readonly Diagnostic[], dropped = 0): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  const more = Math.max(0, sorted.length - MAX_DIAGNOSTICS) + dropped;
  if (more === 0) return sorted;
  const kept = sorted.slice(0, MAX_DIAGNOSTICS);
  return [...kept, diagnostic('FS008', { count: more }, kept[kept.length - 1]?.location)];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The lane ids a file declares, read leniently from raw data (so step keys can be checked before validation). */
function declaredLanes(data: RawData): string[] {
  const blueprint = data.blueprint;
  const lanes = isRecord(blueprint) ? blueprint.lanes : undefined;
  if (!Array.isArray(lanes)) return [...LANE_ROLES];
  const out: string[] = [];
  for (const l of lanes) {
    if (typeof l === 'string') out.push(l);
    else if (isRecord(l)) {
      if (typeof l.role === 'string') out.push(l.role);
      else if (typeof l.id === 'string') out.push(l.id);
    }
  }
  return out;
}

/** Reports step keys that are neither step fields nor declared lanes, and returns their paths. */
function checkStepKeys(data: RawData, locate: Locator, diagnostics: Diagnostic[]): string[] {
  const lanes = declaredLanes(data);
  const cellLanes = lanes.filter((l) => l !== 'evidence');
  const allowed = [
    ...STEP_FIELDS.filter((f) => f !== 'evidence' || lanes.includes('evidence')),
    ...cellLanes,
  ];
  const known = new Set(allowed);
  const skipped: string[] = [];
  const stages = data.stages;
  if (!Array.isArray(stages)) return skipped;
  stages.forEach((stage, i) => {
    const steps = isRecord(stage) ? stage.steps : undefined;
    if (!Array.isArray(steps)) return;
    steps.forEach((step, j) => {
      if (!isRecord(step)) return;
      for (const key in step) {
        if (!Object.hasOwn(step, key) || known.has(key)) continue;
        const path = ['stages', i, 'steps', j, key];
        const suggestion = nearest(key, allowed);
        diagnostics.push(
          diagnostic(
            'FS203',
            { key, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
            locate(path, { key: true }),
          ),
        );
        skipped.push(path.join('\u0000'));
      }
    });
  });
  return skipped;
}

/**
 * Parses a `*.service.yaml` (docs/service-file.md) into the normalized model. Never throws: syntax, shape and
 * reference problems come back as diagnostics with file, line, column and YAML path; warnings ride along with
 * a successful result. Files of an older format are migrated; newer ones are refused.
 */
export function parseServiceFile(source: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(source, options);
  } catch (error) {
    // A bug, not an input problem: still never throw at the caller.
    const detail = `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'FS001',
          { detail },
          { line: 1, column: 1, path: [], ...(options.file !== undefined ? { file: options.file } : {}) },
        ),
      ],
    };
  }
}

function parseUnsafe(source: string, options: ParseOptions): ParseResult {
  const target = options.targetVersion ?? FORMAT_VERSION;
  const read = readYaml(typeof source === 'string' ? source : String(source), options.file);
  if (!read.ok) return { ok: false, diagnostics: capped(read.diagnostics) };
  try {
    return parseRead(read, options, target);
  } finally {
    // Every location is made by now: the reader may reuse the locator's memory.
    read.release?.();
  }
}

/** The rest of {@link parseUnsafe}, on the YAML read: version, migration, shape, then the model. */
function parseRead(read: YamlReadResult & { ok: true }, options: ParseOptions, target: number): ParseResult {
  const { locate } = read;
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const fail = (d: Diagnostic): ParseResult => ({
    ok: false,
    diagnostics: capped([...diagnostics, d]),
  });
  if (!isRecord(read.value)) return fail(diagnostic('FS007', {}, locate([])));
  let data: RawData = read.value;
  const version = data.frontstage;
  if (version === undefined) return fail(diagnostic('FS010', { current: target }, locate([])));
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(diagnostic('FS012', { got: String(version), current: target }, locate(['frontstage'])));
  }
  if (version > target)
    return fail(diagnostic('FS011', { version, current: target }, locate(['frontstage'])));
  if (version < target) {
    const migrated = migrateServiceData(data, version, options.migrations ?? MIGRATIONS, target);
    if (!migrated.ok) {
      return fail(
        diagnostic(
          'FS013',
          { from: migrated.from, to: migrated.to, detail: migrated.detail },
          locate(['frontstage']),
        ),
      );
    }
    data = migrated.data;
  }
  const skipped = new Set(checkStepKeys(data, locate, diagnostics));
  let dropped = 0;
  const input = { ...data, frontstage: FORMAT_VERSION };
  // Happy path: a structural check that implies zod's verdict; zod runs only to find and explain problems.
  const parsed = fitsServiceFileShape(input)
    ? ({ success: true, data: input as RawServiceFile } as const)
    : serviceFileSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((issue) => {
      const p = issue.path as (string | number)[];
      return !(p.length >= 5 && skipped.has(p.slice(0, 5).join('\u0000')));
    });
    const mapped = mapZodIssues(issues, serviceFileSchema, data, locate, MAX_DIAGNOSTICS);
    diagnostics.push(...mapped.diagnostics);
    dropped += mapped.dropped;
  }
  if (!parsed.success || hasErrors(diagnostics))
    return { ok: false, diagnostics: capped(diagnostics, dropped) };
  const { model, diagnostics: expandDiagnostics } = expandServiceFile(parsed.data, locate);
  diagnostics.push(...expandDiagnostics);
  const sorted = capped(diagnostics);
  return hasErrors(sorted) ? { ok: false, diagnostics: sorted } : { ok: true, model, diagnostics: sorted };
}
