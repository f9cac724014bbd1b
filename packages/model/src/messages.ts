import type { LocalizedText, Severity } from './types.js';

/** Values substituted into a message template, by name. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalogue entry: default severity, bilingual message and (optional) bilingual hint for one code. */
export interface MessageEntry {
  readonly severity: Severity;
  readonly message: (p: MessageParams) => LocalizedText;
  readonly hint?: (p: MessageParams) => LocalizedText;
}

const s = (p: MessageParams, key: string): string => String(p[key] ?? '');
/** A "did you mean" suffix when the caller found a near match. */
const didYouMean = (p: MessageParams): LocalizedText =>
  p.suggestion
    ? { 'zh-CN': `是不是想写 \`${s(p, 'suggestion')}\`？`, en: `Did you mean \`${s(p, 'suggestion')}\`?` }
    : {
        'zh-CN': `可用的键：${s(p, 'allowed')}`,
        en: `Allowed keys: ${s(p, 'allowed')}`,
      };

/**
 * The `yaml` library's syntax errors that people actually make in service files, by the library's error code:
 * what it means in Chinese (the library speaks English only) and how to fix it in both languages.
 */
const YAML_ERRORS: Readonly<Record<string, { zh: string; fixZh: string; fixEn: string }>> = {
  BAD_INDENT: {
    zh: '缩进不一致',
    fixZh: '同一层的键必须从同一列开始；检查这一行和上一行的缩进（用空格，不用 Tab）。',
    fixEn:
      'Keys at the same level must start in the same column: compare this line with the one above (spaces, not tabs).',
  },
  TAB_AS_INDENT: {
    zh: '用 Tab 缩进',
    fixZh: 'YAML 只能用空格缩进：把行首的 Tab 换成空格。',
    fixEn: 'YAML indents with spaces only: replace the tab at the start of the line with spaces.',
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: '键跨了多行，或上一行的值缺少缩进',
    fixZh: '键和冒号要写在同一行；若上一行是键，它的值需要比它缩进更深。',
    fixEn:
      'Write a key and its colon on one line; the value under a key must be indented deeper than the key.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: '嵌套的映射写在了紧凑写法里',
    fixZh: '在“键:”之后换行并缩进写下一层，或改用 { 键: 值 } 写在一行。',
    fixEn:
      'Start the nested mapping on a new, deeper-indented line after `key:`, or write it inline as { key: value }.',
  },
  MISSING_CHAR: {
    zh: '缺少字符（多半是冒号后的空格、右括号或右引号）',
    fixZh: '检查冒号后是否有空格，括号与引号是否成对。',
    fixEn: 'Check for the space after each colon and that every bracket and quote is closed.',
  },
  UNEXPECTED_TOKEN: {
    zh: '出现了不该出现的字符',
    fixZh: '检查这一行的标点：冒号、逗号、括号和引号；含有“: ”或“#”的文字请加引号。',
    fixEn: 'Check the punctuation on this line; quote text that contains ": " or " #".',
  },
  BAD_DQ_ESCAPE: {
    zh: '双引号字符串里有无效的转义',
    fixZh: '在双引号里，反斜杠只能用于 \\n、\\"、\\\\ 等转义；或改用单引号。',
    fixEn:
      'Inside double quotes a backslash starts an escape (\\n, \\", \\\\); use single quotes for literal backslashes.',
  },
};

/**
 * Every diagnostic Frontstage reports about a service file, by stable code, in zh-CN and en.
 * FS0xx: reading the file; FS1xx: its shape; FS2xx: references; BP/JM/TP/SH: method lint rules.
 */
export const MESSAGES = {
  FS001: {
    severity: 'error',
    message: (p) => {
      const known = YAML_ERRORS[s(p, 'yamlCode')];
      const more = Number(p.more ?? 0);
      return {
        'zh-CN': `YAML 语法错误：${known ? known.zh : s(p, 'detail')}${more > 0 ? `（其后还有 ${more} 处语法错误，多半由此引起）` : ''}`,
        en: `YAML syntax error: ${s(p, 'detail')}${more > 0 ? ` (${more} more after this one, most likely caused by it)` : ''}`,
      };
    },
    hint: (p) => {
      const known = YAML_ERRORS[s(p, 'yamlCode')];
      return known
        ? { 'zh-CN': known.fixZh, en: known.fixEn }
        : {
            'zh-CN': '检查缩进、冒号后的空格和成对的括号与引号。',
            en: 'Check the indentation, the space after each colon, and that brackets and quotes are closed.',
          };
    },
  },
  FS002: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `文件过大：${s(p, 'size')} 个字符，上限为 ${s(p, 'limit')}。`,
      en: `The file is too large: ${s(p, 'size')} characters; the limit is ${s(p, 'limit')}.`,
    }),
    hint: () => ({
      'zh-CN': '一个服务文件描述一项服务；把大型蓝图拆分为多个服务文件。',
      en: 'One file describes one service; split a very large blueprint into several service files.',
    }),
  },
  FS003: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `嵌套过深（超过 ${s(p, 'limit')} 层）。`,
      en: `The file is nested too deeply (more than ${s(p, 'limit')} levels).`,
    }),
    hint: () => ({
      'zh-CN': '服务文件的结构不超过十几层；检查是否有多余或未闭合的括号。',
      en: 'A service file is never more than a dozen levels deep; look for stray or unclosed brackets.',
    }),
  },
  FS004: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `别名（*引用）展开过多（超过 ${s(p, 'limit')} 个值）。`,
      en: `Aliases (*references) expand to too many values (more than ${s(p, 'limit')}).`,
    }),
    hint: () => ({
      'zh-CN': '少用层层嵌套的锚点与别名，直接写出内容。',
      en: 'Avoid anchors that alias other aliases; write the content out.',
    }),
  },
  FS005: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `别名 *${s(p, 'alias')} 引用了包含它自身的节点（循环引用）。`,
      en: `Alias *${s(p, 'alias')} refers to a node that contains it (a cycle).`,
    }),
    hint: () => ({
      'zh-CN': '别名只能引用别处已写完的内容。',
      en: 'An alias may only refer to content written elsewhere.',
    }),
  },
  FS006: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `键必须是文本，这里是 ${s(p, 'got')}。`,
      en: `A key must be text; this one is ${s(p, 'got')}.`,
    }),
    hint: () => ({
      'zh-CN': '给键加上引号，或改用文档中的键名。',
      en: 'Quote the key, or use a key from the documentation.',
    }),
  },
  FS007: {
    severity: 'error',
    message: () => ({
      'zh-CN': '文件内容必须是一个映射（键: 值），以 `frontstage: 1` 开头。',
      en: 'The file must be a mapping (key: value) that starts with `frontstage: 1`.',
    }),
    hint: () => ({
      'zh-CN': '参照 docs/service-file.md 中的示例开始编写。',
      en: 'Start from the example in docs/service-file.md.',
    }),
  },
  FS008: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `还有 ${s(p, 'count')} 个问题未列出。`,
      en: `${s(p, 'count')} more problems are not shown.`,
    }),
    hint: () => ({ 'zh-CN': '先修正上面列出的问题。', en: 'Fix the problems above first.' }),
  },
  FS010: {
    severity: 'error',
    message: () => ({
      'zh-CN': '缺少格式版本 `frontstage`。',
      en: 'The format version `frontstage` is missing.',
    }),
    hint: (p) => ({
      'zh-CN': `在文件第一行写上 \`frontstage: ${s(p, 'current')}\`。`,
      en: `Add \`frontstage: ${s(p, 'current')}\` as the first line of the file.`,
    }),
  },
  FS011: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `此文件由更新版本的 Frontstage 编写（格式 ${s(p, 'version')}），当前版本只能读取格式 ${s(p, 'current')} 及更早的格式。`,
      en: `This file was written by a newer Frontstage (format ${s(p, 'version')}); this version reads format ${s(p, 'current')} and older.`,
    }),
    hint: () => ({
      'zh-CN': '升级 Frontstage 后再打开此文件。',
      en: 'Upgrade Frontstage to open this file.',
    }),
  },
  FS012: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `格式版本必须是正整数，这里是 ${s(p, 'got')}。`,
      en: `The format version must be a positive whole number; got ${s(p, 'got')}.`,
    }),
    hint: (p) => ({
      'zh-CN': `写成 \`frontstage: ${s(p, 'current')}\`。`,
      en: `Write \`frontstage: ${s(p, 'current')}\`.`,
    }),
  },
  FS013: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `无法把格式 ${s(p, 'from')} 迁移到格式 ${s(p, 'to')}：${s(p, 'detail')}`,
      en: `Cannot migrate format ${s(p, 'from')} to format ${s(p, 'to')}: ${s(p, 'detail')}`,
    }),
  },
  FS101: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `${s(p, 'where_zh')}中有未知的键 \`${s(p, 'key')}\`。`,
      en: `Unknown key \`${s(p, 'key')}\` in ${s(p, 'where')}.`,
    }),
    hint: didYouMean,
  },
  FS102: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `缺少必填的键 \`${s(p, 'key')}\`。`,
      en: `The required key \`${s(p, 'key')}\` is missing.`,
    }),
  },
  FS103: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `应为${s(p, 'expectedZh')}，实际为${s(p, 'gotZh')}。`,
      en: `Expected ${s(p, 'expected')}, got ${s(p, 'got')}.`,
    }),
  },
  FS104: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `\`${s(p, 'got')}\` 不是有效的取值。`,
      en: `\`${s(p, 'got')}\` is not a valid value here.`,
    }),
    hint: (p) =>
      p.suggestion
        ? {
            'zh-CN': `是不是想写 \`${s(p, 'suggestion')}\`？可选：${s(p, 'allowed')}`,
            en: `Did you mean \`${s(p, 'suggestion')}\`? One of: ${s(p, 'allowed')}`,
          }
        : { 'zh-CN': `可选：${s(p, 'allowed')}`, en: `One of: ${s(p, 'allowed')}` },
  },
  FS105: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `\`${s(p, 'got')}\` 不是有效的 id。`,
      en: `\`${s(p, 'got')}\` is not a valid id.`,
    }),
    hint: () => ({
      'zh-CN': 'id 以小写字母开头，只含小写字母、数字、`-` 和 `_`，例如 `confirm-time`。',
      en: 'An id starts with a lowercase letter and has only lowercase letters, digits, `-` and `_`, e.g. `confirm-time`.',
    }),
  },
  FS106: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `这里应为文本，而 \`${s(p, 'got')}\` 被读成了${s(p, 'gotZh')}。`,
      en: `Text expected, but \`${s(p, 'got')}\` reads as a ${s(p, 'got_kind')}.`,
    }),
    hint: (p) => ({ 'zh-CN': `加上引号：\`"${s(p, 'got')}"\`。`, en: `Quote it: \`"${s(p, 'got')}"\`.` }),
  },
  FS107: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `未加引号的 \`${s(p, 'got')}\` 在 YAML 1.1 读取器中会变成布尔值。`,
      en: `Unquoted \`${s(p, 'got')}\` becomes a boolean in YAML 1.1 readers.`,
    }),
    hint: (p) => ({
      'zh-CN': `若指文本请加引号 \`"${s(p, 'got')}"\`；若指是/否请写 \`true\` / \`false\`。`,
      en: `Quote it (\`"${s(p, 'got')}"\`) if you mean the word; write \`true\` / \`false\` if you mean a boolean.`,
    }),
  },
  FS108: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `\`${s(p, 'got')}\` 不是有效的时长。`,
      en: `\`${s(p, 'got')}\` is not a valid duration.`,
    }),
    hint: () => ({
      'zh-CN': '数字表示分钟；或写 `30s`、`5m`、`1.5h`、`2d`、`1h30m`（单位顺序 d、h、m、s）。',
      en: 'A number is minutes; or write `30s`, `5m`, `1.5h`, `2d`, `1h30m` (units in the order d, h, m, s).',
    }),
  },
  FS109: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `${s(p, 'what_zh')} 应在 ${s(p, 'min')} 到 ${s(p, 'max')} 之间，这里是 ${s(p, 'got')}。`,
      en: `${s(p, 'what')} must be between ${s(p, 'min')} and ${s(p, 'max')}; got ${s(p, 'got')}.`,
    }),
  },
  FS110: {
    severity: 'error',
    message: (p) => ({ 'zh-CN': `无效的值：${s(p, 'detail_zh')}`, en: `Invalid value: ${s(p, 'detail')}` }),
  },
  FS111: {
    severity: 'error',
    message: () => ({ 'zh-CN': '文本不能为空。', en: 'The text is empty.' }),
    hint: () => ({
      'zh-CN': '至少写出 `zh-CN` 或 `en` 之一。',
      en: 'Give at least one of `zh-CN` and `en`.',
    }),
  },
  FS112: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `\`${s(p, 'key')}\` 被读成了一个新的键：在 { … } 里，未加引号的逗号会结束文本。`,
      en: `\`${s(p, 'key')}\` was read as a new key: inside { … } an unquoted comma ends the text.`,
    }),
    hint: () => ({
      'zh-CN': '给含逗号的文本加上引号，例如 `en: "Arrives, shows ID"`。',
      en: 'Quote a text that contains a comma, e.g. `en: "Arrives, shows ID"`.',
    }),
  },
  FS201: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `${s(p, 'kind_zh')} id \`${s(p, 'id')}\` 重复（第一次出现在第 ${s(p, 'firstLine')} 行）。`,
      en: `Duplicate ${s(p, 'kind')} id \`${s(p, 'id')}\` (first used on line ${s(p, 'firstLine')}).`,
    }),
    hint: () => ({ 'zh-CN': '同一类记录的 id 必须唯一。', en: 'Ids must be unique within their kind.' }),
  },
  FS202: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `找不到${s(p, 'kind_zh')} \`${s(p, 'id')}\`。`,
      en: `Unknown ${s(p, 'kind')} \`${s(p, 'id')}\`.`,
    }),
    hint: (p) =>
      p.suggestion
        ? { 'zh-CN': `是不是想写 \`${s(p, 'suggestion')}\`？`, en: `Did you mean \`${s(p, 'suggestion')}\`?` }
        : {
            'zh-CN': `先声明这个${s(p, 'kind_zh')}，或检查拼写。`,
            en: `Declare that ${s(p, 'kind')} first, or check the spelling.`,
          },
  },
  FS203: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `步骤的键 \`${s(p, 'key')}\` 既不是步骤字段，也不是已声明的泳道。`,
      en: `Step key \`${s(p, 'key')}\` is neither a step field nor a declared lane.`,
    }),
    hint: (p) =>
      p.suggestion
        ? { 'zh-CN': `是不是想写 \`${s(p, 'suggestion')}\`？`, en: `Did you mean \`${s(p, 'suggestion')}\`?` }
        : {
            'zh-CN': `在 blueprint.lanes 中声明泳道 \`${s(p, 'key')}\`，或使用：${s(p, 'allowed')}`,
            en: `Declare lane \`${s(p, 'key')}\` under blueprint.lanes, or use one of: ${s(p, 'allowed')}`,
          },
  },
  FS204: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `泳道 \`${s(p, 'lane')}\` 不符合方法顺序：它不能排在 \`${s(p, 'after')}\` 之后。`,
      en: `Lane \`${s(p, 'lane')}\` is out of method order: it cannot come after \`${s(p, 'after')}\`.`,
    }),
    hint: () => ({
      'zh-CN': '顺序为：有形展示、顾客、前台、后台、支持；自定义泳道放在其 zone 所属区域内。',
      en: 'The order is evidence, customer, frontstage, backstage, support; a custom lane sits within its zone.',
    }),
  },
  FS205: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `步骤 \`${s(p, 'step')}\` 在泳道 \`${s(p, 'lane')}\` 中没有行动，无法作为流向的目标。`,
      en: `Step \`${s(p, 'step')}\` has no action in lane \`${s(p, 'lane')}\` to point at.`,
    }),
    hint: () => ({
      'zh-CN': '改用行动 id（如 `step.lane`），或在该步骤的该泳道中添加行动。',
      en: 'Use an action id (such as `step.lane`), or add an action to that lane of the step.',
    }),
  },
  FS206: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `步骤 \`${s(p, 'step')}\` 的 decide 需要一个顾客行动来承载。`,
      en: `The decide on step \`${s(p, 'step')}\` needs a customer action to belong to.`,
    }),
    hint: () => ({
      'zh-CN': '给该步骤添加 customer 行动，或把 decide 写进做出决定的行动对象里。',
      en: 'Give the step a customer action, or move the decide into the action object that takes the decision.',
    }),
  },
  FS207: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `行动 \`${s(p, 'action')}\` 上有两个 decide。`,
      en: `Action \`${s(p, 'action')}\` has two decides.`,
    }),
    hint: () => ({
      'zh-CN': '只保留一个：写在步骤上或写在顾客行动里。',
      en: 'Keep one: on the step or in the customer action.',
    }),
  },
  FS208: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `重复的流向 \`${s(p, 'id')}\`：同一对行动之间只能有一条手写流向。`,
      en: `Duplicate flow \`${s(p, 'id')}\`: write at most one flow between the same two actions.`,
    }),
  },
  FS209: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `流向 \`${s(p, 'id')}\` 从一个行动指向它自身。`,
      en: `Flow \`${s(p, 'id')}\` goes from an action to itself.`,
    }),
  },
  FS210: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `泳道 \`${s(p, 'lane')}\` 重复声明。`,
      en: `Lane \`${s(p, 'lane')}\` is declared twice.`,
    }),
  },
  FS211: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `旅程 \`${s(p, 'id')}\` 不能基于它自己。`,
      en: `Journey \`${s(p, 'id')}\` cannot be based on itself.`,
    }),
  },
  FS212: {
    severity: 'error',
    message: (p) => ({
      'zh-CN': `两个端点都是步骤 id（\`${s(p, 'from')}\` → \`${s(p, 'to')}\`），且其中没有顾客行动。`,
      en: `Both ends are step ids (\`${s(p, 'from')}\` → \`${s(p, 'to')}\`) and the customer lane has no action there.`,
    }),
    hint: () => ({
      'zh-CN': '至少一端写成行动 id（如 `step.lane`）。',
      en: 'Write at least one end as an action id (such as `step.lane`).',
    }),
  },
  BP101: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `顾客行动 \`${s(p, 'action')}\` 既没有前台接触，也没有有形展示或触点。`,
      en: `Customer action \`${s(p, 'action')}\` has no frontstage contact and no physical evidence or touchpoint.`,
    }),
    hint: () => ({
      'zh-CN': '顾客在此看到或接触什么？添加 evidence、touchpoint，或与前台行动的流向。',
      en: 'What does the customer see or touch here? Add evidence, a touchpoint, or a flow with a frontstage action.',
    }),
  },
  BP102: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `前台行动 \`${s(p, 'action')}\` 与任何顾客行动都没有关联。`,
      en: `Frontstage action \`${s(p, 'action')}\` is not tied to any customer action.`,
    }),
    hint: () => ({
      'zh-CN': '前台行动是顾客看得见的接触；把它放在有顾客行动的步骤中，或添加流向。',
      en: 'Frontstage actions are contact the customer sees; put it in a step with a customer action, or add a flow.',
    }),
  },
  BP103: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `支持行动 \`${s(p, 'action')}\` 没有支持任何前台或后台行动。`,
      en: `Support action \`${s(p, 'action')}\` supports nothing: no flow to or from a frontstage or backstage action.`,
    }),
    hint: () => ({
      'zh-CN': '添加它与所支持的后台（或前台）行动之间的流向。',
      en: 'Add a flow between it and the backstage (or frontstage) action it supports.',
    }),
  },
  BP104: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `决策 \`${s(p, 'action')}\` 的分支不完整：${s(p, 'detail_zh')}。`,
      en: `Decision \`${s(p, 'action')}\` is missing a branch: ${s(p, 'detail')}.`,
    }),
    hint: () => ({
      'zh-CN': '决策至少要有两个带标签的分支：`then` / `else`，或 `branches: [{ label, to }]`。',
      en: 'A decision needs at least two labelled branches: `then` / `else`, or `branches: [{ label, to }]`.',
    }),
  },
  BP105: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `失误点 \`${s(p, 'action')}\` 没有补救流向。`,
      en: `Fail point \`${s(p, 'action')}\` has no recovery flow.`,
    }),
    hint: () => ({
      'zh-CN': '写出出错后怎么办：`flows: [{ from: …, to: …, kind: recovery }]`。',
      en: 'Say what happens when it goes wrong: `flows: [{ from: …, to: …, kind: recovery }]`.',
    }),
  },
  BP106: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `流向 \`${s(p, 'flow')}\` 穿过可视线，但后台无人负责（${s(p, 'detail_zh')}）。`,
      en: `Flow \`${s(p, 'flow')}\` crosses the line of visibility with nobody backstage (${s(p, 'detail')}).`,
    }),
    hint: () => ({
      'zh-CN': '为后台一端写明 actor 或 department；或经由后台行动再到支持过程。',
      en: 'Give the backstage end an actor or department, or route it through a backstage action.',
    }),
  },
  BP107: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `旅程 \`${s(p, 'journey')}\` 使用的触点 \`${s(p, 'touchpoint')}\` 不在蓝图中。`,
      en: `Touchpoint \`${s(p, 'touchpoint')}\` used in journey \`${s(p, 'journey')}\` is absent from the blueprint.`,
    }),
    hint: () => ({
      'zh-CN': '把它挂到某个顾客行动或有形展示上（`touchpoint: …`），蓝图与旅程才能对齐。',
      en: 'Attach it to a customer action or evidence item (`touchpoint: …`) so blueprint and journey line up.',
    }),
  },
  BP108: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `步骤 \`${s(p, 'step')}\` 没有顾客行动。`,
      en: `Step \`${s(p, 'step')}\` has no customer action.`,
    }),
    hint: () => ({
      'zh-CN': '蓝图的每一列都从顾客行动出发；写出顾客此时在做什么。',
      en: 'Every column of a blueprint starts from the customer; say what the customer does at this step.',
    }),
  },
  BP109: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `阶段 \`${s(p, 'stage')}\` 没有步骤。`,
      en: `Stage \`${s(p, 'stage')}\` has no steps.`,
    }),
    hint: () => ({ 'zh-CN': '添加步骤或删除这个阶段。', en: 'Add steps or remove the stage.' }),
  },
  BP110: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `从第一个顾客行动出发到达不了行动 \`${s(p, 'action')}\`。`,
      en: `Action \`${s(p, 'action')}\` cannot be reached from the first customer action.`,
    }),
    hint: () => ({
      'zh-CN': '添加一条通向它的流向（`next` 或 `flows`），或删除它。',
      en: 'Add a flow that leads to it (`next` or `flows`), or remove it.',
    }),
  },
  BP111: {
    severity: 'warning',
    message: () => ({ 'zh-CN': '蓝图没有顾客泳道。', en: 'The blueprint has no customer lane.' }),
    hint: () => ({
      'zh-CN': '服务蓝图围绕顾客行动展开；在 lanes 中加入 `customer`。',
      en: 'A service blueprint is built around customer actions; add `customer` to the lanes.',
    }),
  },
  BP112: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `${s(p, 'lane_zh')}行动 \`${s(p, 'action')}\` 没有写明由谁执行。`,
      en: `${s(p, 'lane')} action \`${s(p, 'action')}\` does not say who does it.`,
    }),
    hint: () => ({
      'zh-CN': '写上 `actor` 或 `department`，才能统计部门间的交接。',
      en: 'Add an `actor` or `department` so that handoffs between departments can be counted.',
    }),
  },
  BP113: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `等待点 \`${s(p, 'action')}\` 没有写明等待时长。`,
      en: `Wait point \`${s(p, 'action')}\` does not say how long the wait is.`,
    }),
    hint: () => ({
      'zh-CN': '写成 `wait: 10m` 或 `wait: { reason, duration }`，才能计算等待占比。',
      en: 'Write `wait: 10m` or `wait: { reason, duration }` so that the share of waiting time can be computed.',
    }),
  },
  BP114: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `流向 \`${s(p, 'flow')}\` 是分支，但出发的行动没有决策。`,
      en: `Flow \`${s(p, 'flow')}\` is a branch from an action that takes no decision.`,
    }),
    hint: () => ({
      'zh-CN': '在出发行动上写 `decide`，或把流向的 kind 改为 sequence。',
      en: 'Add a `decide` to the action it leaves, or change the flow kind to sequence.',
    }),
  },
  JM201: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `目标（to-be）旅程 \`${s(p, 'journey')}\` 没有写明基于哪个现状旅程。`,
      en: `To-be journey \`${s(p, 'journey')}\` does not say which as-is journey it redesigns.`,
    }),
    hint: () => ({ 'zh-CN': '添加 `based-on: <现状旅程 id>`。', en: 'Add `based-on: <as-is journey id>`.' }),
  },
  JM202: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `旅程 \`${s(p, 'journey')}\` 中触点 \`${s(p, 'touchpoint')}\` 这一步没有情绪值，而其他步骤有。`,
      en: `Journey \`${s(p, 'journey')}\`: the step at \`${s(p, 'touchpoint')}\` has no emotion while others do.`,
    }),
    hint: () => ({
      'zh-CN': '补上 `emotion`（−5…+5），情绪曲线与峰终分析才不会断开。',
      en: 'Add `emotion` (−5…+5) so that the emotion curve and the peak-end analysis are not broken.',
    }),
  },
  JM203: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `旅程 \`${s(p, 'journey')}\` 的阶段 \`${s(p, 'stage')}\` 没有步骤。`,
      en: `Journey \`${s(p, 'journey')}\`: stage \`${s(p, 'stage')}\` has no steps.`,
    }),
    hint: () => ({ 'zh-CN': '添加触点步骤或删除该阶段。', en: 'Add touchpoint steps or remove the stage.' }),
  },
  JM204: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `旅程 \`${s(p, 'journey')}\` 没有指定用户画像。`,
      en: `Journey \`${s(p, 'journey')}\` has no persona.`,
    }),
    hint: () => ({
      'zh-CN': '旅程是某一类顾客的经历；添加 `persona: <id>`。',
      en: 'A journey is the experience of one kind of customer; add `persona: <id>`.',
    }),
  },
  JM205: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `目标旅程 \`${s(p, 'journey')}\` 基于的 \`${s(p, 'basedOn')}\` 不是现状（as-is）旅程。`,
      en: `To-be journey \`${s(p, 'journey')}\` is based on \`${s(p, 'basedOn')}\`, which is not an as-is journey.`,
    }),
  },
  TP301: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `触点 \`${s(p, 'touchpoint')}\` 已声明，但没有被任何行动、有形展示或旅程步骤使用。`,
      en: `Touchpoint \`${s(p, 'touchpoint')}\` is declared but no action, evidence item or journey step uses it.`,
    }),
    hint: () => ({ 'zh-CN': '使用它或删除它。', en: 'Use it or remove it.' }),
  },
  TP302: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `触点 \`${s(p, 'touchpoint')}\` 的投诉数（${s(p, 'complaints')}）大于接触量（${s(p, 'traffic')}）。`,
      en: `Touchpoint \`${s(p, 'touchpoint')}\` has more complaints (${s(p, 'complaints')}) than traffic (${s(p, 'traffic')}).`,
    }),
    hint: () => ({
      'zh-CN': '两者应按同一周期统计；检查数字。',
      en: 'Both should count the same period; check the figures.',
    }),
  },
  SH401: {
    severity: 'warning',
    message: (p) => ({
      'zh-CN': `利益相关者 \`${s(p, 'stakeholder')}\` 与自己建立了关系。`,
      en: `Stakeholder \`${s(p, 'stakeholder')}\` has a relation to itself.`,
    }),
  },
} satisfies Record<string, MessageEntry>;

/** A stable diagnostic code from the catalogue. */
export type MessageCode = keyof typeof MESSAGES;
