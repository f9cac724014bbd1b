import type { Command } from 'commander';
import { action, out } from '../action.js';
import { CliError } from '../errors.js';
import { type Lang, t } from '../i18n.js';
import {
  DEFAULT_ANSWERS,
  type InitAnswers,
  type InitStep,
  isValidId,
  type Label,
  labelIn,
  splitList,
} from '../init-answers.js';
import { EXIT_USAGE } from '../io.js';
import type { CommandContext } from '../program.js';
import type { Ask } from '../prompt.js';

interface InitOptions {
  readonly yes?: boolean;
  readonly answers?: string;
  readonly force?: boolean;
  readonly id?: string;
  readonly name?: string;
  readonly customers?: string;
  readonly expectations?: string;
  readonly steps?: string;
  readonly number?: string;
  readonly lane?: string;
}

/** What the user gave before any question: the answers file, then flags on top. */
type Partial_ = { -readonly [K in keyof InitAnswers]?: InitAnswers[K] };

/** `frontstage init [file]`: a guided scaffold following the seven blueprinting steps. */
export function registerInit(program: Command, ctx: CommandContext): void {
  const { lang } = ctx;
  program
    .command('init')
    .description(t(lang, 'init.description'))
    .argument('[file]', t(lang, 'init.file'))
    .option('-y, --yes', t(lang, 'init.yes'))
    .option('--answers <file>', t(lang, 'init.answers'))
    .option('-f, --force', t(lang, 'init.force'))
    .option('--id <id>', t(lang, 'init.optId'))
    .option('--name <text>', t(lang, 'init.optName'))
    .option('--customers <text>', t(lang, 'init.optCustomers'))
    .option('--expectations <list>', t(lang, 'init.optExpectations'))
    .option('--steps <list>', t(lang, 'init.optSteps'))
    .option('--number <number>', t(lang, 'init.optNumber'))
    .option('--lane <name>', t(lang, 'init.optLane'))
    .action(
      action(ctx, async (file: string | undefined, options: InitOptions) => {
        const given = await gather(ctx, options);
        let answers: InitAnswers;
        if (options.yes) answers = complete(given);
        else if (ctx.io.isTTY) answers = await interview(ctx, given);
        else throw new CliError(t(lang, 'init.needsTTY'), EXIT_USAGE);
        const target = file ?? `${answers.id}.service.yaml`;
        // Loaded on demand so that `frontstage --help` and the other commands do not pay for them.
        const [{ resolve }, { displayPath, writeFileAtomic }, { initYaml }] = await Promise.all([
          import('node:path'),
          import('../files.js'),
          import('../init-yaml.js'),
        ]);
        await writeFileAtomic(target, initYaml(answers, lang), ctx.io.cwd, lang, {
          overwrite: Boolean(options.force),
          example: `${answers.id}.service.yaml`,
        });
        out(ctx, t(lang, 'init.done', { file: displayPath(resolve(ctx.io.cwd, target), ctx.io.cwd) }));
      }),
    );
}

async function gather(ctx: CommandContext, options: InitOptions): Promise<Partial_> {
  const { lang } = ctx;
  const given: Partial_ = options.answers ? await readAnswers(ctx, options.answers) : {};
  if (options.id !== undefined) given.id = options.id;
  if (options.name !== undefined) given.name = options.name;
  if (options.customers !== undefined) given.customers = options.customers;
  if (options.expectations !== undefined) given.expectations = splitList(options.expectations);
  if (options.steps !== undefined) given.steps = splitList(options.steps).map((customer) => ({ customer }));
  if (options.number !== undefined) given.number = options.number;
  if (options.lane !== undefined) given.customLane = options.lane;
  if (given.id !== undefined && !isValidId(given.id)) {
    throw new CliError(t(lang, 'init.badId', { id: given.id }), EXIT_USAGE);
  }
  return given;
}

function complete(given: Partial_): InitAnswers {
  const steps = given.steps && given.steps.length > 0 ? given.steps : DEFAULT_ANSWERS.steps;
  return {
    id: given.id ?? DEFAULT_ANSWERS.id,
    name: given.name ?? DEFAULT_ANSWERS.name,
    customers: given.customers ?? DEFAULT_ANSWERS.customers,
    expectations: given.expectations ?? DEFAULT_ANSWERS.expectations,
    number: given.number ?? DEFAULT_ANSWERS.number,
    frontstageOwner: given.frontstageOwner ?? DEFAULT_ANSWERS.frontstageOwner,
    backstageOwner: given.backstageOwner ?? DEFAULT_ANSWERS.backstageOwner,
    ...(given.customLane !== undefined ? { customLane: given.customLane } : {}),
    steps,
  };
}

function isLabel(v: unknown): v is Label {
  if (typeof v === 'string') return v.trim().length > 0;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o['zh-CN'] === 'string' && typeof o.en === 'string';
}

/** Reads and checks an answers file (JSON with the keys of InitAnswers; every key optional). */
async function readAnswers(ctx: CommandContext, path: string): Promise<Partial_> {
  const { lang } = ctx;
  const { readTextFile } = await import('../files.js');
  const text = await readTextFile(path, ctx.io.cwd, lang);
  const bad = (reason: string) => new CliError(t(lang, 'init.badAnswers', { file: path, reason }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw bad(err instanceof Error ? err.message : String(err));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw bad('not an object');
  const o = data as Record<string, unknown>;
  const known = [
    'id',
    'name',
    'customers',
    'expectations',
    'number',
    'customLane',
    'frontstageOwner',
    'backstageOwner',
    'steps',
  ];
  for (const key of Object.keys(o)) if (!known.includes(key)) throw bad(`unknown key "${key}"`);
  const result: Partial_ = {};
  if (o.id !== undefined) {
    if (typeof o.id !== 'string') throw bad('"id" must be a string');
    result.id = o.id;
  }
  for (const key of ['name', 'customers', 'customLane', 'frontstageOwner', 'backstageOwner'] as const) {
    if (o[key] === undefined) continue;
    if (!isLabel(o[key])) throw bad(`"${key}" must be a string or { "zh-CN", "en" }`);
    result[key] = o[key];
  }
  if (o.number !== undefined) {
    if (typeof o.number !== 'string') throw bad('"number" must be a string');
    result.number = o.number;
  }
  if (o.expectations !== undefined) {
    if (!Array.isArray(o.expectations) || !o.expectations.every(isLabel)) {
      throw bad('"expectations" must be a list of labels');
    }
    result.expectations = o.expectations;
  }
  if (o.steps !== undefined) {
    if (!Array.isArray(o.steps)) throw bad('"steps" must be a list');
    result.steps = o.steps.map((s, i): InitStep => {
      if (isLabel(s)) return { customer: s };
      if (typeof s !== 'object' || s === null) throw bad(`steps[${i}] must be a label or an object`);
      const r = s as Record<string, unknown>;
      const step: Record<string, Label> = {};
      for (const [key, value] of Object.entries(r)) {
        if (!['customer', 'frontstage', 'backstage', 'support', 'evidence'].includes(key)) {
          throw bad(`steps[${i}]: unknown key "${key}"`);
        }
        if (!isLabel(value)) throw bad(`steps[${i}].${key} must be a string or { "zh-CN", "en" }`);
        step[key] = value;
      }
      if (step.customer === undefined) throw bad(`steps[${i}] needs "customer"`);
      return step as unknown as InitStep;
    });
  }
  return result;
}

/** The interactive interview: one section per blueprinting step, each question with its default in brackets. */
async function interview(ctx: CommandContext, given: Partial_): Promise<InitAnswers> {
  const { lang } = ctx;
  const { openPrompt } = await import('../prompt.js');
  const prompt = openPrompt(ctx.io.stdin, ctx.io.stdout);
  const { close } = prompt;
  // At a terminal, input ends only when the user presses Ctrl-D: they want out, as with Ctrl-C, not every default.
  const ask: Ask = async (q) => {
    const answer = await prompt.ask(q);
    if (answer === undefined) throw new CliError(t(lang, 'init.endOfInput'));
    return answer;
  };
  try {
    const section = (n: number) => {
      out(ctx);
      out(ctx, t(lang, 'init.step', { n, title: t(lang, `init.step${n}` as 'init.step1') }));
    };
    out(ctx, t(lang, 'init.intro'));

    section(1);
    let id = given.id;
    for (;;) {
      const answer = await question(ask, t(lang, 'init.qId'), id ?? DEFAULT_ANSWERS.id);
      if (isValidId(answer)) {
        id = answer;
        break;
      }
      out(ctx, t(lang, 'init.badId', { id: answer }));
      id = undefined;
    }
    const name = await labelQuestion(ask, lang, t(lang, 'init.qName'), given.name ?? DEFAULT_ANSWERS.name);
    const customers = await labelQuestion(
      ask,
      lang,
      t(lang, 'init.qCustomers'),
      given.customers ?? DEFAULT_ANSWERS.customers,
    );

    section(2);
    const defaultExpectations = given.expectations ?? DEFAULT_ANSWERS.expectations;
    const expectationsText = await ask(
      `${t(lang, 'init.qExpectations')} [${defaultExpectations.map((e) => labelIn(e, lang)).join('; ')}] `,
    );
    const expectations = expectationsText?.trim() ? splitList(expectationsText) : defaultExpectations;

    section(3);
    const number = await question(ask, t(lang, 'init.qNumber'), given.number ?? DEFAULT_ANSWERS.number);
    const laneText = await ask(
      `${t(lang, 'init.qCustomLane')}${given.customLane ? ` [${labelIn(given.customLane, lang)}]` : ''} `,
    );
    const customLane: Label | undefined = laneText?.trim() ? laneText.trim() : given.customLane;

    section(4);
    const defaultSteps = given.steps && given.steps.length > 0 ? given.steps : DEFAULT_ANSWERS.steps;
    const stepsText = await ask(
      `${t(lang, 'init.qSteps')} [${defaultSteps.map((s) => labelIn(s.customer, lang)).join('; ')}] `,
    );
    const typed = stepsText?.trim() ? splitList(stepsText) : undefined;
    const base: InitStep[] = typed ? typed.map((customer) => ({ customer })) : [...defaultSteps];

    const lanes = [
      [5, 'frontstage', 'init.qFront'],
      [5, 'backstage', 'init.qBack'],
      [6, 'support', 'init.qSupport'],
      [7, 'evidence', 'init.qEvidence'],
    ] as const;
    const steps = base.map((s) => ({ ...s }) as Record<string, Label | undefined>);
    let current = 0;
    let frontstageOwner = given.frontstageOwner ?? DEFAULT_ANSWERS.frontstageOwner;
    let backstageOwner = given.backstageOwner ?? DEFAULT_ANSWERS.backstageOwner;
    for (const [n, key, q] of lanes) {
      if (n !== current) {
        section(n);
        current = n;
        if (n === 5) {
          frontstageOwner = await labelQuestion(ask, lang, t(lang, 'init.qFrontOwner'), frontstageOwner);
          backstageOwner = await labelQuestion(ask, lang, t(lang, 'init.qBackOwner'), backstageOwner);
        }
      }
      for (const step of steps) {
        const stepName = labelIn(step.customer as Label, lang);
        const fallback = step[key];
        const hint = fallback !== undefined ? ` [${labelIn(fallback, lang)}]` : '';
        const owner = labelIn(key === 'backstage' ? backstageOwner : frontstageOwner, lang);
        const answer = await ask(`${t(lang, q, { step: stepName, owner })}${hint} `);
        if (answer?.trim()) step[key] = answer.trim();
      }
    }
    return {
      id,
      name,
      customers,
      expectations,
      number,
      frontstageOwner,
      backstageOwner,
      ...(customLane !== undefined ? { customLane } : {}),
      steps: steps as unknown as InitStep[],
    };
  } finally {
    close();
  }
}

async function question(ask: Ask, q: string, fallback: string): Promise<string> {
  const answer = await ask(`${q} [${fallback}] `);
  return answer?.trim() ? answer.trim() : fallback;
}

async function labelQuestion(ask: Ask, lang: Lang, q: string, fallback: Label): Promise<Label> {
  const answer = await ask(`${q} [${labelIn(fallback, lang)}] `);
  return answer?.trim() ? answer.trim() : fallback;
}
