import { type Lang, t } from './i18n.js';
import { type InitAnswers, type Label, laneId, stepIds } from './init-answers.js';

/** A YAML scalar that is always read back as this exact string: a JSON string is a valid double-quoted scalar. */
function str(s: string): string {
  return JSON.stringify(s);
}

/** A label as YAML flow: `"text"` or `{ zh-CN: "…", en: "…" }`. */
function label(l: Label): string {
  return typeof l === 'string' ? str(l) : `{ zh-CN: ${str(l['zh-CN'])}, en: ${str(l.en)} }`;
}

/**
 * The service file `frontstage init` writes: the answers laid out in the format of docs/service-file.md, with a
 * comment at each of the seven blueprinting steps so the author knows what to fill in next.
 */
export function initYaml(answers: InitAnswers, lang: Lang): string {
  const step = (n: number) =>
    `# ${t(lang, 'init.stepComment', { n, title: t(lang, `init.step${n}` as 'init.step1') })}`;
  const ids = stepIds(answers.steps);
  const lines: string[] = [
    `# ${t(lang, 'init.header')}`,
    '# docs/service-file.md',
    '',
    'frontstage: 1',
    '',
    step(1),
    'service:',
    `  id: ${answers.id}`,
    `  name: ${label(answers.name)}`,
    `  customers: ${label(answers.customers)}`,
    `  ${step(2)}`,
  ];
  if (answers.expectations.length === 0) lines.push('  expectations: []');
  else {
    lines.push('  expectations:');
    for (const e of answers.expectations) lines.push(`    - ${label(e)}`);
  }
  lines.push(
    '',
    step(3),
    'blueprint:',
    `  number: ${str(answers.number)}`,
    '  version: A/0',
    '  status: draft',
    '  lanes:',
    '    - evidence      # 有形展示 / physical evidence',
    '    - customer      # 顾客行为 / customer actions',
    '    - frontstage    # 前台（互动分界线以下）/ frontstage, below the line of interaction',
    '    - backstage     # 后台（可视分界线以下）/ backstage, below the line of visibility',
    '    - support       # 支持过程（内部互动线以下）/ support, below the line of internal interaction',
  );
  if (answers.customLane !== undefined) {
    lines.push(
      `    - { id: ${laneId(answers.customLane)}, name: ${label(answers.customLane)}, zone: support }`,
    );
  }
  lines.push(
    '',
    step(4),
    step(5),
    step(6),
    step(7),
    'stages:',
    '  - id: service',
    `    name: ${label({ 'zh-CN': '服务过程', en: 'Service' })}`,
    '    steps:',
  );
  answers.steps.forEach((s, i) => {
    lines.push(`      - id: ${ids[i]}`);
    lines.push(`        customer: ${label(s.customer)}   # 4`);
    if (s.frontstage !== undefined) {
      lines.push(
        `        frontstage: { text: ${label(s.frontstage)}, department: ${label(answers.frontstageOwner)} }   # 5`,
      );
    }
    if (s.backstage !== undefined) {
      lines.push(
        `        backstage: { text: ${label(s.backstage)}, department: ${label(answers.backstageOwner)} }   # 5`,
      );
    }
    if (s.support !== undefined) lines.push(`        support: ${label(s.support)}   # 6`);
    if (s.evidence !== undefined) lines.push(`        evidence: [${label(s.evidence)}]   # 7`);
  });
  // An owner with no action to carry it (no step got a frontstage or backstage answer) is kept as a reminder.
  for (const [lane, owner] of [
    ['frontstage', answers.frontstageOwner],
    ['backstage', answers.backstageOwner],
  ] as const) {
    if (answers.steps.some((s) => s[lane] !== undefined)) continue;
    lines.push(
      `      # ${lane}: 行动写 { text: …, department: ${label(owner)} } / write its actions as { text: …, department: ${label(owner)} }`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
