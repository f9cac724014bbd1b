import { describe, expect, it } from 'vitest';
import { REPAIR } from './fixtures/service-files.js';
import { LINT_RULES, lintServiceModel } from './lint.js';
import { MESSAGES } from './messages.js';
import { parseServiceFile } from './parse.js';
import type { Diagnostic } from './types.js';
import { validateServiceFile } from './validate.js';

const HEAD = 'frontstage: 1\nservice: { id: s, name: S }\n';

function lint(source: string): Diagnostic[] {
  const result = parseServiceFile(source, { file: 'lint.yaml' });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message.en).join('\n'));
  return lintServiceModel(result.model);
}
const codes = (source: string) => lint(source).map((d) => d.code);

/** A small blueprint that follows every rule. */
const CLEAN = `${HEAD}touchpoints:
  - { id: desk, name: Desk, channel: in_person }
personas: [{ id: p, name: P }]
journeys:
  - { id: j, name: J, persona: p, stages: [{ id: st, steps: [{ touchpoint: desk, emotion: 1 }] }] }
stages:
  - id: st
    steps:
      - id: a
        customer: { text: Asks, touchpoint: desk }
        frontstage: { text: Answers, actor: Clerk }
        backstage: { text: Checks, department: Ops }
        support: System
      - id: b
        customer: { text: Leaves, touchpoint: desk }
        frontstage: { text: Says goodbye, actor: Clerk }
`;

describe('lintServiceModel', () => {
  it('finds nothing in a blueprint that follows the method', () => {
    expect(lint(CLEAN)).toEqual([]);
  });

  it('gives every rule a distinct catalogued code with bilingual message and hint', () => {
    const seen = new Set(LINT_RULES.map((r) => r.code));
    expect(seen.size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) {
      const entry = MESSAGES[rule.code];
      expect(entry.severity).toBe('warning');
      expect(rule.name).toMatch(/^[a-z-]+$/);
    }
  });

  it('BP101: customer action with no frontstage contact, evidence or touchpoint', () => {
    const ds = lint(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: Browses alone }\n      - { id: b, customer: { text: Buys, touchpoint: till }, frontstage: { text: Sells, actor: Clerk } }\n`,
    );
    const d = ds.find((x) => x.code === 'BP101')!;
    expect(d.message.en).toContain('`a.customer`');
    expect(d.location).toMatchObject({ file: 'lint.yaml', line: 6 });
    expect(ds.filter((x) => x.code === 'BP101')).toHaveLength(1);
  });

  it('BP102: frontstage action tied to no customer action', () => {
    const ds = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: Buys, touchpoint: t }, frontstage: { text: Sells, actor: C } }\n      - { id: b, frontstage: { text: Tidies up, actor: C } }\n`,
    );
    expect(ds.filter((c) => c === 'BP102')).toHaveLength(1);
  });

  it('BP103: support action that supports nothing', () => {
    const ds = lint(
      `${HEAD}blueprint: { auto-flows: false }\nstages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: Buys, touchpoint: t }, support: Stock system }\n`,
    );
    expect(ds.find((d) => d.code === 'BP103')?.message.en).toContain('`a.support`');
  });

  it('BP104: a decision with one branch, or an unlabelled branch', () => {
    const one = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, decide: { ask: OK?, then: b } }\n      - { id: b, customer: { text: B, touchpoint: t } }\n`,
    );
    expect(one).toContain('BP104');
    const unlabelled = lint(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, decide: { ask: Which?, branches: [{ to: b }, { label: C, to: c }] } }\n      - { id: b, customer: { text: B, touchpoint: t } }\n      - { id: c, customer: { text: C, touchpoint: t } }\n`,
    );
    expect(unlabelled.filter((d) => d.code === 'BP104').map((d) => d.message.en)).toEqual([
      'Decision `a.customer` is missing a branch: the branch to `b.customer` has no label.',
    ]);
  });

  it('BP105: a fail point without a recovery flow', () => {
    const ds = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C, fail: true } }\n`,
    );
    expect(ds).toContain('BP105');
    const recovered = codes(
      `${HEAD}blueprint:\n  flows: [{ from: a.frontstage, to: a.backstage, kind: recovery }]\nstages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C, fail: true }, backstage: { text: B, actor: D } }\n`,
    );
    expect(recovered).not.toContain('BP105');
  });

  it('BP106: crossing the line of visibility to nobody, or skipping the backstage lane', () => {
    const nobody = lint(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C }, backstage: Something happens }\n`,
    );
    expect(nobody.filter((d) => d.code === 'BP106').map((d) => d.message.en)).toEqual([
      'Flow `a.frontstage->a.backstage` crosses the line of visibility with nobody backstage (backstage action `a.backstage` has no actor or department).',
    ]);
    const skip = lint(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C }, support: System }\n`,
    );
    expect(skip.find((d) => d.code === 'BP106')?.message.en).toContain('skips the backstage lane');
  });

  it('BP107: a journey touchpoint absent from the blueprint (info for a to-be journey)', () => {
    const ds = lint(REPAIR).filter((d) => d.code === 'BP107');
    expect(ds.map((d) => [d.severity, d.message.en])).toEqual([
      ['info', 'Touchpoint `app-booking` used in journey `owner-to-be` is absent from the blueprint.'],
    ]);
    const asIs = lint(
      `${HEAD}stages: [{ id: st, steps: [{ id: a, customer: { text: A, touchpoint: t } }] }]\njourneys: [{ id: j, name: J, stages: [{ id: x, steps: [other] }] }]\n`,
    );
    expect(asIs.find((d) => d.code === 'BP107')?.severity).toBe('warning');
  });

  it('BP108 and BP109: a step without a customer action, an empty stage', () => {
    const ds = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t } }\n      - { id: b, backstage: { text: B, actor: X } }\n  - id: empty\n`,
    );
    expect(ds).toContain('BP108');
    expect(ds).toContain('BP109');
  });

  it('treats the actions of one cell together (BP103, BP110)', () => {
    const ds = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C }, backstage: { text: B, actor: D }, support: [S1, S2] }\n`,
    );
    expect(ds).toEqual([]);
  });

  it('BP110: an action unreachable from the first customer action', () => {
    const ds = lint(
      `${HEAD}blueprint: { auto-flows: false }\nstages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t, next: b } }\n      - { id: b, customer: { text: B, touchpoint: t } }\n      - { id: c, customer: { text: C, touchpoint: t } }\n`,
    );
    expect(ds.filter((d) => d.code === 'BP110').map((d) => d.message.en)).toEqual([
      'Action `c.customer` cannot be reached from the first customer action.',
    ]);
  });

  it('BP111: no customer lane', () => {
    expect(
      codes(
        `${HEAD}blueprint: { lanes: [frontstage, backstage] }\nstages: [{ id: st, steps: [{ id: a, frontstage: { text: F, actor: C } }] }]\n`,
      ),
    ).toContain('BP111');
  });

  it('BP112 and BP113: work without an owner, a wait without a duration', () => {
    const ds = codes(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t, wait: true }, frontstage: F }\n`,
    );
    expect(ds).toContain('BP112');
    expect(ds).toContain('BP113');
  });

  it('BP114: a branch flow from an action that decides nothing', () => {
    const ds = codes(
      `${HEAD}blueprint:\n  flows: [{ from: a.customer, to: b.customer, kind: branch, label: Yes }]\nstages:\n  - id: st\n    steps:\n      - { id: a, customer: { text: A, touchpoint: t } }\n      - { id: b, customer: { text: B, touchpoint: t } }\n`,
    );
    expect(ds).toContain('BP114');
  });

  it('journey rules: JM201 to-be without based-on, JM202 missing emotion, JM203 empty stage, JM204 no persona, JM205 based on a to-be', () => {
    const ds = codes(`${HEAD}journeys:
  - { id: a, name: A, variant: to_be, stages: [{ id: x, steps: [{ touchpoint: t, emotion: 1 }, t2] }, { id: y }] }
  - { id: b, name: B, variant: to_be, based-on: a, persona: p, stages: [] }
personas: [{ id: p, name: P }]
`);
    expect(ds.sort()).toEqual(['JM201', 'JM202', 'JM203', 'JM204', 'JM205']);
  });

  it('touchpoint and stakeholder rules: TP301 unused, TP302 complaints above traffic, SH401 self relation', () => {
    const ds = codes(`${HEAD}touchpoints: [{ id: t, name: T, traffic: 10, complaints: 20 }]
stakeholders: [{ id: h, name: H, interest: 3, influence: 3, relations: [{ to: h, kind: serves }] }]
`);
    expect(ds).toEqual(['TP301', 'TP302', 'SH401']);
  });

  it('terminates on cyclic flows', () => {
    const ds = codes(`${HEAD}blueprint:
  flows: [{ from: b.customer, to: a.customer }, { from: a.frontstage, to: b.frontstage }, { from: b.frontstage, to: a.frontstage, kind: sequence }]
stages: [{ id: st, steps: [{ id: a, customer: { text: A, touchpoint: t }, frontstage: { text: F, actor: C } }, { id: b, customer: { text: B, touchpoint: t }, frontstage: { text: G, actor: C } }] }]
`);
    expect(ds).toEqual([]);
  });
});

describe('validateServiceFile', () => {
  it('returns parse diagnostics and lint findings together, sorted by position', () => {
    const result = validateServiceFile(
      `${HEAD}stages:\n  - id: st\n    steps:\n      - { id: a, customer: Alone, decide: { ask: yes, then: b, else: c } }\n      - { id: b, customer: B }\n      - { id: c, customer: C }\n`,
    );
    expect(result.ok).toBe(true);
    const list = result.diagnostics.map((d) => d.code);
    expect(list).toContain('FS107');
    expect(list).toContain('BP101');
    const lines = result.diagnostics.map((d) => d.location?.line ?? 0);
    expect([...lines].sort((x, y) => x - y)).toEqual(lines);
  });

  it('returns only the errors when the file does not parse', () => {
    const result = validateServiceFile('frontstage: 1\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FS102']);
  });
});
