import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM_LANES, MINIMAL, REPAIR } from './fixtures/service-files.js';
import { formatServiceFile } from './format.js';
import { generateServiceModel } from './generate.js';
import { parseServiceFile } from './parse.js';
import type { ServiceModel, Text } from './types.js';

/** The model without source locations, which formatting cannot keep. */
function strip(model: ServiceModel): unknown {
  return JSON.parse(JSON.stringify(model, (key, value) => (key === 'location' ? undefined : value)));
}
function parse(source: string): ServiceModel {
  const r = parseServiceFile(source);
  if (!r.ok)
    throw new Error(
      `${r.diagnostics.map((d) => `${d.location?.line}: ${d.message.en}`).join('\n')}\n---\n${source}`,
    );
  expect(r.diagnostics).toEqual([]);
  return r.model;
}
function expectRoundTrip(model: ServiceModel): string {
  const text = formatServiceFile(model);
  const again = parse(text);
  expect(strip(again)).toEqual(strip(model));
  expect(formatServiceFile(again)).toBe(text);
  return text;
}

describe('formatServiceFile', () => {
  it('round-trips the hand-written fixtures', () => {
    for (const source of [MINIMAL, REPAIR, CUSTOM_LANES]) expectRoundTrip(parse(source));
  });

  it('uses the short forms: text cells, step decide with then/else, omitted defaults and derived flows', () => {
    const text = expectRoundTrip(parse(REPAIR));
    expect(text).toContain('        customer: { zh-CN: 付款, en: Pays }\n');
    expect(text).toContain(
      '        decide:\n          ask: { zh-CN: 时间合适？, en: Time suitable? }\n          then: arrive\n          else: notify\n',
    );
    expect(text).not.toContain('lanes:');
    expect(text).not.toContain('derived');
    expect(text).not.toContain('status: observed');
    expect(text).not.toContain('id: notify.customer');
    expect(text).toContain(
      '    - { from: pay.frontstage, to: notify.customer, label: { zh-CN: 重新报修, en: Report again } }\n',
    );
    expect(text).toContain('    - { from: arrive.frontstage, to: arrive.backstage, kind: recovery,');
    // Implicit touchpoints are derived, so only the declared ones are written.
    expect(text.match(/^ {2}- id: (hotline|home-visit|appointment|app-booking)$/gm)).toEqual([
      '  - id: hotline',
      '  - id: home-visit',
    ]);
    expect(text).toContain('duration: 1h30m');
  });

  it('writes custom lanes, explicit ids, cell lists and auto-flows off', () => {
    const text = expectRoundTrip(parse(CUSTOM_LANES));
    expect(text).toContain('auto-flows: false');
    expect(text).toContain('- { id: it, name: IT systems, zone: backstage }');
    expect(text).toContain('- { role: frontstage, name: Branch staff }');
    expect(text).toContain('- { id: partners, name: Partners }');
    expect(text).toContain('id: apply\n');
  });

  it('quotes values that YAML 1.1 would read as booleans, and texts with YAML syntax in them', () => {
    const base = parse(MINIMAL);
    const tricky: ServiceModel = {
      ...base,
      service: {
        ...base.service,
        name: 'yes',
        description: { 'zh-CN': '逗号，冒号: 引号"', en: 'a, b: c # d' },
        customers: 'on',
      },
    };
    const text = expectRoundTrip(tricky);
    expect(text).toContain('name: "yes"');
    expect(parseServiceFile(text).diagnostics).toEqual([]);
  });

  it('round-trips generated blueprints, also with awkward texts', () => {
    const awkward = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        'yes',
        'No',
        'on',
        'null',
        '~',
        '1.0',
        '- x',
        ': x',
        '#x',
        'a, b',
        '{x}',
        ' lead',
        'trail ',
        'l1\nl2',
        '"q"',
        "'q'",
        '时间合适？',
      ),
    );
    const text: fc.Arbitrary<Text> = fc.oneof(
      awkward,
      fc.record({ 'zh-CN': awkward, en: awkward }, { requiredKeys: ['zh-CN'] }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.array(text, { minLength: 1, maxLength: 8 }),
        (steps, seed, texts) => {
          const m = generateServiceModel({ steps, seed });
          const bp = m.blueprint!;
          const pick = (i: number) => texts[i % texts.length]!;
          const changed: ServiceModel = {
            ...m,
            service: { ...m.service, name: pick(0), description: pick(1) },
            blueprint: {
              ...bp,
              stages: bp.stages.map((s, i) => ({ ...s, name: pick(i + 2) })),
              actions: bp.actions.map((a, i) =>
                i % 3 === 0 ? { ...a, actor: pick(i), note: pick(i + 1) } : a,
              ),
            },
          };
          expectRoundTrip(changed);
        },
      ),
      { numRuns: 40 },
    );
  });
});
