/**
 * The CLI's message catalogue: every user-facing string in zh-CN and en. `{name}` placeholders are filled by `t`.
 * The English table is the reference; the Chinese one must have exactly the same keys (checked by the type).
 */

/** The languages the CLI speaks. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const en = {
  'program.description': 'Service blueprints, journey maps and service-quality analytics',
  'option.lang': 'output language: zh-CN | en (default: from LANG)',
  'option.version': 'print the version number',
  'status.draft': 'draft',
  'status.in_review': 'in review',
  'status.approved': 'approved',
  'punct.colon': ': ',
  'punct.count': ' ({n})',
  'option.json': 'print machine-readable JSON',
  'option.help': 'show help for the command',
  'option.helpCommand': 'show help for a command',
  'error.prefix': 'frontstage: ',
  'error.internal':
    'internal error: {message}. Please report it with the command you ran and the input file.',
  'lang.invalid': "unknown language '{lang}': use zh-CN or en",

  'file.notFound': '{file}: no such file',
  'file.isDirectory': '{file}: is a directory, not a file',
  'file.permission': '{file}: permission denied',
  'file.binary': '{file}: not a text file (it is binary or not UTF-8)',
  'file.tooLarge': '{file}: too large ({size} bytes; the limit is {limit})',
  'file.readError': '{file}: cannot read it ({reason})',
  'write.isDirectory': '{file}: is a directory; give a file name, e.g. {example}',
  'write.exists': '{file}: already exists; add --force to overwrite it',
  'write.noParent': '{file}: the folder {dir} does not exist',
  'write.error': '{file}: cannot write it ({reason})',
  'write.done': 'Wrote {file} ({size})',
  'render.pngReduced':
    'note: at scale {scale} the PNG would be {asked} px, more than image viewers open ({side} px a side, {pixels} million pixels in all); it is made at scale {zoom} instead ({got} px). For full detail render SVG or PDF, or split the service file.',

  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'validate.description': 'check service files: YAML, schema and method lint rules',
  'validate.files': 'the *.service.yaml files to check',
  'validate.hint': 'hint: ',
  'validate.ok': '{file}: no problems',
  'validate.summary': '{files} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} note(s)',

  'inspect.description': 'show derived facts about a service file: counts, lines, fail and wait points, time',
  'inspect.file': 'the service file',
  'inspect.invalid': '{file} has errors; run `frontstage validate {file}` to see them',

  'inspect.title': '{name} ({id})',
  'inspect.blueprint': 'Blueprint {number} {version}, {status}',
  'inspect.noBlueprint': 'No blueprint.',
  'inspect.lanes': 'Lanes',
  'inspect.counts':
    '{stages} stages, {steps} steps, {actions} actions, {evidence} evidence items, {flows} flows',
  'inspect.flowKinds':
    'flows by kind: {sequence} sequence, {branch} branch, {loop} loop, {recovery} recovery',
  'inspect.people':
    '{touchpoints} touchpoint(s) ({implicit} implicit), {journeys} journey(s), {personas} persona(s), {stakeholders} stakeholder(s)',
  'inspect.encounters': 'Encounters across the line of interaction',
  'inspect.visibility': 'Flows across the line of visibility',
  'inspect.internal': 'Internal encounters across the line of internal interaction',
  'inspect.handoffs': 'Handoffs between departments',
  'inspect.time': 'Time',
  'inspect.totalTime': 'all actions and waits one after another: {total}',
  'inspect.criticalPath': 'critical path: {total}, of which waiting {wait} ({share})',
  'inspect.waiting': 'waiting: {total}, {share} of all time',
  'inspect.cost': 'Cost',
  'inspect.costTotal': 'total: {total}',
  'inspect.failPoints': 'Fail points (F)',
  'inspect.waitPoints': 'Wait points (W)',
  'inspect.touchpoints': 'Touchpoints by stage',
  'inspect.none': '(none)',
  'diff.subject.service': 'Service',
  'diff.subject.blueprint': 'Blueprint',
  'diff.subject.lane': 'Lanes',
  'diff.subject.stage': 'Stages',
  'diff.subject.step': 'Steps',
  'diff.subject.action': 'Actions',
  'diff.subject.evidence': 'Physical evidence',
  'diff.subject.flow': 'Flows',
  'diff.subject.touchpoint': 'Touchpoints',
  'diff.subject.journey': 'Journeys',
  'diff.subject.journey_step': 'Journey steps',
  'diff.subject.persona': 'Personas',
  'diff.subject.stakeholder': 'Stakeholders',
  'diff.added': 'added',
  'diff.removed': 'removed',
  'diff.changed': 'changed',
  'render.description': 'draw a blueprint or journey map as SVG, PNG or PDF',
  'render.file': 'the service file',
  'render.view': 'what to draw: blueprint | journey (default: blueprint)',
  'render.format': 'svg | png | pdf (default: from the -o extension, else svg)',
  'render.output':
    'output file, - for standard output (default: <service-id>-<view>.<format> in the current folder)',
  'render.journey': 'which journey to draw (default: the first as-is journey)',
  'render.scale': 'PNG pixel ratio (default 2)',
  'render.badView': "unknown view '{view}': use blueprint or journey",
  'render.badFormat': "unknown format '{format}': use svg, png or pdf",
  'render.badScale': "invalid scale '{scale}': give a number between 0.25 and 8",
  'render.formatMismatch': "the output {file} ends in '.{ext}' but --format is {format}",
  'render.noBlueprint': '{file}: has no blueprint (no stages) to draw',
  'render.noJourney':
    '{file}: has no journeys to draw. Fix: add a `journeys:` section (one per persona: stages → steps naming touchpoints; see docs/service-file.md#journeys), or draw the blueprint (--view blueprint)',
  'render.journeyNotFound': "{file}: no journey '{journey}'; it has: {ids}",

  'diff.description': 'list what changed between two versions of a service file',
  'diff.old': 'the older file',
  'diff.new': 'the newer file',
  'diff.none': 'No changes.',
  'diff.header': 'Changes from {old} to {new}:',
  'diff.summary': '{added} added, {removed} removed, {changed} changed',

  'schema.description': 'print the JSON Schema of the service file (for editors)',
  'schema.output': 'write it to this file instead of printing it',

  'init.description': 'create a service file, guided by the seven blueprinting steps',
  'init.file': 'the file to create (default: <id>.service.yaml)',
  'init.yes': 'do not ask: take flags, the answers file and defaults',
  'init.answers': 'a JSON file with answers (see the README)',
  'init.force': 'overwrite an existing file',
  'init.optId': 'service id, e.g. property-repair',
  'init.optName': 'service name',
  'init.optCustomers': 'target customers',
  'init.optExpectations': 'customer expectations, separated by ";"',
  'init.optSteps': 'the customer actions in time order, separated by ";"',
  'init.optNumber': 'blueprint number, e.g. BP-PM-001',
  'init.endOfInput':
    'the input ended before the interview was over (Ctrl-D); nothing was written. Run `frontstage init` again',
  'init.needsTTY':
    'init asks questions on a terminal; here there is none. Add --yes (with flags or --answers) to run it in a script',
  'init.badAnswers': '{file}: not valid answers JSON ({reason})',
  'init.badId': "invalid id '{id}': use lowercase letters, digits, '-' and '_', starting with a letter",
  'init.intro':
    'Frontstage will build a service blueprint with you in the seven blueprinting steps. Press Enter to accept [the default].',
  'init.step': 'Step {n} of 7: {title}',
  'init.step1': 'the service and its customers',
  'init.step2': 'their expectations',
  'init.step3': 'the scope and lanes',
  'init.step4': "the customer's process",
  'init.step5': 'frontstage and backstage actions',
  'init.step6': 'links to support processes',
  'init.step7': 'physical evidence',
  'init.qId': 'Service id (lowercase, e.g. property-repair)',
  'init.qName': 'Service name',
  'init.qCustomers': 'Who are its customers?',
  'init.qExpectations': 'What do they expect? (separate with ;)',
  'init.qNumber': 'Blueprint number',
  'init.qCustomLane': 'An extra lane, e.g. IT systems (empty for none)',
  'init.optLane': 'an extra lane, e.g. "IT systems"',
  'init.qSteps': 'What does the customer do, in order? (separate with ;)',
  'init.qFrontOwner': 'Who works frontstage, in sight of the customer? (a role or department)',
  'init.qBackOwner': 'Who works backstage? (a role or department)',
  'init.qFront': '"{step}": what does {owner} do, in sight of the customer?',
  'init.qBack': '"{step}": what does {owner} do backstage, out of sight?',
  'init.qSupport': '"{step}": which support process or system helps?',
  'init.qEvidence': '"{step}": what does the customer see or touch?',
  'init.done':
    'Created {file}. Next: frontstage validate {file} && frontstage render {file} -o blueprint.svg',
  'init.header': 'Created by `frontstage init`: fill in, then run `frontstage validate` on this file.',
  'init.stepComment': 'Step {n}: {title}',
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  'program.description': '服务蓝图、旅程地图与服务质量分析',
  'option.lang': '输出语言：zh-CN | en（默认取自 LANG 环境变量）',
  'option.version': '显示版本号',
  'status.draft': '草稿',
  'status.in_review': '审核中',
  'status.approved': '已批准',
  'punct.colon': '：',
  'punct.count': '（{n}）',
  'option.json': '输出机器可读的 JSON',
  'option.help': '显示命令帮助',
  'option.helpCommand': '显示某个命令的帮助',
  'error.prefix': 'frontstage：',
  'error.internal': '内部错误：{message}。请连同所运行的命令和输入文件一起报告。',
  'lang.invalid': '未知语言“{lang}”：请使用 zh-CN 或 en',

  'file.notFound': '{file}：文件不存在',
  'file.isDirectory': '{file}：这是一个文件夹，不是文件',
  'file.permission': '{file}：没有读取权限',
  'file.binary': '{file}：不是文本文件（二进制内容或非 UTF-8 编码）',
  'file.tooLarge': '{file}：文件过大（{size} 字节，上限 {limit}）',
  'file.readError': '{file}：无法读取（{reason}）',
  'write.isDirectory': '{file}：这是一个文件夹；请给出文件名，例如 {example}',
  'write.exists': '{file}：文件已存在；加 --force 覆盖',
  'write.noParent': '{file}：文件夹 {dir} 不存在',
  'write.error': '{file}：无法写入（{reason}）',
  'write.done': '已写入 {file}（{size}）',
  'render.pngReduced':
    '提示：按倍率 {scale}，PNG 将达 {asked} 像素，超出图片查看器能打开的大小（每边 {side} 像素，总计 {pixels} 百万像素）；已改按倍率 {zoom} 生成（{got} 像素）。如需完整细节，请导出 SVG 或 PDF，或拆分服务文件。',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'validate.description': '检查服务文件：YAML 语法、结构与方法规则',
  'validate.files': '要检查的 *.service.yaml 文件',
  'validate.hint': '建议：',
  'validate.ok': '{file}：没有问题',
  'validate.summary': '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告，{infos} 条提示',

  'inspect.description': '查看服务文件的推导信息：数量、三条线、失误点与等待点、时间',
  'inspect.file': '服务文件',
  'inspect.invalid': '{file} 有错误；运行 `frontstage validate {file}` 查看',

  'inspect.title': '{name}（{id}）',
  'inspect.blueprint': '蓝图 {number} {version}，{status}',
  'inspect.noBlueprint': '没有服务蓝图。',
  'inspect.lanes': '泳道',
  'inspect.counts':
    '{stages} 个阶段，{steps} 个步骤，{actions} 个行动，{evidence} 项有形展示，{flows} 条流向',
  'inspect.flowKinds': '流向类型：顺序 {sequence}，分支 {branch}，回路 {loop}，补救 {recovery}',
  'inspect.people':
    '{touchpoints} 个触点（{implicit} 个隐式），{journeys} 条旅程，{personas} 个用户画像，{stakeholders} 个利益相关者',
  'inspect.encounters': '跨越互动分界线的服务接触',
  'inspect.visibility': '跨越可视分界线的流向',
  'inspect.internal': '跨越内部互动线的内部服务接触',
  'inspect.handoffs': '部门间交接',
  'inspect.time': '时间',
  'inspect.totalTime': '全部行动与等待依次相加：{total}',
  'inspect.criticalPath': '关键路径：{total}，其中等待 {wait}（{share}）',
  'inspect.waiting': '等待：{total}，占全部时间的 {share}',
  'inspect.cost': '成本',
  'inspect.costTotal': '合计：{total}',
  'inspect.failPoints': '失误点（F）',
  'inspect.waitPoints': '等待点（W）',
  'inspect.touchpoints': '各阶段的触点',
  'inspect.none': '（无）',
  'diff.subject.service': '服务',
  'diff.subject.blueprint': '蓝图',
  'diff.subject.lane': '泳道',
  'diff.subject.stage': '阶段',
  'diff.subject.step': '步骤',
  'diff.subject.action': '行动',
  'diff.subject.evidence': '有形展示',
  'diff.subject.flow': '流向',
  'diff.subject.touchpoint': '触点',
  'diff.subject.journey': '旅程',
  'diff.subject.journey_step': '旅程步骤',
  'diff.subject.persona': '用户画像',
  'diff.subject.stakeholder': '利益相关者',
  'diff.added': '新增',
  'diff.removed': '删除',
  'diff.changed': '修改',
  'render.description': '把服务蓝图或旅程地图绘制为 SVG、PNG 或 PDF',
  'render.file': '服务文件',
  'render.view': '绘制内容：blueprint（蓝图，默认）| journey（旅程）',
  'render.format': 'svg | png | pdf（默认取自 -o 的扩展名，否则为 svg）',
  'render.output': '输出文件，- 表示标准输出（默认：当前文件夹下的 <服务id>-<视图>.<格式>）',
  'render.journey': '绘制哪条旅程（默认第一条现状旅程）',
  'render.scale': 'PNG 像素倍率（默认 2）',
  'render.badView': '未知视图“{view}”：请使用 blueprint 或 journey',
  'render.badFormat': '未知格式“{format}”：请使用 svg、png 或 pdf',
  'render.badScale': '无效倍率“{scale}”：请给出 0.25 到 8 之间的数',
  'render.formatMismatch': '输出文件 {file} 的扩展名是“.{ext}”，但 --format 是 {format}',
  'render.noBlueprint': '{file}：没有可绘制的服务蓝图（没有 stages）',
  'render.noJourney':
    '{file}：没有可绘制的旅程。修正：添加 `journeys:` 部分（每个用户画像一条：阶段 → 指明触点的步骤；见 docs/service-file.md#journeys），或绘制服务蓝图（--view blueprint）',
  'render.journeyNotFound': '{file}：没有旅程“{journey}”；现有：{ids}',

  'diff.description': '列出服务文件两个版本之间的变更',
  'diff.old': '旧版本文件',
  'diff.new': '新版本文件',
  'diff.none': '没有变更。',
  'diff.header': '从 {old} 到 {new} 的变更：',
  'diff.summary': '新增 {added} 项，删除 {removed} 项，修改 {changed} 项',

  'schema.description': '输出服务文件的 JSON Schema（供编辑器使用）',
  'schema.output': '写入此文件而不是打印',

  'init.description': '按服务蓝图绘制的七个步骤，引导创建服务文件',
  'init.file': '要创建的文件（默认：<id>.service.yaml）',
  'init.yes': '不提问：使用参数、答案文件和默认值',
  'init.answers': '答案 JSON 文件（见 README）',
  'init.force': '覆盖已存在的文件',
  'init.optId': '服务 id，例如 property-repair',
  'init.optName': '服务名称',
  'init.optCustomers': '目标顾客',
  'init.optExpectations': '顾客期望，用“;”分隔',
  'init.optSteps': '按时间顺序的顾客行为，用“;”分隔',
  'init.optNumber': '蓝图编号，例如 BP-PM-001',
  'init.endOfInput': '输入在问答结束前中断（Ctrl-D）；未写入任何文件。重新运行 `frontstage init` 即可',
  'init.needsTTY': 'init 需要在终端中回答问题，当前没有终端。在脚本中请加 --yes（配合参数或 --answers）',
  'init.badAnswers': '{file}：不是有效的答案 JSON（{reason}）',
  'init.badId': '无效的 id“{id}”：只能用小写字母、数字、“-”和“_”，并以字母开头',
  'init.intro': 'Frontstage 将按七个步骤和你一起绘制服务蓝图。直接回车即采用 [默认值]。',
  'init.step': '第 {n} 步（共 7 步）：{title}',
  'init.step1': '确定服务及其顾客',
  'init.step2': '了解顾客的期望',
  'init.step3': '确定范围与泳道',
  'init.step4': '描绘顾客行为流程',
  'init.step5': '描绘前台与后台员工行为',
  'init.step6': '连接支持过程',
  'init.step7': '加入有形展示',
  'init.qId': '服务 id（小写英文，例如 property-repair）',
  'init.qName': '服务名称',
  'init.qCustomers': '顾客是谁？',
  'init.qExpectations': '他们期望什么？（用 ; 分隔）',
  'init.qNumber': '蓝图编号',
  'init.qCustomLane': '额外的泳道，例如 IT 系统（留空则无）',
  'init.optLane': '额外的泳道，例如“IT 系统”',
  'init.qSteps': '顾客依次做什么？（用 ; 分隔）',
  'init.qFrontOwner': '前台由谁负责？（岗位或部门）',
  'init.qBackOwner': '后台由谁负责？（岗位或部门）',
  'init.qFront': '“{step}”：{owner}当着顾客做什么？',
  'init.qBack': '“{step}”：{owner}在后台（顾客看不见）做什么？',
  'init.qSupport': '“{step}”：由哪个支持过程或系统支撑？',
  'init.qEvidence': '“{step}”：顾客看到或接触到什么？',
  'init.done':
    '已创建 {file}。下一步：frontstage validate {file} && frontstage render {file} -o blueprint.svg',
  'init.header': '由 `frontstage init` 生成：补充内容后，用 `frontstage validate` 检查本文件。',
  'init.stepComment': '第 {n} 步：{title}',
};

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** Looks up a message in `lang` and fills its `{name}` placeholders. */
export function t(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A model label (plain string or `{ zh-CN, en }` pair) in `lang`, falling back to the other language. */
export function pick(
  text: string | { readonly 'zh-CN'?: string; readonly en?: string } | undefined,
  lang: Lang,
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return text[lang] ?? text[other] ?? '';
}

/** Whether `value` names a supported language. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The catalogue tables, for the completeness test. */
export function catalogue(lang: Lang): Readonly<Record<MessageKey, string>> {
  return TABLES[lang];
}
