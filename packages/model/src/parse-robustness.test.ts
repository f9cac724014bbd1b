import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CUSTOM_LANES, MINIMAL, REPAIR } from './fixtures/service-files.js';
import { MAX_DIAGNOSTICS, parseServiceFile } from './parse.js';
import { MAX_ALIAS_VALUES, MAX_SOURCE_LENGTH } from './yaml-source.js';

/** Parses, measuring time, and checks the contract: a result, never a throw, every diagnostic located. */
function check(source: string, budgetMs = 2_000): ReturnType<typeof parseServiceFile> {
  const started = performance.now();
  const result = parseServiceFile(source, { file: 'fuzz.yaml' });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(budgetMs);
  expect(typeof result.ok).toBe('boolean');
  for (const d of result.diagnostics) {
    expect(d.location).toBeDefined();
    expect(d.location!.line).toBeGreaterThanOrEqual(1);
    expect(d.location!.column).toBeGreaterThanOrEqual(1);
    expect(d.location!.file).toBe('fuzz.yaml');
    expect(d.message.en!.length).toBeGreaterThan(0);
    expect(d.message['zh-CN']!.length).toBeGreaterThan(0);
  }
  if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  return result;
}

const VALID = [MINIMAL, REPAIR, CUSTOM_LANES];
const KEYS = [
  'id',
  'text',
  'next',
  'decide',
  'then',
  'else',
  'frontstage',
  'zh-CN',
  '__proto__',
  'constructor',
  'flows',
  'kind',
];

/** A valid file with one random edit: a dropped line, two swapped characters, an inserted key or a duplicated line. */
const mutated = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('drop', 'swap', 'insert', 'duplicate', 'truncate'),
    fc.constantFrom(...KEYS),
    fc.string({ maxLength: 12 }),
  )
  .map(([source, a, b, op, key, value]) => {
    const lines = source.split('\n');
    const i = a % lines.length;
    switch (op) {
      case 'drop':
        lines.splice(i, 1);
        return lines.join('\n');
      case 'swap': {
        const chars = [...source];
        const x = a % chars.length;
        const y = b % chars.length;
        [chars[x], chars[y]] = [chars[y]!, chars[x]!];
        return chars.join('');
      }
      case 'insert': {
        const indent = /^\s*(?:- )?/.exec(lines[i]!)?.[0].replace('-', ' ') ?? '';
        lines.splice(i + 1, 0, `${indent}${key}: ${JSON.stringify(value)}`);
        return lines.join('\n');
      }
      case 'duplicate':
        lines.splice(i, 0, lines[i]!);
        return lines.join('\n');
      default:
        return source.slice(0, a % source.length);
    }
  });

describe('parseServiceFile never crashes or hangs', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void check(s)),
      { numRuns: 300 },
    );
  });

  it('on random YAML-ish text built from the format’s own tokens', () => {
    const token = fc.constantFrom(
      'frontstage: 1\n',
      'service:',
      ' { id: a, name: b }',
      '\n  ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ': ',
      '&a ',
      '*a',
      'stages:',
      'steps:',
      'id: x',
      'customer: ',
      'decide: ',
      '"',
      "'",
      '\n',
      '#',
      '? ',
      '!!str ',
      '|\n  ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => void check(parts.join(''))),
      { numRuns: 300 },
    );
  });

  it('on random bytes decoded as UTF-8 (with replacement characters)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void check(new TextDecoder().decode(bytes))),
      { numRuns: 300 },
    );
  });

  it('on mutations of valid files', () => {
    fc.assert(
      fc.property(mutated, (s) => void check(s)),
      { numRuns: 500 },
    );
  });

  it('on valid files with any JSON value put at a random place', () => {
    const base = parse(REPAIR) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) {
        for (const [i, x] of v.entries()) walk(x, [...path, i]);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        fc.option(fc.constantFrom(...KEYS)),
        (at, value, key) => {
          const copy = structuredClone(base);
          const path = paths[at % paths.length]!;
          let target: Record<string | number, unknown> = copy;
          for (const segment of path.slice(0, -1))
            target = target[segment] as Record<string | number, unknown>;
          const last = path[path.length - 1];
          if (last === undefined) return;
          if (
            key !== null &&
            target[last] &&
            typeof target[last] === 'object' &&
            !Array.isArray(target[last])
          ) {
            (target[last] as Record<string, unknown>)[key] = value;
          } else target[last] = value;
          check(stringify(copy));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on 100,000 nested brackets, quickly', () => {
    const r = check('['.repeat(100_000), 500);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('FS003');
    expect(check('{a: '.repeat(20_000), 500).diagnostics[0]!.code).toBe('FS003');
  });

  it('on deep block nesting', () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const r = check(`frontstage: 1\nservice:\n${deep.replace(/^/gm, '  ')}\n`);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'FS003')).toBe(true);
    const seqs = check(`${'- '.repeat(5_000)}x\n`);
    expect(seqs.ok).toBe(false);
  });

  it('refuses a 50 MB file quickly, before parsing', () => {
    const big = `frontstage: 1\n#${'x'.repeat(50 * 1024 * 1024)}\n`;
    const r = check(big, 200);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['FS002']);
    expect(r.diagnostics[0]!.message.en).toContain(String(MAX_SOURCE_LENGTH));
  });

  it('reads a file just under the size limit with very many keys in linear time', () => {
    const lines: string[] = ['frontstage: 1'];
    let size = 0;
    for (let i = 0; size < MAX_SOURCE_LENGTH - 100; i++) {
      const line = `k${i}: ${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    const r = check(lines.join('\n'), 20_000);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.filter((d) => d.code === 'FS101').length).toBeGreaterThan(400);
    // A broken file stays readable: the first MAX_DIAGNOSTICS, then one summary.
    expect(r.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(r.diagnostics[MAX_DIAGNOSTICS]!.code).toBe('FS008');
    expect(r.diagnostics[MAX_DIAGNOSTICS]!.message.en).toMatch(/^\d+ more problems/);
  });

  it('reports duplicate keys', () => {
    const r = check('frontstage: 1\nservice: { id: a, name: b, id: c }\n');
    expect(r.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column])).toEqual([
      ['FS001', 2, 28],
    ]);
    expect(r.diagnostics[0]!.message.en).toContain('duplicate key `id`');
  });

  it('stops a billion-laughs alias bomb', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const r = check(`frontstage: 1\n${lines.join('\n')}\n`, 1_000);
    expect(r.ok).toBe(false);
    expect(
      r.diagnostics.some((d) => d.code === 'FS004' && d.message.en!.includes(String(MAX_ALIAS_VALUES))),
    ).toBe(true);
  });

  it('stops a recursive alias', () => {
    const r = check('frontstage: 1\nservice: &s { id: a, name: b, self: *s }\n');
    expect(r.ok).toBe(false);
    const seq = check('frontstage: 1\nx: &x [1, *x]\n');
    expect(seq.ok).toBe(false);
    expect(seq.diagnostics.map((d) => d.code)).toContain('FS005');
  });

  it('accepts ordinary aliases', () => {
    const r = check(`frontstage: 1
service: { id: a, name: &n { zh-CN: 甲, en: A } }
stages:
  - id: s
    name: *n
`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.model.blueprint!.stages[0]!.name).toEqual({ 'zh-CN': '甲', en: 'A' });
  });

  it('rejects non-string keys', () => {
    for (const source of [
      'frontstage: 1\n1: x\n',
      'frontstage: 1\n? [a, b]\n: c\n',
      'frontstage: 1\nnull: x\n',
      'frontstage: 1\ntrue: x\n',
    ]) {
      const r = check(source);
      expect(r.ok).toBe(false);
      expect(r.diagnostics[0]!.code).toBe('FS006');
    }
  });

  it('treats __proto__ as an ordinary unknown key', () => {
    const r = check('frontstage: 1\nservice: { id: a, name: b }\n__proto__: { polluted: true }\n');
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('FS101');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports several documents in one file', () => {
    expect(check('frontstage: 1\n---\nfrontstage: 1\n').ok).toBe(false);
  });

  it('terminates on cyclic flows', () => {
    const r = check(`frontstage: 1
service: { id: a, name: b }
blueprint:
  flows:
    - { from: x.customer, to: y.customer }
    - { from: y.customer, to: x.customer, kind: sequence }
    - { from: y.frontstage, to: x.frontstage }
stages:
  - id: s
    steps:
      - { id: x, customer: A, frontstage: F }
      - { id: y, customer: B, frontstage: G }
`);
    expect(r.ok).toBe(true);
  });
});
