import type { Id, Journey, ServiceModel } from './types.js';

/** What happened to a record between two versions of a model. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** The kinds of record a diff reports on, in the order a reviewer reads them. */
export type DiffSubject =
  | 'service'
  | 'blueprint'
  | 'lane'
  | 'stage'
  | 'step'
  | 'action'
  | 'evidence'
  | 'flow'
  | 'touchpoint'
  | 'journey'
  | 'journey_step'
  | 'persona'
  | 'stakeholder';

/** The subjects in reading order. */
export const DIFF_SUBJECTS: readonly DiffSubject[] = [
  'service',
  'blueprint',
  'lane',
  'stage',
  'step',
  'action',
  'evidence',
  'flow',
  'touchpoint',
  'journey',
  'journey_step',
  'persona',
  'stakeholder',
];

/** One field's value before and after (absent when the field was not set). */
export interface FieldChange {
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** One added, removed or changed record; `fields` lists the changed fields (for added/removed: the set ones). */
export interface ModelChange {
  readonly kind: ChangeKind;
  readonly subject: DiffSubject;
  readonly id: Id;
  readonly fields: readonly FieldChange[];
}

/** Everything that differs between two models, in a stable order, with counts per subject. */
export interface ServiceDiff {
  readonly changes: readonly ModelChange[];
  readonly summary: Readonly<
    Record<DiffSubject, { readonly added: number; readonly removed: number; readonly changed: number }>
  >;
  /** True when nothing differs (locations and derived positions are ignored). */
  readonly identical: boolean;
}

type Rec = Readonly<Record<string, unknown>>;
const IGNORED = new Set(['location', 'index', 'id']);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, (v as Rec)[k]]),
        )
      : v,
  );
}

function fieldChanges(
  before: Rec | undefined,
  after: Rec | undefined,
  ignore: ReadonlySet<string>,
): FieldChange[] {
  const keys: string[] = [];
  for (const k of [...Object.keys(before ?? {}), ...Object.keys(after ?? {})]) {
    if (!keys.includes(k) && !IGNORED.has(k) && !ignore.has(k)) keys.push(k);
  }
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before?.[field];
    const a = after?.[field];
    if (canonical(b) === canonical(a)) continue;
    out.push({ field, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  }
  return out;
}

function compare(
  subject: DiffSubject,
  before: readonly (readonly [Id, Rec])[],
  after: readonly (readonly [Id, Rec])[],
  ignore: ReadonlySet<string> = new Set(),
): ModelChange[] {
  const old = new Map(before);
  const now = new Map(after);
  const out: ModelChange[] = [];
  for (const [id, rec] of after) {
    const prev = old.get(id);
    const fields = fieldChanges(prev, rec, ignore);
    if (prev === undefined) out.push({ kind: 'added', subject, id, fields });
    else if (fields.length > 0) out.push({ kind: 'changed', subject, id, fields });
  }
  for (const [id, rec] of before) {
    if (!now.has(id))
      out.push({ kind: 'removed', subject, id, fields: fieldChanges(rec, undefined, ignore) });
  }
  return out;
}

const byId = <T extends { readonly id: Id }>(list: readonly T[] | undefined): (readonly [Id, Rec])[] =>
  (list ?? []).map((r) => [r.id, r as unknown as Rec] as const);

function journeySteps(journeys: readonly Journey[]): (readonly [Id, Rec])[] {
  const out: (readonly [Id, Rec])[] = [];
  for (const j of journeys) {
    for (const stage of j.stages) {
      const seen = new Map<Id, number>();
      for (const step of stage.steps) {
        const n = (seen.get(step.touchpoint) ?? 0) + 1;
        seen.set(step.touchpoint, n);
        const id = `${j.id}/${stage.id}/${step.touchpoint}${n > 1 ? `#${n}` : ''}`;
        out.push([id, step as unknown as Rec]);
      }
    }
  }
  return out;
}

/**
 * Compares two versions of a service model record by record (by id), field by field: what a reviewer needs to
 * approve revision A/1 over A/0. Locations and step positions are ignored; order is stable (subjects in reading
 * order; within one, changed and added records in the new order, then removed ones in the old order).
 */
export function diffServiceModels(before: ServiceModel, after: ServiceModel): ServiceDiff {
  const header = (m: ServiceModel): (readonly [Id, Rec])[] => {
    const bp = m.blueprint;
    if (!bp) return [];
    const { lanes: _l, stages: _s, steps: _st, actions: _a, evidence: _e, flows: _f, ...rest } = bp;
    return [['blueprint', rest as Rec]];
  };
  const journeyHeader = (m: ServiceModel): (readonly [Id, Rec])[] =>
    m.journeys.map((j) => {
      const { stages, ...rest } = j;
      return [j.id, { ...rest, stages: stages.map((s) => ({ id: s.id, name: s.name })) } as Rec] as const;
    });
  const changes = [
    ...compare(
      'service',
      [['service', before.service as unknown as Rec]],
      [['service', after.service as unknown as Rec]],
    ),
    ...compare('blueprint', header(before), header(after)),
    ...compare('lane', byId(before.blueprint?.lanes), byId(after.blueprint?.lanes)),
    ...compare('stage', byId(before.blueprint?.stages), byId(after.blueprint?.stages)),
    ...compare('step', byId(before.blueprint?.steps), byId(after.blueprint?.steps)),
    ...compare('action', byId(before.blueprint?.actions), byId(after.blueprint?.actions)),
    ...compare('evidence', byId(before.blueprint?.evidence), byId(after.blueprint?.evidence)),
    ...compare('flow', byId(before.blueprint?.flows), byId(after.blueprint?.flows)),
    ...compare('touchpoint', byId(before.touchpoints), byId(after.touchpoints)),
    ...compare('journey', journeyHeader(before), journeyHeader(after)),
    ...compare('journey_step', journeySteps(before.journeys), journeySteps(after.journeys)),
    ...compare('persona', byId(before.personas), byId(after.personas)),
    ...compare('stakeholder', byId(before.stakeholders), byId(after.stakeholders)),
  ];
  const summary = Object.fromEntries(
    DIFF_SUBJECTS.map((s) => [s, { added: 0, removed: 0, changed: 0 }]),
  ) as Record<DiffSubject, { added: number; removed: number; changed: number }>;
  for (const c of changes) summary[c.subject][c.kind]++;
  return { changes, summary, identical: changes.length === 0 };
}
