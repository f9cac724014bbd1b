import { describe, expect, it } from 'vitest';
import { CUSTOM_LANES, MINIMAL, REPAIR } from './fixtures/service-files.js';
import { parseServiceFile } from './parse.js';
import type { Diagnostic, ServiceModel } from './types.js';

function model(source: string): ServiceModel {
  const result = parseServiceFile(source, { file: 'test.service.yaml' });
  if (!result.ok)
    throw new Error(
      result.diagnostics.map((d) => `${d.location?.line}:${d.code} ${d.message.en}`).join('\n'),
    );
  return result.model;
}
function errors(source: string): Diagnostic[] {
  const result = parseServiceFile(source, { file: 'bad.service.yaml' });
  expect(result.ok).toBe(false);
  return result.diagnostics.filter((d) => d.severity === 'error');
}
const at = (d: Diagnostic | undefined) => [d?.code, d?.location?.line, d?.location?.column];

describe('parseServiceFile: expansion of short forms', () => {
  const m = model(REPAIR);
  const bp = m.blueprint!;

  it('reads the header and the service', () => {
    expect(m.format).toBe(1);
    expect(m.service).toMatchObject({
      id: 'property-repair',
      currency: 'CNY',
      customers: { 'zh-CN': '小区业主', en: 'Residents' },
    });
    expect(bp).toMatchObject({ number: 'BP-PM-001', version: 'A/0', status: 'approved', autoFlows: true });
  });

  it('uses the five method lanes by default, with bilingual names', () => {
    expect(bp.lanes.map((l) => l.id)).toEqual(['evidence', 'customer', 'frontstage', 'backstage', 'support']);
    expect(bp.lanes[2]).toEqual({
      kind: 'role',
      id: 'frontstage',
      role: 'frontstage',
      name: { 'zh-CN': '前台员工行为', en: 'Frontstage actions' },
    });
  });

  it('numbers steps across stages and defaults a step name to its customer action text', () => {
    expect(bp.steps.map((s) => [s.id, s.stage, s.index])).toEqual([
      ['notify', 'request', 0],
      ['confirm-time', 'request', 1],
      ['arrive', 'visit', 2],
      ['pay', 'visit', 3],
    ]);
    expect(bp.steps[0]!.name).toEqual({ 'zh-CN': '通知维修需要', en: 'Reports a repair need' });
    expect(bp.steps[3]!.name).toEqual({ 'zh-CN': '付款', en: 'Payment' });
  });

  it('gives actions default ids <step>.<lane>, then .2 for a second action in a cell', () => {
    expect(bp.actions.filter((a) => a.step === 'notify').map((a) => a.id)).toEqual([
      'notify.customer',
      'notify.frontstage',
      'notify.backstage',
      'notify.support',
      'notify.support.2',
    ]);
    const support2 = bp.actions.find((a) => a.id === 'notify.support.2')!;
    expect(support2).toMatchObject({
      lane: 'support',
      text: { 'zh-CN': '短信平台', en: 'SMS gateway' },
      status: 'observed',
    });
  });

  it('reads durations, costs, fail and wait points', () => {
    const byId = new Map(bp.actions.map((a) => [a.id, a]));
    expect(byId.get('notify.customer')!.minutes).toBe(3);
    expect(byId.get('notify.frontstage')).toMatchObject({ minutes: 5, cost: 6 });
    expect(byId.get('arrive.frontstage')!.fail).toEqual({ reason: { 'zh-CN': '迟到', en: 'Late' } });
    expect(byId.get('confirm-time.customer')!.wait).toEqual({ reason: '等待回电', minutes: 90 });
  });

  it('turns a step decide into a decision on the customer action with yes/no branch flows', () => {
    const decider = bp.actions.find((a) => a.id === 'confirm-time.customer')!;
    expect(decider.decision).toEqual({ question: { 'zh-CN': '时间合适？', en: 'Time suitable?' } });
    const branches = bp.flows.filter((f) => f.from === decider.id && f.kind === 'branch');
    expect(branches.map((f) => [f.to, f.label, f.derived])).toEqual([
      ['notify.customer', { 'zh-CN': '否', en: 'No' }, false],
      ['arrive.customer', { 'zh-CN': '是', en: 'Yes' }, false],
    ]);
    // The decision's branches replace the customer-lane sequence out of it.
    expect(
      bp.flows.some((f) => f.id === 'confirm-time.customer->arrive.customer' && f.kind === 'sequence'),
    ).toBe(false);
  });

  it('derives sequence flows along the customer lane and down each step', () => {
    const derived = bp.flows.filter((f) => f.derived).map((f) => f.id);
    expect(derived).toContain('notify.customer->confirm-time.customer');
    expect(derived).toContain('arrive.customer->pay.customer');
    expect(derived).toContain('notify.customer->notify.frontstage');
    expect(derived).toContain('notify.frontstage->notify.backstage');
    expect(derived).toContain('notify.backstage->notify.support');
    expect(derived).not.toContain('notify.backstage->notify.support.2');
    expect(bp.flows.every((f) => f.id === `${f.from}->${f.to}`)).toBe(true);
  });

  it('marks a flow to an earlier step as a loop and keeps hand-written kinds', () => {
    const loop = bp.flows.find((f) => f.id === 'pay.frontstage->notify.customer')!;
    expect(loop).toMatchObject({
      kind: 'loop',
      derived: false,
      label: { 'zh-CN': '重新报修', en: 'Report again' },
    });
    const recovery = bp.flows.find((f) => f.id === 'arrive.frontstage->arrive.backstage')!;
    expect(recovery).toMatchObject({ kind: 'recovery', derived: false });
    expect(recovery.location).toMatchObject({
      file: 'test.service.yaml',
      line: 14,
      path: ['blueprint', 'flows', 0],
    });
  });

  it('reads evidence items with default ids and touchpoints', () => {
    expect(bp.evidence).toHaveLength(1);
    expect(bp.evidence[0]).toMatchObject({
      id: 'notify.evidence',
      step: 'notify',
      touchpoint: 'hotline',
      status: 'observed',
    });
  });

  it('adds implicit touchpoints named after the first action that references them', () => {
    expect(m.touchpoints.map((t) => [t.id, t.implicit])).toEqual([
      ['hotline', false],
      ['home-visit', false],
      ['appointment', true],
      ['app-booking', true],
    ]);
    expect(m.touchpoints[2]!.name).toEqual({ 'zh-CN': '确认上门时间', en: 'Confirms the visit time' });
    expect(m.touchpoints[0]).toMatchObject({ channel: 'phone', traffic: 1200, complaints: 35 });
  });

  it('expands journeys: short steps, default channel, stage names from the blueprint, variants', () => {
    const [asIs, toBe] = m.journeys;
    expect(asIs!.variant).toBe('as_is');
    expect(asIs!.stages[0]!.name).toEqual({ 'zh-CN': '报修', en: 'Request' });
    expect(asIs!.stages[1]!.name).toEqual({ 'zh-CN': '上门服务', en: 'Home service' });
    expect(asIs!.stages[0]!.steps[0]).toMatchObject({
      touchpoint: 'hotline',
      channel: 'phone',
      emotion: -2,
      painPoints: ['占线'],
    });
    expect(asIs!.stages[0]!.steps[1]).toMatchObject({
      touchpoint: 'appointment',
      painPoints: [],
      opportunities: [],
    });
    expect(toBe).toMatchObject({ variant: 'to_be', basedOn: 'owner-as-is' });
  });

  it('reads personas and stakeholders with defaults', () => {
    expect(m.personas[0]).toMatchObject({
      id: 'owner',
      goals: [{ 'zh-CN': '快速修好', en: 'A quick fix' }],
      needs: [],
      frustrations: [],
    });
    expect(m.stakeholders[0]).toMatchObject({
      interest: 5,
      influence: 5,
      relations: [{ to: 'tech', kind: 'collaborates' }],
    });
    expect(m.stakeholders[1]!.relations).toEqual([]);
  });

  it('locates records at their line and column', () => {
    const step = bp.steps.find((s) => s.id === 'arrive')!;
    const line = REPAIR.split('\n').findIndex((l) => l.includes('- id: arrive')) + 1;
    expect(step.location).toMatchObject({
      file: 'test.service.yaml',
      line,
      column: 9,
      path: ['stages', 1, 'steps', 0],
    });
  });
});

describe('parseServiceFile: other layouts', () => {
  it('accepts the minimal file without a blueprint', () => {
    const m = model(MINIMAL);
    expect(m.blueprint).toBeUndefined();
    expect(m.service).toEqual({ id: 'tiny', name: 'Tiny service', expectations: [] });
    expect(m.touchpoints).toEqual([]);
  });

  it('reads custom lanes in their zones, explicit ids, lists in cells, and auto-flows off', () => {
    const bp = model(CUSTOM_LANES).blueprint!;
    expect(bp.autoFlows).toBe(false);
    expect(bp.lanes.map((l) => (l.kind === 'custom' ? `${l.id}:${l.zone}` : l.id))).toEqual([
      'customer',
      'frontstage',
      'backstage',
      'it:backstage',
      'support',
      'partners:support',
    ]);
    expect(bp.lanes[1]!.name).toBe('Branch staff');
    expect(bp.actions.map((a) => a.id)).toEqual([
      'apply',
      'apply.frontstage',
      'apply.it',
      'apply.it.2',
      'apply.partners',
      'check.customer',
    ]);
    expect(bp.actions.find((a) => a.id === 'apply.it.2')!.status).toBe('proposed');
    expect(bp.flows.map((f) => [f.id, f.kind, f.derived])).toEqual([
      ['apply->check.customer', 'sequence', false],
      ['apply.frontstage->apply.it', 'sequence', false],
    ]);
  });

  it('lets a hand-written flow replace the derived one between the same actions', () => {
    const m = model(`frontstage: 1
service: { id: s, name: S }
blueprint:
  flows: [{ from: a.customer, to: b.customer, label: Then }]
stages:
  - id: x
    steps:
      - { id: a, customer: A }
      - { id: b, customer: B }
`);
    expect(m.blueprint!.flows).toEqual([
      expect.objectContaining({
        id: 'a.customer->b.customer',
        kind: 'sequence',
        derived: false,
        label: 'Then',
      }),
    ]);
  });

  it('labels then/else in the language of a plain-string question', () => {
    const m = model(`frontstage: 1
service: { id: s, name: S }
stages:
  - id: x
    steps:
      - { id: a, customer: A, decide: { ask: Ready?, then: b, else: c } }
      - { id: b, customer: B }
      - { id: c, customer: C }
`);
    const labels = m.blueprint!.flows.filter((f) => f.kind === 'branch').map((f) => f.label);
    expect(labels).toEqual(['Yes', 'No']);
  });
});

describe('parseServiceFile: errors with locations', () => {
  it('requires the format version, with the fix in the hint', () => {
    const [d] = errors('service: { id: a, name: b }\n');
    expect(d!.code).toBe('FS010');
    expect(d!.hint?.en).toContain('frontstage: 1');
    expect(d!.hint?.['zh-CN']).toContain('frontstage: 1');
  });

  it('refuses a file from a newer Frontstage', () => {
    const [d] = errors('frontstage: 7\nservice: { id: a, name: b }\n');
    expect(at(d)).toEqual(['FS011', 1, 13]);
    expect(d!.message.en).toContain('newer Frontstage');
  });

  it('rejects a version that is not a positive integer', () => {
    expect(errors('frontstage: "one"\n')[0]!.code).toBe('FS012');
    expect(errors('frontstage: 1.5\n')[0]!.code).toBe('FS012');
  });

  it('rejects a file that is not a mapping', () => {
    expect(errors('- a\n- b\n')[0]!.code).toBe('FS007');
    expect(errors('')[0]!.code).toBe('FS007');
  });

  it('reports YAML syntax errors with their position', () => {
    const [d] = errors('frontstage: 1\nservice: { id: a, name: b\n');
    expect(d!.code).toBe('FS001');
    expect(d!.location!.line).toBeGreaterThanOrEqual(2);
  });

  it('explains a bad indent in both languages, at the first character of the line, without its knock-on errors', () => {
    // The step's `customer:` two spaces left of its `id:` (as a slip of the editor makes it).
    const source = [
      'frontstage: 1',
      'service:',
      '  id: a',
      '  name: b',
      'stages:',
      '  - id: s',
      '    steps:',
      '      - id: x',
      '        name: n',
      '      customer:',
      '          text: c',
      '        frontstage: f',
      '',
    ].join('\n');
    const ds = errors(source);
    expect(ds).toHaveLength(1);
    const d = ds[0]!;
    expect([d.code, d.location?.line, d.location?.column]).toEqual(['FS001', 10, 7]);
    expect(d.message['zh-CN']).toMatch(/^YAML 语法错误：[^A-Za-z]+$/);
    expect(d.hint?.['zh-CN']).toContain('同一列');
    expect(d.hint?.en).toContain('same column');
    const tabbed = errors('frontstage: 1\nservice:\n\tid: a\n')[0]!;
    expect(tabbed.message['zh-CN']).toContain('Tab');
    expect(tabbed.hint?.en).toContain('spaces');
  });

  it('suggests the nearest key for an unknown key, at the key itself', () => {
    const ds = errors('frontstage: 1\nservice:\n  id: a\n  name: b\n  currrency: CNY\n');
    expect(at(ds[0])).toEqual(['FS101', 5, 3]);
    expect(ds[0]!.hint?.en).toContain('`currency`');
    expect(ds[0]!.location!.path).toEqual(['service', 'currrency']);
  });

  it('suggests `text` for a misspelt key in an action object', () => {
    const ds = errors(
      'frontstage: 1\nservice: { id: a, name: b }\nstages:\n  - id: s\n    steps:\n      - id: x\n        customer: { txt: Hello }\n',
    );
    const unknown = ds.find((d) => d.code === 'FS101')!;
    expect(unknown.hint?.en).toContain('`text`');
    expect(ds.some((d) => d.code === 'FS102' && d.message.en!.includes('`text`'))).toBe(true);
  });

  it('reports a missing required key at its parent', () => {
    const [d] = errors('frontstage: 1\nservice:\n  id: a\n');
    expect(at(d)).toEqual(['FS102', 3, 3]);
    expect(d!.message.en).toContain('`name`');
  });

  it('tells the user to quote a boolean or number where text is expected', () => {
    const ds = errors('frontstage: 1\nservice: { id: a, name: true }\n');
    expect(at(ds[0])).toEqual(['FS106', 2, 25]);
    expect(ds[0]!.hint?.en).toContain('"true"');
    expect(errors('frontstage: 1\nservice: { id: a, name: 42 }\n')[0]!.code).toBe('FS106');
  });

  it('warns about unquoted yes/no/on/off, which YAML 1.1 readers turn into booleans', () => {
    const result = parseServiceFile('frontstage: 1\nservice: { id: a, name: yes }\n');
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([
      ['FS107', 'warning', 2],
    ]);
    expect(parseServiceFile('frontstage: 1\nservice: { id: a, name: "yes" }\n').diagnostics).toEqual([]);
  });

  it('explains an unquoted comma that split a text pair', () => {
    const ds = errors('frontstage: 1\nservice: { id: a, name: { zh-CN: 甲, en: Fast, cheap } }\n');
    expect(ds[0]!.code).toBe('FS112');
    expect(ds[0]!.message.en).toContain('`cheap`');
  });

  describe('explains a comma-split text pair written in short form', () => {
    const only = (source: string) => {
      const ds = errors(source);
      expect(ds.map((d) => d.code)).toEqual(['FS112']);
      return ds[0]!;
    };
    const header = 'frontstage: 1\nservice: { id: a, name: b }\n';
    /** Line and column of the stray key `, <key> }` in the source. */
    const strayAt = (source: string, key: string) => {
      const lines = source.split('\n');
      const line = lines.findIndex((l) => l.includes(`, ${key} }`));
      return ['FS112', line + 1, lines[line]!.indexOf(`, ${key} }`) + 3];
    };

    it('in a lane cell', () => {
      const source = `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        frontstage: { zh-CN: 前台, en: Greets, checks ID }\n`;
      const d = only(source);
      expect(at(d)).toEqual(strayAt(source, 'checks ID'));
      expect(d.message.en).toContain('`checks ID`');
      expect(d.hint?.en).toContain('Quote');
    });

    it('in a lane cell list', () => {
      const source = `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        customer: [{ zh-CN: 到店, en: Arrives, shows ID }]\n`;
      expect(at(only(source))).toEqual(strayAt(source, 'shows ID'));
    });

    it('in an evidence item', () => {
      const source = `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        evidence: [sign, { zh-CN: 小票, en: Ticket, receipt }]\n`;
      const d = only(source);
      expect(at(d)).toEqual(strayAt(source, 'receipt'));
      expect(d.message.en).toContain('`receipt`');
      const single = only(
        `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        evidence: { zh-CN: 小票, en: Ticket, receipt }\n`,
      );
      expect(single.message.en).toContain('`receipt`');
    });

    it('in a stage name', () => {
      const source = `${header}stages:\n  - id: s\n    name: { zh-CN: 到达, en: Arrival, check-in }\n`;
      const d = only(source);
      expect(at(d)).toEqual(strayAt(source, 'check-in'));
      expect(d.message.en).toContain('`check-in`');
    });

    it('in a journey field', () => {
      const source = `${header}journeys:\n  - id: j\n    name: J\n    stages:\n      - id: s\n        steps:\n          - touchpoint: t\n            doing: { zh-CN: 排队, en: Waits, worries }\n`;
      const d = only(source);
      expect(at(d)).toEqual(strayAt(source, 'worries'));
      expect(d.message.en).toContain('`worries`');
    });

    it('still reads an action whose keys are action fields', () => {
      const ds = errors(
        `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        frontstage: { en: Greets, actor: Host }\n`,
      );
      expect(ds.map((d) => d.code)).toEqual(['FS102', 'FS101']);
      // A stray key with a value was typed, not split off by a comma: still suggest the action's keys.
      const typo = errors(
        `${header}stages:\n  - id: s\n    steps:\n      - id: x\n        frontstage: { zh-CN: 前台, txt: Greets }\n`,
      );
      expect(typo.some((d) => d.code === 'FS112')).toBe(false);
      expect(typo.find((d) => d.message.en!.includes('`txt`'))!.hint?.en).toContain('`text`');
    });
  });

  it('suggests enum values and validates ids', () => {
    const ds = errors('frontstage: 1\nservice: { id: Bad_Id, name: b }\nblueprint: { status: aproved }\n');
    expect(ds.map((d) => d.code)).toEqual(['FS105', 'FS104']);
    expect(ds[1]!.hint?.en).toContain('`approved`');
  });

  it('rejects bad durations, emotions out of −5…+5 and interest out of 1…5', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
stages:
  - id: s
    steps:
      - { id: x, customer: { text: A, duration: 5 minutes } }
journeys:
  - { id: j, name: J, stages: [{ id: s, steps: [{ touchpoint: t, emotion: 6 }] }] }
stakeholders:
  - { id: h, name: H, interest: 0, influence: 3 }
`);
    expect(ds.map((d) => [d.code, d.location?.line])).toEqual([
      ['FS108', 6],
      ['FS109', 8],
      ['FS109', 10],
    ]);
    expect(ds[1]!.message.en).toContain('between -5 and 5');
  });

  it('reports duplicate ids with the line of the first one', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
stages:
  - id: s
    steps:
      - { id: x, customer: A }
      - { id: x, customer: B }
`);
    expect(at(ds[0])).toEqual(['FS201', 7, 15]);
    expect(ds[0]!.message.en).toContain('line 6');
  });

  it('reports unknown flow targets, personas, journeys and stakeholders, with suggestions', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
blueprint:
  flows: [{ from: x.customer, to: y.custmer }]
stages:
  - id: s
    steps:
      - { id: x, customer: A, decide: { ask: Q, then: nowhere, else: x } }
      - { id: y, customer: B }
journeys:
  - { id: j, name: J, persona: ghost, based-on: jj }
stakeholders:
  - { id: h, name: H, interest: 1, influence: 1, relations: [{ to: hh, kind: serves }] }
`);
    expect(ds.map((d) => [d.code, d.location?.line])).toEqual([
      ['FS202', 4],
      ['FS202', 8],
      ['FS209', 8],
      ['FS202', 11],
      ['FS202', 11],
      ['FS202', 13],
    ]);
    expect(ds[0]!.hint?.en).toContain('`y.customer`');
  });

  it('reports a step key that is not a declared lane, suggesting the nearest', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
stages:
  - id: s
    steps:
      - id: x
        customer: A
        frontstge: { text: B, nonsense: 1 }
`);
    expect(ds).toHaveLength(1);
    expect(at(ds[0])).toEqual(['FS203', 8, 9]);
    expect(ds[0]!.hint?.en).toContain('`frontstage`');
  });

  it('reports lanes out of method order and duplicate lanes', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
blueprint:
  lanes: [customer, backstage, frontstage, customer]
`);
    expect(ds.map((d) => [d.code, d.location?.line])).toEqual([
      ['FS204', 4],
      ['FS210', 4],
    ]);
    expect(ds[0]!.message.en).toContain('`frontstage`');
  });

  it('reports a step id target whose step has no action in that lane', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
stages:
  - id: s
    steps:
      - { id: x, customer: A, frontstage: { text: F, next: y } }
      - { id: y, customer: B }
`);
    expect(ds[0]!.code).toBe('FS205');
  });

  it('rejects a step decide without a customer action', () => {
    const ds = errors(`frontstage: 1
service: { id: a, name: b }
stages:
  - id: s
    steps:
      - { id: x, frontstage: F, decide: { ask: Q, then: x } }
`);
    expect(ds[0]!.code).toBe('FS206');
  });

  it('puts the file name in every location and both languages in every message', () => {
    const ds = errors('frontstage: 1\nservice: { id: a }\nfoo: 1\n');
    expect(ds.length).toBe(2);
    for (const d of ds) {
      expect(d.location?.file).toBe('bad.service.yaml');
      expect(d.message.en).toBeTruthy();
      expect(d.message['zh-CN']).toBeTruthy();
    }
  });
});
