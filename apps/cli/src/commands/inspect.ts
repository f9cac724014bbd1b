import type { LineCrossing, ServiceModel } from '@frontstage/model';
import type { Command } from 'commander';
import { action, out } from '../action.js';
import { fileHasErrors } from '../diagnostics.js';
import { formatMinutes, formatMoney, formatShare } from '../format.js';
import { type Lang, pick, t } from '../i18n.js';
import type { CommandContext } from '../program.js';

/** The model package, loaded when the command runs (not for `--help`). */
type Model = typeof import('@frontstage/model');

const LINE_NAMES = {
  interaction: { 'zh-CN': '互动分界线', en: 'line of interaction' },
  visibility: { 'zh-CN': '可视分界线', en: 'line of visibility' },
  internal_interaction: { 'zh-CN': '内部互动线', en: 'line of internal interaction' },
} as const;

/** The lanes top to bottom with the three derived lines drawn between them. */
function laneLines(m: Model, model: ServiceModel, lang: Lang): string[] {
  const lanes = model.blueprint?.lanes ?? [];
  const lines: string[] = [];
  lanes.forEach((lane, i) => {
    if (i > 0) {
      for (const line of m.linesBetween(m.laneZone(lanes[i - 1]!), m.laneZone(lane))) {
        lines.push(`  ── ${pick(LINE_NAMES[line], lang)} ──`);
      }
    }
    lines.push(`  ${lane.id}  ${pick(lane.name, lang)}`);
  });
  return lines;
}

function section(ctx: CommandContext, title: string, rows: readonly string[]): void {
  out(ctx);
  out(ctx, `${title}${rows.length > 0 ? t(ctx.lang, 'punct.count', { n: rows.length }) : ''}`);
  if (rows.length === 0) out(ctx, `  ${t(ctx.lang, 'inspect.none')}`);
  for (const row of rows) out(ctx, row);
}

const crossing = (c: LineCrossing) => `  ${c.from} → ${c.to}`;

/** The report: what a designer reads off the blueprint, computed rather than counted by hand. */
function report(ctx: CommandContext, m: Model, model: ServiceModel): void {
  const { lang } = ctx;
  const bp = model.blueprint;
  const facts = m.inspectServiceModel(model);
  out(ctx, t(lang, 'inspect.title', { name: pick(model.service.name, lang), id: model.service.id }));
  if (!bp) out(ctx, t(lang, 'inspect.noBlueprint'));
  else {
    out(
      ctx,
      t(lang, 'inspect.blueprint', {
        number: bp.number ?? '—',
        version: bp.version ?? '—',
        status: t(lang, `status.${bp.status}`),
      }),
    );
    const kinds = { sequence: 0, branch: 0, loop: 0, recovery: 0 };
    for (const f of bp.flows) kinds[f.kind]++;
    out(
      ctx,
      t(lang, 'inspect.counts', {
        stages: bp.stages.length,
        steps: bp.steps.length,
        actions: bp.actions.length,
        evidence: bp.evidence.length,
        flows: bp.flows.length,
      }),
    );
    out(ctx, t(lang, 'inspect.flowKinds', kinds));
  }
  out(
    ctx,
    t(lang, 'inspect.people', {
      touchpoints: model.touchpoints.length,
      implicit: model.touchpoints.filter((tp) => tp.implicit).length,
      journeys: model.journeys.length,
      personas: model.personas.length,
      stakeholders: model.stakeholders.length,
    }),
  );
  if (!bp) return;
  out(ctx);
  out(ctx, t(lang, 'inspect.lanes'));
  for (const line of laneLines(m, model, lang)) out(ctx, line);
  section(ctx, t(lang, 'inspect.encounters'), facts.encounters.map(crossing));
  section(ctx, t(lang, 'inspect.visibility'), facts.visibilityCrossings.map(crossing));
  section(ctx, t(lang, 'inspect.internal'), facts.internalEncounters.map(crossing));
  out(ctx);
  out(ctx, `${t(lang, 'inspect.handoffs')}${t(lang, 'punct.colon')}${facts.handoffs.total}`);
  for (const p of facts.handoffs.pairs)
    out(ctx, `  ${pick(p.from, lang)} → ${pick(p.to, lang)}  ×${p.count}`);
  out(ctx);
  out(ctx, t(lang, 'inspect.time'));
  out(ctx, `  ${t(lang, 'inspect.totalTime', { total: formatMinutes(facts.totalMinutes.minutes, lang) })}`);
  out(
    ctx,
    `  ${t(lang, 'inspect.criticalPath', {
      total: formatMinutes(facts.criticalPath.minutes, lang),
      wait: formatMinutes(facts.criticalPath.waitMinutes, lang),
      share: formatShare(facts.waiting.criticalShare),
    })}`,
  );
  if (facts.criticalPath.ids.length > 0) out(ctx, `    ${facts.criticalPath.ids.join(' → ')}`);
  out(
    ctx,
    `  ${t(lang, 'inspect.waiting', {
      total: formatMinutes(facts.waiting.minutes, lang),
      share: formatShare(facts.waiting.share),
    })}`,
  );
  out(ctx);
  out(ctx, t(lang, 'inspect.cost'));
  out(
    ctx,
    `  ${t(lang, 'inspect.costTotal', { total: formatMoney(facts.cost.total, facts.cost.currency) })}`,
  );
  for (const s of facts.cost.perStep) {
    if (s.cost > 0)
      out(ctx, `  ${s.step}${t(lang, 'punct.colon')}${formatMoney(s.cost, facts.cost.currency)}`);
  }
  section(
    ctx,
    t(lang, 'inspect.failPoints'),
    facts.failPoints.map(
      (f) => `  F ${f.action}${f.reason !== undefined ? `  ${pick(f.reason, lang)}` : ''}`,
    ),
  );
  section(
    ctx,
    t(lang, 'inspect.waitPoints'),
    facts.waitPoints.map(
      (w) =>
        `  W ${w.action}${w.minutes !== undefined ? `  ${formatMinutes(w.minutes, lang)}` : ''}${
          w.reason !== undefined ? `  ${pick(w.reason, lang)}` : ''
        }`,
    ),
  );
  out(ctx);
  out(ctx, t(lang, 'inspect.touchpoints'));
  for (const s of facts.touchpointsPerStage) {
    const stage = bp.stages.find((st) => st.id === s.stage);
    out(
      ctx,
      `  ${stage ? pick(stage.name, lang) : s.stage}${t(lang, 'punct.colon')}${s.ids.join(', ') || t(lang, 'inspect.none')}`,
    );
  }
}

/** `frontstage inspect <file>`: the derived facts of a service file as a readable report, or `--json`. */
export function registerInspect(program: Command, ctx: CommandContext): void {
  const { lang } = ctx;
  program
    .command('inspect')
    .description(t(lang, 'inspect.description'))
    .argument('<file>', t(lang, 'inspect.file'))
    .option('--json', t(lang, 'option.json'))
    .action(
      action(ctx, async (file: string, options: { json?: boolean }) => {
        const m = await import('@frontstage/model');
        const { parseService } = await import('../load-service.js');
        const loaded = await parseService(ctx, file);
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
        if (!loaded.model || errors.length > 0) throw fileHasErrors(ctx, file, errors);
        const model = loaded.model;
        if (options.json) {
          const bp = model.blueprint;
          const counts = {
            stages: bp?.stages.length ?? 0,
            steps: bp?.steps.length ?? 0,
            actions: bp?.actions.length ?? 0,
            evidence: bp?.evidence.length ?? 0,
            flows: bp?.flows.length ?? 0,
            touchpoints: model.touchpoints.length,
            journeys: model.journeys.length,
            personas: model.personas.length,
            stakeholders: model.stakeholders.length,
          };
          const service = { id: model.service.id, name: model.service.name };
          const blueprint = bp ? { number: bp.number, version: bp.version, status: bp.status } : null;
          out(
            ctx,
            JSON.stringify({ file, service, blueprint, counts, ...m.inspectServiceModel(model) }, null, 2),
          );
          return;
        }
        report(ctx, m, model);
      }),
    );
}
