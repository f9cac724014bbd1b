import type { DiffSubject, ModelChange } from '@frontstage/model';
import type { Command } from 'commander';
import { action, out } from '../action.js';
import { fileHasErrors } from '../diagnostics.js';
import { formatField, formatValue } from '../format.js';
import { type Lang, t } from '../i18n.js';
import type { LoadedService } from '../load-service.js';
import type { CommandContext } from '../program.js';

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** Loads a file for diffing, or prints its errors and fails. */
async function loadModel(ctx: CommandContext, file: string): Promise<NonNullable<LoadedService['model']>> {
  const { parseService } = await import('../load-service.js');
  const loaded = await parseService(ctx, file);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.model || errors.length > 0) throw fileHasErrors(ctx, file, errors);
  return loaded.model;
}

/**
 * `before → after` in the chosen language; when a bilingual text changed only in the other language (so both
 * sides read the same here), that language is shown instead, tagged: `"Pay" → "Payment" (en)`.
 */
function beforeAfter(field: string, before: unknown, after: unknown, lang: Lang): string {
  const b = formatField(field, before, lang);
  const a = formatField(field, after, lang);
  if (a !== b) return `${b} → ${a}`;
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return `${formatField(field, before, other)} → ${formatField(field, after, other)} (${other})`;
}

/** A field's name for the reader: the service-file key, with its Chinese name in front under zh-CN. */
function fieldName(field: string, lang: Lang): string {
  const zh = lang === 'zh-CN' ? FIELD_ZH[field] : undefined;
  return zh ? `${zh}（${field}）` : field;
}

/** Chinese names of the model fields a diff reports most. */
const FIELD_ZH: Readonly<Record<string, string>> = {
  text: '文字',
  name: '名称',
  actor: '执行者',
  department: '部门',
  minutes: '时长',
  cost: '成本',
  fail: '失误点',
  wait: '等待点',
  status: '状态',
  touchpoint: '触点',
  decision: '决策',
  note: '备注',
  channel: '渠道',
  description: '说明',
  traffic: '流量',
  complaints: '投诉',
  kind: '类型',
  label: '标签',
  stage: '阶段',
  number: '编号',
  version: '版本',
  title: '标题',
  doing: '行为',
  thinking: '想法',
  feeling: '感受',
  emotion: '情绪',
  painPoints: '痛点',
  opportunities: '机会点',
  variant: '版本类型',
  persona: '用户画像',
  interest: '利益',
  influence: '影响力',
};

/** One change as reviewer lines: `+ id`, `~ id: field before → after`. */
function changeLines(change: ModelChange, lang: Lang): string[] {
  const mark = MARK[change.kind];
  if (change.kind !== 'changed') {
    const text = change.fields.find((f) => f.field === 'text' || f.field === 'name');
    const value = text ? (change.kind === 'added' ? text.after : text.before) : undefined;
    return [`  ${mark} ${change.id}${value !== undefined ? `  ${formatValue(value, lang)}` : ''}`];
  }
  if (change.fields.length === 1) {
    const f = change.fields[0]!;
    return [
      `  ${mark} ${change.id}: ${fieldName(f.field, lang)} ${beforeAfter(f.field, f.before, f.after, lang)}`,
    ];
  }
  return [
    `  ${mark} ${change.id}`,
    ...change.fields.map(
      (f) => `      ${fieldName(f.field, lang)}: ${beforeAfter(f.field, f.before, f.after, lang)}`,
    ),
  ];
}

/** `frontstage diff <old> <new>`: what a reviewer approves when revision A/1 replaces A/0. */
export function registerDiff(program: Command, ctx: CommandContext): void {
  const { lang } = ctx;
  program
    .command('diff')
    .description(t(lang, 'diff.description'))
    .argument('<old>', t(lang, 'diff.old'))
    .argument('<new>', t(lang, 'diff.new'))
    .option('--json', t(lang, 'option.json'))
    .action(
      action(ctx, async (oldFile: string, newFile: string, options: { json?: boolean }) => {
        // Loaded on demand: the model package is only needed when the command runs, not for `--help`.
        const { diffServiceModels } = await import('@frontstage/model');
        const before = await loadModel(ctx, oldFile);
        const after = await loadModel(ctx, newFile);
        const diff = diffServiceModels(before, after);
        if (options.json) {
          out(ctx, JSON.stringify({ old: oldFile, new: newFile, ...diff }, null, 2));
          return;
        }
        if (diff.identical) {
          out(ctx, t(lang, 'diff.none'));
          return;
        }
        out(ctx, t(lang, 'diff.header', { old: oldFile, new: newFile }));
        let subject: DiffSubject | undefined;
        const totals = { added: 0, removed: 0, changed: 0 };
        for (const change of diff.changes) {
          totals[change.kind]++;
          if (change.subject !== subject) {
            subject = change.subject;
            out(ctx);
            out(ctx, t(lang, `diff.subject.${subject}`));
          }
          for (const line of changeLines(change, lang)) out(ctx, line);
        }
        out(ctx);
        out(ctx, t(lang, 'diff.summary', totals));
      }),
    );
}
