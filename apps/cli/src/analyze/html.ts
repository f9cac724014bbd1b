/**
 * `--html out.html`: one self-contained page (inline CSS and SVG, no external assets). Charts are
 * `@frontstage/render` method charts written by its SVG writer; every piece of user text (headers, labels, file names) is escaped.
 */

import type { Text } from '@frontstage/model';
import {
  renderBarChart,
  renderDriverChart,
  renderIpaChart,
  renderKanoChart,
  renderPeakEndChart,
  type Scene,
  toSvg,
} from '@frontstage/render';
import type { Lang } from '../i18n.js';
import type { Reason } from './collect.js';
import type { AnalyzeReport } from './report.js';
import { kanoTable, servqualItemsTable, type TableData } from './tables.js';
import {
  ci,
  dimensionText,
  fmt,
  hasNames,
  L,
  nameIn,
  nameWithId,
  quadrantText,
  reasonText,
  roleText,
  servqualPointsNotes,
  touchpointCell,
} from './text.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const INK = '#1f2937';
const MUTED = '#6b7280';
const GRID = '#e5e7eb';

/** A table cell: plain text, or a main text with a small muted second line (a touchpoint name over its column id). */
type Cell = string | { readonly text: string; readonly sub?: string };

function cellHtml(c: Cell): string {
  if (typeof c === 'string') return escapeHtml(c);
  const sub =
    c.sub !== undefined && c.sub !== c.text ? `<br><span class="id">${escapeHtml(c.sub)}</span>` : '';
  return escapeHtml(c.text) + sub;
}

/** Lays out shared table contents (see `tables.ts`) as HTML. */
function tableFrom(t: TableData): string {
  return tableHtml(t.head, t.rows, t.numeric);
}

function tableHtml(
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  numeric: ReadonlySet<number> = new Set(),
): string {
  const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const trs = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="n"' : ''}>${cellHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function pct(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;
}

const CSS = `body{font-family:system-ui,-apple-system,"Noto Sans SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",sans-serif;color:${INK};max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid ${GRID};padding-bottom:.3rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid ${GRID};text-align:left;vertical-align:top}
th{background:#f9fafb}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:${MUTED}}figure{margin:1rem 0}svg{max-width:100%;height:auto}
.id{color:${MUTED};font-size:.75rem;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}`;

/** The whole HTML page. */
export function renderHtml(r: AnalyzeReport, lang: Lang): string {
  const fig = (scene: Scene) => `<figure>${toSvg(scene)}</figure>`;
  const opts = { locale: lang, width: 760 } as const;
  const parts: string[] = [];
  // With names from a service file, a touchpoint shows as its name over its column id (charts: the name only).
  const named = hasNames(r);
  const nameHead = named ? L(lang, 'touchpoint', '触点') : L(lang, 'column', '列');
  const nameCell = (x: { readonly column: string; readonly label?: Text }): Cell =>
    named ? { text: nameIn(x, lang), sub: x.column } : x.column;
  const chartLabel = (x: { readonly column: string; readonly label?: Text }): string => nameIn(x, lang);
  const h2 = (en: string, zh: string) => parts.push(`<h2>${escapeHtml(L(lang, en, zh))}</h2>`);
  parts.push(`<h1>${escapeHtml(L(lang, 'Survey analysis', '调查分析'))}: ${escapeHtml(r.file.path)}</h1>`);
  parts.push(
    `<p class="muted">${escapeHtml(
      L(
        lang,
        `${r.rows.read} rows, ${r.columns.length} columns (${r.file.format}); ragged rows: ${r.rows.short} short, ${r.rows.long} long`,
        `${r.rows.read} 行，${r.columns.length} 列（${r.file.format}）；字段数不符：${r.rows.short} 行过短，${r.rows.long} 行过长`,
      ),
    )}</p>`,
  );

  if (r.touchpoints.length > 0) {
    h2('Touchpoints', '触点');
    const maxScale = Math.max(...r.touchpoints.map((t) => t.scale[1]));
    const minScale = Math.min(...r.touchpoints.map((t) => t.scale[0]));
    parts.push(
      fig(
        renderBarChart(
          {
            title: { en: 'Mean with 95 % interval', 'zh-CN': '均值及 95% 置信区间' },
            items: r.touchpoints.map((t) => ({
              id: t.column,
              label: chartLabel(t),
              value: t.mean,
              low: t.ci.lo,
              high: t.ci.hi,
              n: t.n,
            })),
            domain: [Math.min(0, minScale), maxScale],
            decimals: 2,
          },
          opts,
        ),
      ),
    );
    // The touchpoint id column only adds something when an id differs from its column.
    const tpCol = !named || r.touchpoints.some((t) => t.touchpoint !== null && t.touchpoint !== t.column);
    parts.push(
      tableHtml(
        [
          nameHead,
          ...(tpCol ? [L(lang, 'touchpoint', '触点')] : []),
          'n',
          L(lang, 'scale', '量表'),
          L(lang, 'mean', '均值'),
          '95% CI',
          'CSAT',
          'CES 5–7',
          'NPS',
        ],
        r.touchpoints.map((t) => [
          nameCell(t),
          ...(tpCol ? [t.touchpoint ?? ''] : []),
          String(t.n),
          `${t.scale[0]}–${t.scale[1]}`,
          fmt(t.mean),
          `[${fmt(t.ci.lo)}, ${fmt(t.ci.hi)}]`,
          t.csat ? `${pct(t.csat.value)} [${pct(t.csat.ci.lo)}, ${pct(t.csat.ci.hi)}]` : '',
          t.ces ? `${pct(t.ces.value)} [${pct(t.ces.ci.lo)}, ${pct(t.ces.ci.hi)}]` : '',
          t.nps ? `${fmt(t.nps.nps, 1)} [${fmt(t.nps.ci.lo, 1)}, ${fmt(t.nps.ci.hi, 1)}]` : '',
        ]),
        tpCol ? new Set([2, 4]) : new Set([1, 3]),
      ),
    );
  }

  if (r.drivers) {
    const d = r.drivers;
    h2(`Key drivers of ${d.outcome}`, `${d.outcome} 的关键驱动因素`);
    parts.push(
      `<p class="muted">${escapeHtml(L(lang, `Relative weights (Johnson 2000); R² = ${fmt(d.r2, 3)}`, `相对权重法（Johnson 2000）；R² = ${fmt(d.r2, 3)}`))}</p>`,
    );
    parts.push(
      fig(
        renderDriverChart(
          {
            title: { en: `Key drivers of ${d.outcome}`, 'zh-CN': `${d.outcome} 的关键驱动因素` },
            items: d.items.map((i) => ({ id: i.column, label: chartLabel(i), weight: i.weight })),
            share: true,
          },
          opts,
        ),
      ),
    );
    parts.push(
      tableHtml(
        ['#', nameHead, L(lang, 'weight', '权重'), L(lang, 'share', '占比'), 'r', 'n'],
        d.items.map((i) => [
          String(i.rank),
          nameCell(i),
          fmt(i.weight, 3),
          pct(i.share),
          fmt(i.r, 3),
          String(i.n),
        ]),
        new Set([0, 2, 3, 4, 5]),
      ),
    );
  }
  if (r.ipa) {
    h2('Importance–performance analysis', '重要性—绩效分析');
    parts.push(
      fig(
        renderIpaChart(
          {
            items: r.ipa.items.map((i) => ({
              id: i.column,
              label: chartLabel(i),
              importance: i.importance,
              performance: i.performance,
            })),
            crosshair: r.ipa.crosshair,
          },
          opts,
        ),
      ),
    );
    parts.push(
      tableHtml(
        [
          nameHead,
          L(lang, 'importance', '重要性'),
          L(lang, 'performance', '绩效'),
          L(lang, 'quadrant', '象限'),
        ],
        r.ipa.items.map((i) => [
          nameCell(i),
          pct(i.importance),
          pct(i.performance),
          quadrantText(lang, i.quadrant),
        ]),
        new Set([1, 2]),
      ),
    );
  }
  if (r.momentsOfTruth.length > 0) {
    h2('Moments of truth', '关键时刻');
    parts.push(
      tableHtml(
        [
          nameHead,
          L(lang, 'classes', '类别'),
          L(lang, 'polarity', '倾向'),
          L(lang, 'strategy', '策略'),
          L(lang, 'why', '原因'),
        ],
        r.momentsOfTruth.map((m) => [
          nameCell(m),
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
    h2('Peak-end', '峰终定律');
    parts.push(
      fig(
        renderPeakEndChart(
          {
            // Percentage points of the scale above (below) its midpoint: the peak is the point farthest from 0,
            // and the value labels read as whole numbers instead of 0.1-steps.
            title: {
              en: 'Peak–end: scale position vs its midpoint (percentage points)',
              'zh-CN': '峰终分析：量表位置相对中点（百分点）',
            },
            points: p.sequence.map((x) => ({
              id: x.column,
              label: chartLabel(x),
              value: Math.round((x.position - 0.5) * 1000) / 10,
            })),
            domain: [-50, 50],
          },
          // Names under the points need room: about 70 px a point, up to the page width.
          { ...opts, width: Math.min(1060, Math.max(opts.width, 80 + 70 * p.sequence.length)) },
        ),
      ),
    );
    parts.push(
      `<p>${escapeHtml(
        L(
          lang,
          `Peak ${nameWithId(p.peak, lang)} (${pct(p.peak.position)}), end ${nameWithId(p.end, lang)} (${pct(p.end.position)}): remembered ≈ ${pct(p.remembered)} vs journey mean ${pct(p.journeyMean)}. Peak = the most intense moment (farthest from the scale midpoint); order: ${p.order === 'service_journey' ? 'journey order of the service file' : 'column order'}.`,
          `峰值 ${nameWithId(p.peak, lang)}（${pct(p.peak.position)}），终点 ${nameWithId(p.end, lang)}（${pct(p.end.position)}）：记忆体验 ≈ ${pct(p.remembered)}，旅程均值 ${pct(p.journeyMean)}。峰值 = 最强烈的时刻（离量表中点最远）；顺序：${p.order === 'service_journey' ? '服务文件的旅程顺序' : '列顺序'}。`,
        ),
      )}</p>`,
    );
  }
  if (r.kano.length > 0) {
    h2('KANO', 'KANO 分析');
    parts.push(
      fig(
        renderKanoChart(
          {
            items: r.kano.map((k) => ({ id: k.feature, label: k.feature, better: k.better, worse: k.worse })),
          },
          opts,
        ),
      ),
    );
    parts.push(tableFrom(kanoTable(r.kano, lang)));
  }
  if (r.servqual) {
    const sq = r.servqual;
    h2('SERVQUAL', 'SERVQUAL');
    parts.push(tableFrom(servqualItemsTable(sq, lang, true)));
    // The importance column only when points were used.
    const withPoints = sq.dimensions.some((d) => d.importance !== null);
    const row = (cells: string[], importance: string) => (withPoints ? [...cells, importance] : cells);
    parts.push(
      tableHtml(
        row(
          [L(lang, 'dimension', '维度'), L(lang, 'gap', '差距'), L(lang, 'items', '题项数')],
          L(lang, 'importance (points)', '重要性（分）'),
        ),
        [
          ...sq.dimensions.map((d) =>
            row(
              [dimensionText(lang, d.id), fmt(d.gap), String(d.items)],
              d.importance === null ? '' : fmt(d.importance),
            ),
          ),
          row([L(lang, 'unweighted', '未加权'), fmt(sq.unweighted), ''], ''),
          ...(sq.weighted
            ? [
                row(
                  [L(lang, 'weighted', '加权'), `${fmt(sq.weighted.score)} ${ci(sq.weighted.ci)}`, ''],
                  `n = ${sq.weighted.n}`,
                ),
              ]
            : []),
        ],
        new Set(withPoints ? [1, 2, 3] : [1, 2]),
      ),
    );
    for (const note of servqualPointsNotes(sq, lang)) parts.push(`<p class="muted">${escapeHtml(note)}</p>`);
  }
  if (r.comparison) {
    const c = r.comparison;
    h2(`Segments by ${c.by}`, `按 ${c.by} 比较细分群体`);
    parts.push(
      `<p class="muted">${escapeHtml(c.test === 'two_levels' ? L(lang, 'Welch t test (means), z test (NPS); * p < 0.05', 'Welch t 检验（均值），z 检验（NPS）；* p < 0.05') : L(lang, 'Each level against the other levels, Bonferroni-adjusted; * p < 0.05', '各组与其余组比较，Bonferroni 校正；* p < 0.05'))}</p>`,
    );
    parts.push(
      tableHtml(
        [nameHead, ...c.levels.map((l) => `${l.label} (n=${l.n})`), 'p'],
        c.items.map((it) => [
          nameCell(it),
          ...it.levels.map(
            (l) => `${l.nps !== null ? fmt(l.nps, 1) : fmt(l.mean)}${l.significant ? '*' : ''}`,
          ),
          it.levels.map((l) => (l.p < 0.001 ? '<0.001' : fmt(l.p, 3))).join(' / '),
        ]),
      ),
    );
  }
  if (r.segments.length > 0) {
    h2('Segments', '细分');
    parts.push(
      tableHtml(
        [L(lang, 'column', '列'), L(lang, 'levels', '取值'), L(lang, 'excluded', '排除')],
        r.segments.map((s) => [
          s.column,
          s.levels.map((l) => `${l.label} ${l.n}`).join(', '),
          Object.entries(s.excluded)
            .map(([k, v]) => `${reasonText(lang, k as Reason)} ${v}`)
            .join(', '),
        ]),
      ),
    );
  }
  h2('Data: mapping, cleaning and exclusions', '数据：列映射、清洗与排除');
  parts.push(`<ul>${r.rules.map((x) => `<li>${escapeHtml(L(lang, x.en, x['zh-CN']))}</li>`).join('')}</ul>`);
  parts.push(
    tableHtml(
      [
        L(lang, 'column', '列'),
        L(lang, 'role', '角色'),
        L(lang, 'scale', '量表'),
        L(lang, 'N/A', '不适用'),
        L(lang, 'touchpoint', '触点'),
        L(lang, 'excluded', '排除'),
      ],
      r.columns.map((c) => [
        c.column,
        roleText(lang, c.role),
        c.scale ? `${c.scale[0]}–${c.scale[1]}` : '',
        c.notApplicable.join(', '),
        touchpointCell(c, lang),
        Object.entries(c.excluded)
          .map(([k, v]) => `${reasonText(lang, k as Reason)} ${v}`)
          .join(', '),
      ]),
    ),
  );
  return `<!doctype html>
<html lang="${lang === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(L(lang, 'Survey analysis', '调查分析'))}: ${escapeHtml(r.file.path)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
<p class="muted">frontstage analyze · ${escapeHtml(r.schema)}</p>
</body>
</html>
`;
}
