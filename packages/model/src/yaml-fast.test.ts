// biome-ignore lint/style/noRestrictedImports: tests may read the repository's example files from disk.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { MINIMAL, REPAIR } from './fixtures/service-files.js';
import { generateServiceFile } from './generate.js';
import { fastYamlOptions, readYamlFast } from './yaml-fast.js';
import { readYaml, type YamlPath, type YamlReadResult } from './yaml-source.js';

/** The `yaml` library path of `readYaml`, with the fast path switched off. */
function slow(source: string, file?: string): YamlReadResult {
  fastYamlOptions.enabled = false;
  try {
    return readYaml(source, file);
  } finally {
    fastYamlOptions.enabled = true;
  }
}

/** A serialisation that keeps key order and tells -0, NaN and the infinities apart. */
function dump(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(dump).join(',')}]`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!proto';
  return `${proto}{${Object.keys(value)
    .map((k) => `${JSON.stringify(k)}:${dump((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: YamlPath[] = []): YamlPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) pathsOf(value[i], [...prefix, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) pathsOf((value as Record<string, unknown>)[k], [...prefix, k], out);
  }
  return out;
}

const stats = { same: 0, bail: 0 };
// A bug in the reader must fail these tests, not fall back to the library unnoticed.
fastYamlOptions.rethrow = true;
/** Property runs, scaled by YAML_FAST_FUZZ (e.g. 10 for a long soak). */
const runs = (n: number): number => Math.round(n * Number(process.env.YAML_FAST_FUZZ ?? 1));

/**
 * The differential contract: the fast reader bails out, or gives the slow path's value, diagnostics and, for every
 * path (plus a few that do not exist), the same location of the value and of the key.
 */
function check(source: string, file?: string): 'same' | 'bail' {
  let fast: YamlReadResult | undefined;
  expect(() => {
    fast = readYamlFast(source, file);
  }).not.toThrow();
  if (fast === undefined) {
    stats.bail++;
    return 'bail';
  }
  const ref = slow(source, file);
  if (!ref.ok || !fast.ok) {
    expect.fail(
      `fast path accepted what the library refuses:\n${source}\n${JSON.stringify(ref.diagnostics)}`,
    );
  }
  expect(dump(fast.value), source).toBe(dump(ref.value));
  expect(fast.value).toStrictEqual(ref.value);
  expect(fast.diagnostics).toEqual(ref.diagnostics);
  const all = pathsOf(ref.value);
  // Large files: every path would be slow on the library side; an even sample (with the last) suffices.
  const step = Math.max(1, Math.floor(all.length / 3000));
  const paths = all.filter((_, i) => i % step === 0 || i === all.length - 1);
  paths.push(['no such key'], [0, 'x', 7], [-1], [1.5], ['0']);
  for (const path of paths) {
    for (const key of [false, true]) {
      expect(fast.locate(path, { key }), `${JSON.stringify(path)} key=${key}\n${source}`).toEqual(
        ref.locate(path, { key }),
      );
    }
  }
  expect(fast.locate([])).toEqual(ref.locate([]));
  stats.same++;
  return 'same';
}

afterAll(() => {
  // Shows how much of the generated input the fast path took (the rest went to the library).
  console.info(`yaml-fast differential: ${stats.same} same, ${stats.bail} bailed out`);
});

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.service.yaml'))
  .map((f) => ({ name: f, source: readFileSync(new URL(f, examplesDir), 'utf8') }));

describe('readYamlFast on real and generated service files', () => {
  it.each(examples.map((e) => [e.name, e.source]))('accepts %s with identical results', (_name, source) => {
    expect(check(source, 'x.service.yaml')).toBe('same');
  });

  it.each([50, 200, 1000])('accepts a generated %i-step blueprint with identical results', (steps) => {
    expect(check(generateServiceFile({ steps, seed: steps }))).toBe('same');
  });

  it('accepts the fixtures', () => {
    for (const source of [MINIMAL, REPAIR]) expect(check(source)).toBe('same');
  });

  it('accepts every example and fixture saved with Windows line ends (CRLF) with identical results', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    for (const source of [MINIMAL, REPAIR, ...examples.map((e) => e.source)])
      expect(check(crlf(source), 'w.service.yaml')).toBe('same');
    expect(check(crlf(generateServiceFile({ steps: 60, seed: 3 })))).toBe('same');
  });

  it('leaves a lone carriage return to the library', () => {
    expect(readYamlFast('a: 1\rb: 2\n')).toBeUndefined();
    expect(readYamlFast('a: 1\r\nb: "x\ry"\r\n')).toBeUndefined();
  });

  it('is wired into readYaml: same value and locations through the public entry point', () => {
    const source = examples[0]!.source;
    const viaReadYaml = readYaml(source, 'f.yaml');
    const ref = slow(source, 'f.yaml');
    expect(viaReadYaml).toMatchObject({ ok: true });
    if (!viaReadYaml.ok || !ref.ok) return;
    expect(viaReadYaml.value).toStrictEqual(ref.value);
    expect(viaReadYaml.locate(['service', 'id'])).toEqual(ref.locate(['service', 'id']));
  });
});

/** Inputs the reader is meant to handle itself: each must be accepted and agree with the library. */
const ACCEPTED = [
  'a: 1',
  'a:\r\n  b: 1\r\n',
  'a: |\r\n  x\r\n  y\r\nb: "p\r\n  q"\r\n',
  'a: 1\n',
  '---\na: 1\n',
  '--- # doc\n\na: 1\n',
  '# c\n\n  # indented\na: 1\n# end',
  'a: x   \n\n  # absorbed\n\n# d\nb: 2',
  'a:\n  b: 1  \n\n  # c\n# d\n\nz: 1\n# end\n\n',
  'x:\n  a:\n    b: 1\n  # c\n    # d\n  z: 1\n',
  'x:\n  a:\n    b: 1\n # c\nz: 1\n',
  'x:\n  a:\n    b: 1\n    # c\n',
  'x:\n  - a\n  - b\n  # c\ny: 1',
  'k:   # cm\n  s: 1\nq:\nr: [a,\n  b ]  # x\n',
  '- \n- - x\n  - z\n- a: 1\n  b: "q\n   r"\n-   foo\n   bar\n\n   baz  \n  # c\n',
  'key:\n- a\n- b\nnext: 1\n',
  '- - - deep\n    - x\n  - z\n',
  '-   a: 1\n    b: [1, {c: d}]\n',
  'a: &x\n  b: 1\nc: *x\nd:\n  - &y\n    e: 1\n  - *y  # c\n  - &z [1]\n  - &w foo\n  - *w\n  - *z\n',
  'a: &x\n  b: 1\na2: &x\n  c: 2\nd: *x\n',
  'lit: |\n  line 1\n\n  line 3\n\nfold: >\n  a\n  b\n\n  c\nstrip: |-\n  x\n\nkeep: |+\n  x\n\n\nz: 1\n',
  '- |\n  x\n\n# c\n',
  'a:\n  k: >-\n    x\n    y\n\n  # c\nb: 1',
  "s: 'it''s'\nd: \"tab\\t\\u00e9\\x41\\U0001F600 \\\\ \\\" \\/ \\0 \\a \\b \\e \\f \\n \\r \\v \\N \\_ \\L \\P \\ \"\n",
  "s: 'a\n  b\n\n  c  \n   d'\n",
  's: "a  \n  b\n\n\n  c \\\n    d\\\n  e"\n',
  '"quoted key": 1\n\'single\' : 2\nplain key  : 3\n',
  '__proto__: 1\nconstructor: 2\ntoString: [3]\n',
  '"__proto__": {a: 1}\n',
  '1a: x\n0x1g: w\n.5x: z\non: 1\nyes: 2\n',
  'a: {x: 1, y: [1, 2, {z: "w"}], "q": \'r\'}\nb: []\nc: {}\nd: [a, b, ]\n',
  'a: [\n    1,\n    # comment\n    2\n  ]\nb: 1\n',
  'url: http://example.com/a?b=c#frag\ntime: 12:30\nneg: -3\nplus: +3\ndash: -x\n',
  'n: ~\nn2: null\nn3: Null\nn4: NULL\nb: true\nb2: False\nb3: TRUE\ni: 0o17\nh: 0xFF\nf: 1.5e3\ninf: -.inf\nnan: .NaN\nf2: .5\nf3: 5.\nz: 007\n',
  '中文: 值\n"键: 冒号": "值 # 不是注释"\n列表:\n  - 一\n  - 二 # 注释\n',
  'a:\n  b:\n    c:\n      d: 1\n    e: 2\n  f: 3\ng: 4\n',
  'a: 1 # c\nb: "x" # c\nc: [1] # c\n',
  'e: plain with   inner   spaces   \n',
  '[1, 2]',
  '{a: 1,\nb: [x,\n  z]}\n# end\n',
  'a: [long plain\n    scalar, folded\n\n    twice]\n',
  'a: |2\n    indented first\n  then\nb: >1-\n x\n',
  'a:\n  b:\n    - 1\n    - 2\n      # deeper\n   # between\n  # at b\n# root\n',
  'a:\n  b: |\n    x\n      # content\n    # content too\n  # comment\nc: 1\n',
  'a:\n  b: [1]\n     # absorbed\n  # kept\n',
  'a:\n  b: &x {c: 1}\n  d: *x\n    # absorbed\n  # kept\n',
  'a:\n  b:\n  c:\n\n',
  'a:\n  - b\n  -\n',
  'list:\n- a\n  # in\n- b\n# out\nnext: x\n',
  'a: ?x\nb: :y\n?c: 1\n:d: 2\ne: -f\n',
  'a: foo\n  [b] "c" d&e *f !g |h >i\n',
];

/** Inputs outside the subset, or wrong: each must be left to the library. */
const BAILS = [
  'a: !tag x',
  '? complex\n: key',
  '%YAML 1.2\n---\na: 1',
  'a: 1\n---\nb: 2',
  'a: 1\n...\n',
  'a:\n\tb: 1',
  'a: 1\na: 2',
  'a: yes',
  'a: No',
  'a: off',
  '1: x',
  'true: x',
  'null: x',
  '~: x',
  'a: *nope',
  'a: &x\n  b: *x',
  'a: b: c',
  'a: - x',
  'a:\r  b: 1',
  '- a\nb: 1',
  'a: 1\n  b: 2',
  'a: "unterminated',
  'a: [1, 2',
  'a: {b}',
  'a: [a: b]',
  'a: |2\n   x',
  'a: @x',
  'a: `x',
  '',
  '# only a comment\n',
  'plain scalar document',
  `${'- '.repeat(70)}x`,
  'a: &a [1]\nb: *a\nc: &a {x: *a}',
  'a: |2-\n   #\n  a\n         \nb: 1\n',
];

describe('readYamlFast on chosen inputs', () => {
  it.each(ACCEPTED.map((s) => [JSON.stringify(s).slice(0, 60), s]))('handles %s', (_label, source) => {
    expect(check(source)).toBe('same');
  });

  it.each(BAILS.map((s) => [JSON.stringify(s).slice(0, 60), s]))('bails out on %s', (_label, source) => {
    expect(readYamlFast(source)).toBeUndefined();
  });

  it('keeps __proto__ an own, enumerable key', () => {
    const read = readYamlFast('__proto__: {polluted: 1}\n');
    expect(read?.ok).toBe(true);
    if (!read?.ok) return;
    const value = read.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('can be switched off', () => {
    fastYamlOptions.enabled = false;
    try {
      expect(readYamlFast('a: 1')).toBeUndefined();
    } finally {
      fastYamlOptions.enabled = true;
    }
  });
});

describe('plain scalar resolution matches the core schema', () => {
  const TRICKY = [
    '0',
    '-0',
    '+0',
    '00',
    '0.0',
    '-0.0',
    '1_000',
    '0b101',
    '0o',
    '0o8',
    '0O17',
    '0X1F',
    '0x',
    '+0x1',
    '-0x1',
    '1e3',
    '1E-3',
    '.e3',
    '1.e3',
    '+.5',
    '-.5e+2',
    '.',
    '..',
    '.inf',
    '.Inf',
    '.INF',
    '+.inf',
    '-.Inf',
    '.iNf',
    '.nan',
    '.NaN',
    '.NAN',
    '-.nan',
    'nan',
    'inf',
    'Infinity',
    'NaN',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'false',
    'FALSE',
    'fAlse',
    'null',
    'Null',
    'NULL',
    'nULL',
    '~',
    '~~',
    'y',
    'Y',
    'n',
    'N',
    'yES',
    'oN',
    '12345678901234567890',
    '9007199254740993',
    '1.7976931348623157e309',
    '0.1e-400',
    '-',
    '--1',
    '1-2',
    '1:2',
    '1.2.3',
    '12m',
    '+',
    '+a',
    '.5.',
  ];
  it.each(TRICKY)('resolves %s like the library', (word) => {
    check(`k: ${word}\n`);
    check(`- ${word}\n`);
    check(`k: [${word}]\n`);
  });

  it('resolves random number-like words like the library', () => {
    const alphabet = '0123456789+-.eExXoObBaAfFiInNlLtTrRuUsS~_:';
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 8 }), (word) => {
        check(`k: ${word}\n`);
        check(`- [${word}, x]\n`);
      }),
      { numRuns: runs(600) },
    );
  });
});

// Random plain data, serialised in many styles.
const chars = fc.constantFrom(
  ...'abcxyz ABC012 _-.:#\'"[]{},&*!|>?%@`~/\\\n中文字符キー한'.split(''),
  '  ',
  ': ',
  ' #',
  '- ',
  '\u00e9',
  '\u{1F600}',
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: chars, maxLength: 14 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'yes',
      'no',
      'on',
      'true',
      'null',
      '~',
      '1',
      '0x1F',
      '.5',
      '-',
      'a: b',
      '# c',
      ' lead',
      'trail ',
      'line\nbreak',
      'two\n\nbreaks\n',
    ),
  },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 12 }) },
);
const leaf = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.dictionary(text, tie('tree'), { maxKeys: 5 }),
  ),
}));
const root = fc.oneof(
  fc.dictionary(text, tree, { minKeys: 1, maxKeys: 6 }),
  fc.array(tree, { minLength: 1, maxLength: 6 }),
);

const STYLES: ToStringOptions[] = [
  {},
  { lineWidth: 20, minContentWidth: 0 },
  { lineWidth: 8, minContentWidth: 0, indent: 4 },
  { defaultStringType: 'QUOTE_DOUBLE' },
  { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' },
  { defaultStringType: 'QUOTE_DOUBLE', doubleQuotedAsJSON: true, lineWidth: 12, minContentWidth: 0 },
  { singleQuote: true },
  { collectionStyle: 'flow' },
  { collectionStyle: 'flow', lineWidth: 16, minContentWidth: 0, flowCollectionPadding: false },
  { indentSeq: false },
  { blockQuote: 'literal' },
  { blockQuote: 'folded', lineWidth: 16, minContentWidth: 0 },
  { blockQuote: false, lineWidth: 10, minContentWidth: 0 },
  { nullStr: '~', trueStr: 'True' },
];

describe('differential: random data serialised by the yaml library', () => {
  it('agrees with the library whenever it does not bail out', () => {
    let same = 0;
    let total = 0;
    fc.assert(
      fc.property(root, fc.constantFrom(...STYLES), fc.boolean(), (data, style, crlf) => {
        let source: string;
        try {
          source = stringify(data, { ...style, aliasDuplicateObjects: false });
        } catch {
          return;
        }
        // Also as a file saved with Windows line ends.
        if (crlf) source = source.replace(/\n/g, '\r\n');
        total++;
        if (check(source) === 'same') same++;
      }),
      { numRuns: runs(700) },
    );
    // Most serialisations are in the subset: the comparison is not vacuous.
    expect(same / total).toBeGreaterThan(0.5);
  });
});

// A hand-rolled emitter: comments, blank lines, odd spacing, compact and flow forms.
type Emit = (data: unknown, indent: number) => string;
const PLAIN_SAFE =
  /^[A-Za-z\u4e00-\u9fff][A-Za-z0-9 \u4e00-\u9fff._/()-]*[A-Za-z0-9.)\u4e00-\u9fff]$|^[A-Za-z]$/;
function scalarText(value: unknown, pick: number): string {
  if (typeof value === 'string') {
    if (pick % 3 === 0 && PLAIN_SAFE.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(value))
      return value;
    if (pick % 3 === 1) return `'${value.replace(/'/g, "''").replace(/\n/g, '\n\n')}'`;
    return JSON.stringify(value);
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  return String(value);
}
function handEmitter(rand: number[]): Emit {
  let r = 0;
  const next = (): number => rand[r++ % rand.length]!;
  const pad = (n: number) => ' '.repeat(n);
  const comment = (indent: number): string => {
    const k = next() % 7;
    if (k === 0) return `${pad(Math.max(0, indent + (next() % 5) - 2))}# note: ${next()}\n`;
    if (k === 1) return '\n';
    if (k === 2) return `\n${pad(next() % 6)}# another # comment\n\n`;
    return '';
  };
  const flow = (data: unknown): string => {
    if (Array.isArray(data)) return `[${data.map(flow).join(next() % 2 ? ', ' : ' ,  ')}]`;
    if (data !== null && typeof data === 'object')
      return `{${Object.entries(data)
        .map(([k, v]) => `${JSON.stringify(k)}: ${flow(v)}`)
        .join(', ')}}`;
    return scalarText(data, next() % 3 === 0 ? 1 : 2);
  };
  const emit: Emit = (data, indent) => {
    const trailing = () => (next() % 4 === 0 ? `${pad(1 + (next() % 3))}# trailing` : '') + '\n';
    if (Array.isArray(data)) {
      if (data.length === 0 || next() % 6 === 0) return ` ${flow(data)}${trailing()}`;
      let out = '\n';
      for (const item of data) {
        out += comment(indent);
        if (item !== null && typeof item === 'object' && next() % 2 === 0 && Object.keys(item).length > 0) {
          // Compact: `- key: value` or `- - x`.
          const inner = emit(item, indent + 2).replace(/^\n */, '');
          out += `${pad(indent)}- ${inner}`;
        } else out += `${pad(indent)}-${emit(item, indent + 2)}`;
      }
      return out;
    }
    if (data !== null && typeof data === 'object') {
      const entries = Object.entries(data);
      if (entries.length === 0 || next() % 6 === 0) return ` ${flow(data)}${trailing()}`;
      let out = '\n';
      for (const [k, v] of entries) {
        out += comment(indent);
        const key = PLAIN_SAFE.test(k) && next() % 2 ? k : JSON.stringify(k);
        out += `${pad(indent)}${key}${next() % 5 === 0 ? '  ' : ''}:${emit(v, indent + 2)}`;
      }
      return out;
    }
    if (typeof data === 'string' && data.length > 0 && !data.includes('\n') && next() % 5 === 0) {
      const chomp = ['', '-', '+'][next() % 3];
      if (!/^ |\s$/.test(data)) return ` |${chomp}\n${pad(indent)}${data}\n`;
    }
    return `${pad(1 + (next() % 2))}${scalarText(data, next())}${trailing()}`;
  };
  return emit;
}

describe('differential: a hand-rolled emitter with comments and odd spacing', () => {
  it('agrees with the library whenever it does not bail out', () => {
    let same = 0;
    let total = 0;
    fc.assert(
      fc.property(root, fc.array(fc.nat(1000), { minLength: 5, maxLength: 20 }), (data, rand) => {
        const source = handEmitter(rand)(data, 0).replace(/^\n/, '');
        total++;
        if (check(source) === 'same') same++;
      }),
      { numRuns: runs(500) },
    );
    expect(same / total).toBeGreaterThan(0.3);
  });
});

describe('differential: comment and blank lines sprinkled into serialised data', () => {
  it('agrees with the library whenever it does not bail out', () => {
    let same = 0;
    let total = 0;
    const insert = fc.array(fc.record({ line: fc.nat(), indent: fc.nat(10), kind: fc.nat(3) }), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(root, insert, fc.boolean(), (data, inserts, indentSeq) => {
        const lines = stringify(data, { indentSeq, aliasDuplicateObjects: false }).split('\n');
        for (const ins of inserts) {
          const at = ins.line % (lines.length + 1);
          const pad = ' '.repeat(ins.indent);
          const extra = ins.kind === 0 ? '' : ins.kind === 1 ? `${pad}# c` : `${pad}`;
          lines.splice(at, 0, extra);
        }
        const source = lines.join('\n');
        total++;
        if (check(source) === 'same') same++;
      }),
      { numRuns: runs(700) },
    );
    expect(same / total).toBeGreaterThan(0.3);
  });
});

describe('fuzz: never throws, never hangs, never disagrees', () => {
  it('on random YAML-ish text', () => {
    const unit = fc.constantFrom(
      ...'ab1 :-#\'"[]{},&*!|>?\n'.split(''),
      '\n  ',
      ': ',
      '- ',
      ' #',
      '  ',
      '\t',
      '中',
      '\r\n',
      '\r',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (source) => {
        check(source);
      }),
      { numRuns: runs(1500) },
    );
  });

  const pieces = examples.map((e) => e.source.slice(0, 4000));
  it('on mutated example files', () => {
    const edit = fc.record({
      at: fc.nat(),
      len: fc.nat(6),
      insert: fc.constantFrom(
        '',
        ' ',
        '  ',
        '\n',
        '- ',
        ': ',
        '#',
        '"',
        "'",
        '[',
        '{',
        '}',
        ']',
        ',',
        '&a ',
        '*a',
        '|',
        '>',
        '\t',
        'yes',
      ),
    });
    fc.assert(
      fc.property(
        fc.nat(pieces.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (which, edits) => {
          let source = pieces[which]!;
          for (const e of edits) {
            const at = e.at % (source.length + 1);
            source = source.slice(0, at) + e.insert + source.slice(at + e.len);
          }
          check(source);
        },
      ),
      { numRuns: runs(250) },
    );
  });

  it('on line-shuffled example files', () => {
    fc.assert(
      fc.property(fc.nat(pieces.length - 1), fc.nat(), fc.nat(), (which, a, b) => {
        const lines = pieces[which]!.split('\n');
        const i = a % lines.length;
        const j = b % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        check(lines.join('\n'));
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('readYamlFast across files', () => {
  it('keeps locating in an earlier result after later files were read (the reader is reused state-free)', () => {
    const first = readYamlFast(REPAIR, 'a.yaml')!;
    const before = first.ok ? first.locate(['stages', 0, 'steps', 0]) : undefined;
    for (let i = 0; i < 3; i++) readYamlFast(generateServiceFile({ steps: 20, seed: i }), 'b.yaml');
    const after = first.ok ? first.locate(['stages', 0, 'steps', 0]) : undefined;
    expect(before).toBeDefined();
    expect(after).toEqual(before);
    expect(after!.line).toBeGreaterThan(1);
    expect(first.ok && first.locate(['service', 'id'], { key: true }).file).toBe('a.yaml');
  });
});

describe('readYamlFast reusing a released tape', () => {
  it('locates later files from scratch, and a released locator refuses to answer', () => {
    const path = ['stages', 0, 'steps', 1] as const;
    const expected = slow(REPAIR, 'a.yaml');
    const want = expected.ok ? expected.locate([...path]) : undefined;
    const first = readYamlFast(REPAIR, 'a.yaml')!;
    if (!first.ok) throw new Error('REPAIR must read');
    expect(first.locate([...path])).toEqual(want);
    first.release?.();
    expect(() => first.locate([...path])).toThrow(/released/);
    // The next reads take the released tape: their positions are their own, not left-overs of the first file.
    const other = generateServiceFile({ steps: 30, seed: 4 });
    const second = readYamlFast(other, 'b.yaml')!;
    const oracle = slow(other, 'b.yaml');
    if (!second.ok || !oracle.ok) throw new Error('generated files must read');
    for (const p of [
      ['stages', 1, 'steps', 2],
      ['service', 'name'],
      ['stages', 2],
    ] as YamlPath[]) {
      expect(second.locate(p)).toEqual(oracle.locate(p));
    }
    second.release?.();
    const third = readYamlFast(REPAIR, 'a.yaml')!;
    expect(third.ok && third.locate([...path])).toEqual(want);
  });
});
