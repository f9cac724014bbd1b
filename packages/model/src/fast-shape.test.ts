// biome-ignore lint/style/noRestrictedImports: tests may read the repository's example files from disk.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fitsServiceFileShape } from './fast-shape.js';
import { CUSTOM_LANES, MINIMAL, REPAIR } from './fixtures/service-files.js';
import { generateServiceFile } from './generate.js';
import { serviceFileSchema } from './raw-schema.js';

type Path = (string | number)[];

const EXAMPLES = ['airline', 'bank-account-opening', 'property-repair'].map((name) =>
  readFileSync(new URL(`../../../examples/${name}.service.yaml`, import.meta.url), 'utf8'),
);
const SOURCES = [MINIMAL, REPAIR, CUSTOM_LANES, ...EXAMPLES];

/** Every path to a value inside `data` (the root excluded). */
function paths(data: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(data)) for (let i = 0; i < data.length; i++) paths(data[i], [...at, i], out);
  else if (typeof data === 'object' && data !== null)
    for (const [k, v] of Object.entries(data)) paths(v, [...at, k], out);
  if (at.length > 0) out.push(at);
  return out;
}

/** Values a mutation may put anywhere: right and wrong types, bad ids, out-of-range numbers, text pairs. */
const REPLACEMENTS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  3,
  6,
  -6,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  2 ** 60,
  '',
  'x',
  'Bad Id',
  'a.b',
  'ok-id',
  '5m',
  '1h30m',
  '5x',
  'observed',
  'branch',
  'customer',
  'CNY',
  'phone',
  [],
  ['x'],
  [{ en: 'x' }],
  {},
  { en: 'x' },
  { 'zh-CN': 'x', fr: 'y' },
  { text: 'x' },
  { text: 'x', bogus: 1 },
  { to: 's1' },
  { ask: 'x' },
  { id: 'a', name: 'x' },
];

type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly with: number }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly with: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: fc.nat(REPLACEMENTS.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom(
      'bogus',
      'id',
      'text',
      'en',
      'zh-CN',
      'to',
      'customer',
      'steps',
      'kind',
      '__proto__',
    ),
    with: fc.nat(REPLACEMENTS.length - 1),
  }),
);

function mutate(data: unknown, m: Mutation): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  const all = paths(copy);
  if (all.length === 0) return copy;
  const path = all[m.at % all.length]!;
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = path[path.length - 1]!;
  const holder = parent as Record<string | number, unknown>;
  if (m.kind === 'replace') holder[last] = structuredClone(REPLACEMENTS[m.with]);
  else if (m.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(last as number, 1);
    else delete holder[last];
  } else {
    const target = holder[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, {
        value: structuredClone(REPLACEMENTS[m.with]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return copy;
}

/**
 * The fast check and zod agree on the verdict, and when the fast check accepts, zod's output equals the input.
 * An own `__proto__` key is the one exception allowed: zod may accept it (its copy drops the key) while the
 * fast check refuses it, which only means zod runs.
 */
function agrees(data: unknown): void {
  const zod = serviceFileSchema.safeParse(data);
  const fits = fitsServiceFileShape(data);
  const json = JSON.stringify(data);
  if (json.includes('"__proto__"')) expect(!fits || zod.success, json).toBe(true);
  else expect(fits, json).toBe(zod.success);
  if (fits && zod.success) expect(zod.data).toEqual(data);
}

describe('fitsServiceFileShape (the happy-path stand-in for serviceFileSchema)', () => {
  it('accepts the fixtures and examples, as zod does', () => {
    for (const source of SOURCES) {
      const data = parse(source);
      expect(fitsServiceFileShape(data)).toBe(true);
      agrees(data);
    }
  });

  it('accepts generated files, as zod does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(1000), (steps, seed) => {
        const data = parse(generateServiceFile({ steps, seed }));
        expect(fitsServiceFileShape(data)).toBe(true);
        agrees(data);
      }),
      { numRuns: 30 },
    );
  });

  it('gives zod’s verdict on mutated files', () => {
    const bases = [
      ...SOURCES.map((s) => parse(s) as unknown),
      parse(generateServiceFile({ steps: 15, seed: 3 })) as unknown,
    ];
    fc.assert(
      fc.property(
        fc.nat(bases.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (base, mutations) => {
          agrees(mutations.reduce((data, m) => mutate(data, m), bases[base]));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
