/** The terminal report: aligned tables (CJK-width aware), English or Chinese. */
import { SERVQUAL_DIMENSION_LABELS, type ServqualDimension } from '@frontstage/metrics';
import type { Text } from '@frontstage/model';
import type { Lang } from '../i18n.js';
import type { Reason } from './collect.js';
import type { Interval } from './methods.js';
import type { AnalyzeReport } from './report.js';
import { kanoTable, servqualItemsTable, type TableData } from './tables.js';

/** Picks the English or Chinese form. */
export function L(lang: Lang, en: string, zh: string): string {
  return lang === 'zh-CN' ? zh : en;
}

/**
 * A service-file name in `lang`, as the model's `textIn` reads it: a plain string as written, else the pair's entry
 * in `lang`, falling back to the other language; `''` when there is none. (Kept here so that the report does not
 * load the model, which only `--service` needs.)
 */
export function textInLang(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text.trim();
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return (text[lang]?.trim() || text[other]?.trim()) ?? '';
}

/** What to call an item that may be a touchpoint: its name from the service file in `lang`, else its column id. */
export function nameIn(item: { readonly column: string; readonly label?: Text }, lang: Lang): string {
  return textInLang(item.label, lang) || item.column;
}

/** The name followed by the column id in brackets when they differ (for running text). */
export function nameWithId(item: { readonly column: string; readonly label?: Text }, lang: Lang): string {
  const name = nameIn(item, lang);
  return name === item.column ? name : `${name} (${item.column})`;
}

/** True when any touchpoint of the report has a name from the service file. */
export function hasNames(r: AnalyzeReport): boolean {
  return r.columns.some((c) => c.label !== undefined);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a third of the word's length in edits, if any. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Display width: East Asian wide and full-width characters count 2. */
export function strWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

/** Formats rows as an aligned table; columns listed in `right` are right-aligned. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string {
  const widths = head.map((h, i) => Math.max(strWidth(h), ...rows.map((r) => strWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - strWidth(c));
        return right.has(i) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/** Lays out shared table contents (see `tables.ts`) for the terminal. */
function tableOf(t: TableData): string {
  return table(t.head, t.rows, t.numeric);
}

export function fmt(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
}

function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

export function ci(i: Interval | null | undefined, digits = 2, scale = 1): string {
  return i ? `[${fmt(i.lo * scale, digits)}, ${fmt(i.hi * scale, digits)}]` : '';
}

export function reasonText(lang: Lang, r: Reason): string {
  const m: Record<Reason, [string, string]> = {
    blank: ['blank', '空白'],
    na_token: ['NA / no answer', 'NA / 未作答'],
    not_applicable: ['not applicable', '不适用'],
    out_of_range: ['out of range', '超出量表范围'],
    not_a_number: ['text in a number column', '数字列中的文本'],
    not_an_integer: ['not a scale point', '非量表整数'],
    missing_field: ['missing field (short row)', '缺少字段（行过短）'],
    too_many_labels: ['beyond 1,000 distinct labels', '超过 1000 个不同标签'],
  };
  return L(lang, m[r][0], m[r][1]);
}

export function quadrantText(lang: Lang, q: string): string {
  const m: Record<string, [string, string]> = {
    concentrate_here: ['concentrate here', '重点改进'],
    keep_up: ['keep up the good work', '继续保持'],
    low_priority: ['low priority', '次要改进'],
    possible_overkill: ['possible overkill', '过度投入'],
  };
  const e = m[q];
  return e ? L(lang, e[0], e[1]) : q;
}

export function roleText(lang: Lang, role: string): string {
  const m: Record<string, string> = {
    nps: 'NPS',
    csat: 'CSAT',
    ces: 'CES',
    rating: '评分',
    number: '数值',
    segment: '细分',
    outcome: '结果',
    ignore: '忽略',
    kano_functional: 'KANO 正向题',
    kano_dysfunctional: 'KANO 反向题',
    servqual_expectation: 'SERVQUAL 期望',
    servqual_perception: 'SERVQUAL 感知',
    servqual_points: 'SERVQUAL 重要性分配',
  };
  return lang === 'zh-CN' ? (m[role] ?? role) : role;
}

const WHY_ZH: readonly [RegExp, string][] = [
  [/^identifier$/, '标识列'],
  [/^numbers outside a rating scale$/, '不在评分量表内的数值'],
  [/^integers (.+)$/, '整数 $1'],
  [/^(\d+) distinct labels$/, '$1 个不同标签'],
  [/^two-label outcome$/, '二分类结果变量'],
  [/^outcome \(two labels → 1\/0\)$/, '结果变量（两个标签 → 1/0）'],
  [/^name matches (.+)$/, '列名匹配 $1'],
  [/^free text$/, '自由文本'],
  [/^no values in the sample$/, '样本中没有值'],
  [/^not in the mapping$/, '映射文件未列出'],
  [/^KANO question name$/, 'KANO 题目名'],
  [/^SERVQUAL item name$/, 'SERVQUAL 题项名'],
  [/^SERVQUAL importance points$/, 'SERVQUAL 重要性分配列名'],
];

/**
 * What the report says about SERVQUAL importance points besides the weighted score: how many splits were invalid,
 * or why the points columns were not used. Shared by the terminal and HTML reports.
 */
export function servqualPointsNotes(sq: NonNullable<AnalyzeReport['servqual']>, lang: Lang): string[] {
  const lines: string[] = [];
  if (sq.invalidPoints > 0) {
    lines.push(
      L(
        lang,
        `${sq.invalidPoints} respondent(s) gave importance points that do not add up to 100 (not used for the weighted score)`,
        `${sq.invalidPoints} 位受访者的重要性分配合计不为 100 分（不用于加权得分）`,
      ),
    );
  }
  const u = sq.pointsUnused;
  if (u !== null) {
    const dims = u.dimensions.map((d) => dimensionText(lang, d)).join(L(lang, ', ', '、'));
    lines.push(
      u.reason === 'missing'
        ? L(
            lang,
            `importance points not used: no points column for ${dims}; map one per dimension measured (role servqual_points)`,
            `未使用重要性分配：${dims}没有分配列；每个所测维度需要一列（角色 servqual_points）`,
          )
        : L(
            lang,
            `importance points not used: points for ${dims}, which no item measures; the split must cover exactly the dimensions measured`,
            `未使用重要性分配：${dims}有分配列但没有题项；分配须恰好覆盖所测维度`,
          ),
    );
  }
  return lines;
}

/** A SERVQUAL dimension's name in the report language (the id itself for a non-standard layout). */
export function dimensionText(lang: Lang, id: string): string {
  const label = SERVQUAL_DIMENSION_LABELS[id as ServqualDimension];
  return label ? label[lang] : id;
}

/** The reason a column got its suggested role, in the report language. */
export function whyText(lang: Lang, why: string): string {
  if (lang !== 'zh-CN') return why;
  for (const [re, zh] of WHY_ZH) if (re.test(why)) return why.replace(re, zh);
  return why;
}

/** The touchpoint of a mapped column: its name when the service file gives one (with the id when it differs). */
export function touchpointCell(
  c: { readonly column: string; readonly touchpoint: string | null; readonly label?: Text },
  lang: Lang,
): string {
  if (c.touchpoint === null) return '';
  const name = textInLang(c.label, lang);
  if (name === '') return c.touchpoint;
  return c.touchpoint === c.column ? name : `${name} (${c.touchpoint})`;
}

/** The whole terminal report. */
export function renderText(r: AnalyzeReport, lang: Lang): string {
  const out: string[] = [];
  const h = (en: string, zh: string) => out.push(`\n${L(lang, en, zh)}\n`);
  // With names from a service file, tables of touchpoints show the name first, then the column id.
  const named = hasNames(r);
  const nameHead = named
    ? [L(lang, 'touchpoint', '触点'), L(lang, 'column', '列')]
    : [L(lang, 'column', '列')];
  const nameCells = (x: { readonly column: string; readonly label?: Text }): string[] =>
    named ? [nameIn(x, lang), x.column] : [x.column];
  const shift = (cols: readonly number[]): Set<number> => new Set(cols.map((i) => (named ? i + 1 : i)));
  out.push(
    L(
      lang,
      `${r.file.path}: ${r.rows.read.toLocaleString('en')} rows, ${r.columns.length} columns (${r.file.format}${r.file.delimiter ? `, delimiter ${r.file.delimiter}` : ''})\n`,
      `${r.file.path}：${r.rows.read.toLocaleString('en')} 行，${r.columns.length} 列（${r.file.format}${r.file.delimiter ? `，分隔符 ${r.file.delimiter}` : ''}）\n`,
    ),
  );
  if (r.rows.short + r.rows.long > 0) {
    out.push(
      L(
        lang,
        `  ragged rows: ${r.rows.short} short, ${r.rows.long} long\n`,
        `  字段数不符的行：${r.rows.short} 行过短，${r.rows.long} 行过长\n`,
      ),
    );
  }

  h('Column mapping', '列映射');
  out.push(
    table(
      [
        L(lang, 'column', '列'),
        L(lang, 'role', '角色'),
        L(lang, 'scale', '量表'),
        L(lang, 'N/A', '不适用'),
        L(lang, 'touchpoint', '触点'),
        L(lang, 'why', '依据'),
      ],
      r.columns.map((c) => [
        c.column,
        roleText(lang, c.role),
        c.scale ? `${c.scale[0]}–${c.scale[1]}` : '',
        c.notApplicable.join(','),
        touchpointCell(c, lang),
        whyText(lang, c.why ?? ''),
      ]),
    ),
  );

  h('Cleaning rules', '清洗规则');
  for (const rule of r.rules) out.push(`  - ${L(lang, rule.en, rule['zh-CN'])}\n`);

  h('Excluded cells (by column and reason)', '排除的单元格（按列与原因）');
  if (r.exclusions.length === 0) out.push(L(lang, '  none\n', '  无\n'));
  else {
    out.push(
      table(
        [L(lang, 'column', '列'), L(lang, 'reason', '原因'), L(lang, 'cells', '单元格数')],
        r.exclusions.map((e) => [e.column, reasonText(lang, e.reason), String(e.count)]),
        new Set([2]),
      ),
    );
  }

  if (r.touchpoints.length > 0) {
    h('Touchpoints (95 % intervals)', '触点（95% 置信区间）');
    out.push(
      table(
        [
          ...nameHead,
          'n',
          L(lang, 'scale', '量表'),
          L(lang, 'mean', '均值'),
          '95% CI',
          'CSAT',
          'CES 5–7',
          'NPS',
        ],
        r.touchpoints.map((t) => [
          ...nameCells({ ...t, column: t.column + (t.isOutcome ? L(lang, ' (outcome)', '（结果）') : '') }),
          String(t.n),
          `${t.scale[0]}–${t.scale[1]}`,
          fmt(t.mean),
          ci(t.ci),
          t.csat ? `${pct(t.csat.value)} ${ci(t.csat.ci, 1, 100)}` : '',
          t.ces ? `${pct(t.ces.value)} ${ci(t.ces.ci, 1, 100)}` : '',
          t.nps ? `${fmt(t.nps.nps, 1)} ${ci(t.nps.ci, 1)}` : '',
        ]),
        shift([1, 3]),
      ),
    );
  }

  if (r.outcome) {
    const o = r.outcome;
    h('Outcome', '结果变量');
    out.push(
      o.kind === 'binary'
        ? L(
            lang,
            `  ${o.column}: ${pct(o.value)} "${o.positive?.join('", "')}" (= 1) of n = ${o.n}; other labels = 0\n`,
            `  ${o.column}：“${o.positive?.join('”、“')}”（= 1）占 ${pct(o.value)}，n = ${o.n}；其他标签 = 0\n`,
          )
        : `  ${o.column}: ${L(lang, 'mean', '均值')} ${fmt(o.value)}, n = ${o.n}\n`,
    );
  }

  if (r.drivers) {
    h(
      `Key drivers of ${r.drivers.outcome} (relative weights, R² = ${fmt(r.drivers.r2, 3)})`,
      `${r.drivers.outcome} 的关键驱动因素（相对权重，R² = ${fmt(r.drivers.r2, 3)}）`,
    );
    out.push(
      table(
        ['#', ...nameHead, L(lang, 'weight', '权重'), L(lang, 'share', '占比'), 'r', 'n'],
        r.drivers.items.map((d) => [
          String(d.rank),
          ...nameCells(d),
          fmt(d.weight, 3),
          pct(d.share),
          fmt(d.r, 3),
          String(d.n),
        ]),
        new Set([0, ...shift([2, 3, 4, 5])]),
      ),
    );
  }

  if (r.ipa) {
    h('Importance–performance (IPA)', '重要性—绩效分析（IPA）');
    out.push(
      L(
        lang,
        `  crosshairs at the means: importance ${pct(r.ipa.crosshair.importance)}, performance ${pct(r.ipa.crosshair.performance)} of scale\n`,
        `  十字线取均值：重要性 ${pct(r.ipa.crosshair.importance)}，绩效 ${pct(r.ipa.crosshair.performance)}（量表位置）\n`,
      ),
    );
    out.push(
      table(
        [
          ...nameHead,
          L(lang, 'importance', '重要性'),
          L(lang, 'performance', '绩效'),
          L(lang, 'quadrant', '象限'),
        ],
        [...r.ipa.items]
          .sort((a, b) => a.quadrant.localeCompare(b.quadrant) || b.importance - a.importance)
          .map((i) => [
            ...nameCells(i),
            pct(i.importance),
            pct(i.performance),
            quadrantText(lang, i.quadrant),
          ]),
        shift([1, 2]),
      ),
    );
  }

  if (r.momentsOfTruth.length > 0) {
    h('Moments of truth', '关键时刻（MOT）');
    out.push(
      table(
        [
          ...nameHead,
          L(lang, 'classes', '类别'),
          L(lang, 'polarity', '倾向'),
          L(lang, 'strategy', '策略'),
          L(lang, 'why', '原因'),
        ],
        r.momentsOfTruth.map((m) => [
          ...nameCells(m),
          m.classes.join(', '),
          m.polarity,
          m.strategies.join(', '),
          m.why.map((w) => (lang === 'zh-CN' ? w['zh-CN'] : w.en)).join('; '),
        ]),
      ),
    );
  }

  if (r.peakEnd) {
    const p = r.peakEnd;
    h('Peak-end', '峰终定律');
    out.push(
      L(
        lang,
        `  order: ${p.order === 'service_journey' ? 'journey order from the service file' : 'column order'}; peak = the most intense moment (farthest from the scale midpoint)\n` +
          `  peak ${nameWithId(p.peak, lang)} (${pct(p.peak.position)}), end ${nameWithId(p.end, lang)} (${pct(p.end.position)}): remembered ≈ ${pct(p.remembered)} vs journey mean ${pct(p.journeyMean)} (scale position)\n`,
        `  顺序：${p.order === 'service_journey' ? '服务文件中的旅程顺序' : '列顺序'}；峰值 = 最强烈的时刻（离量表中点最远）\n` +
          `  峰值 ${nameWithId(p.peak, lang)}（${pct(p.peak.position)}），终点 ${nameWithId(p.end, lang)}（${pct(p.end.position)}）：记忆体验 ≈ ${pct(p.remembered)}，旅程均值 ${pct(p.journeyMean)}（量表位置）\n`,
      ),
    );
  }

  if (r.kano.length > 0) {
    h('KANO', 'KANO 分析');
    out.push(tableOf(kanoTable(r.kano, lang)));
  }

  if (r.servqual) {
    h('SERVQUAL (gap = P − E)', 'SERVQUAL（差距 = 感知 − 期望）');
    out.push(tableOf(servqualItemsTable(r.servqual, lang)));
    for (const d of r.servqual.dimensions) {
      const parts = [`${d.items} ${L(lang, 'items', '项')}`];
      if (d.importance !== null)
        parts.push(`${L(lang, 'importance', '重要性')} ${fmt(d.importance)} ${L(lang, 'points', '分')}`);
      const inner = parts.join(L(lang, ', ', '，'));
      out.push(`  ${dimensionText(lang, d.id)}: ${fmt(d.gap)} ${L(lang, `(${inner})`, `（${inner}）`)}\n`);
    }
    out.push(`  ${L(lang, 'unweighted score', '未加权得分')}: ${fmt(r.servqual.unweighted)}\n`);
    const w = r.servqual.weighted;
    if (w !== null)
      out.push(`  ${L(lang, 'weighted score', '加权得分')}: ${fmt(w.score)} ${ci(w.ci)} (n = ${w.n})\n`);
    for (const line of servqualPointsNotes(r.servqual, lang)) out.push(`  ${line}\n`);
  }

  for (const s of r.segments) {
    const na = Object.entries(s.excluded)
      .map(([k, v]) => `${reasonText(lang, k as Reason)} ${v}`)
      .join(', ');
    out.push(
      `\n${L(lang, 'Segment', '细分')} ${s.column}: ${s.levels.map((l) => `${l.label} ${l.n}`).join(', ')}${na ? ` (${L(lang, 'excluded', '排除')}: ${na})` : ''}\n`,
    );
  }

  if (r.comparison) {
    const c = r.comparison;
    h(
      `Segments by ${c.by} (${c.test === 'two_levels' ? 'Welch t / NPS z test' : 'each level vs the rest, Bonferroni'}; * p < 0.05)`,
      `按 ${c.by} 比较（${c.test === 'two_levels' ? 'Welch t / NPS z 检验' : '各组与其余组比较，Bonferroni 校正'}；* p < 0.05）`,
    );
    out.push(
      table(
        [...nameHead, ...c.levels.map((l) => `${l.label} (n=${l.n})`), 'p'],
        c.items.map((it) => [
          ...nameCells(it),
          ...it.levels.map(
            (l) => `${l.nps !== null ? fmt(l.nps, 1) : fmt(l.mean)}${l.significant ? '*' : ''}`,
          ),
          it.levels.map((l) => (l.p < 0.001 ? '<0.001' : fmt(l.p, 3))).join(' / '),
        ]),
      ),
    );
  }
  if (r.numbers.length > 0) {
    h('Other numeric columns', '其他数值列');
    out.push(
      table(
        [L(lang, 'column', '列'), 'n', L(lang, 'mean', '均值'), 'SD', 'min', 'max'],
        r.numbers.map((x) => [x.column, String(x.n), fmt(x.mean), fmt(x.sd), fmt(x.min, 0), fmt(x.max, 0)]),
        new Set([1, 2, 3, 4, 5]),
      ),
    );
  }
  return out.join('');
}
