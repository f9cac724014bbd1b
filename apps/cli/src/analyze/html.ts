/**
 * `--html out.html`: one self-contained page (inline CSS and SVG, no external assets). Charts are scenes drawn
 * by `@frontstage/render`'s SVG writer; every piece of user text (headers, labels, file names) is escaped.
 */

import type { Scene, SceneNode } from '@frontstage/render';
import * as render from '@frontstage/render';
import type { Lang } from '../i18n.js';
import type { Reason } from './collect.js';
import type { AnalyzeReport } from './report.js';
import { fmt, L, quadrantText, reasonText, roleText } from './text.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type ToSvg = (scene: Scene) => string;

/** The render package's SVG writer (charts are omitted, tables kept, if this build of render lacks it). */
function svgWriter(): ToSvg | null {
  const f = (render as Record<string, unknown>).toSvg;
  return typeof f === 'function' ? (f as ToSvg) : null;
}

const INK = '#1f2937';
const MUTED = '#6b7280';
const ACCENT = '#2563eb';
const WARN = '#dc2626';
const GRID = '#e5e7eb';

function text(
  x: number,
  y: number,
  s: string,
  size = 12,
  anchor: 'start' | 'middle' | 'end' = 'start',
  fill = INK,
): SceneNode {
  return { kind: 'text', x, y, lines: [s], size, lineHeight: size * 1.2, anchor, fill };
}

/** Horizontal bars with interval whiskers on a common axis. */
function barScene(
  title: string,
  rows: readonly { label: string; value: number; lo?: number; hi?: number; highlight?: boolean }[],
  axis: { min: number; max: number; format: (x: number) => string },
): Scene {
  const labelW = 260;
  const plotW = 420;
  const rowH = 22;
  const top = 34;
  const height = top + rows.length * rowH + 30;
  const sx = (v: number) => labelW + ((v - axis.min) / (axis.max - axis.min)) * plotW;
  const nodes: SceneNode[] = [text(8, 18, title, 14)];
  for (let k = 0; k <= 4; k++) {
    const v = axis.min + ((axis.max - axis.min) * k) / 4;
    nodes.push({
      kind: 'line',
      x1: sx(v),
      y1: top - 6,
      x2: sx(v),
      y2: height - 24,
      stroke: GRID,
      strokeWidth: 1,
    });
    nodes.push(text(sx(v), height - 8, axis.format(v), 10, 'middle', MUTED));
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const v = Number.isFinite(r.value) ? r.value : axis.min;
    nodes.push(text(labelW - 8, y + 14, r.label, 11, 'end'));
    nodes.push({
      kind: 'rect',
      x: sx(axis.min),
      y: y + 4,
      width: Math.max(0, sx(v) - sx(axis.min)),
      height: rowH - 8,
      fill: r.highlight ? WARN : ACCENT,
      opacity: 0.85,
    });
    if (r.lo !== undefined && r.hi !== undefined && Number.isFinite(r.lo) && Number.isFinite(r.hi)) {
      const yy = y + rowH / 2;
      nodes.push({ kind: 'line', x1: sx(r.lo), y1: yy, x2: sx(r.hi), y2: yy, stroke: INK, strokeWidth: 1.5 });
      nodes.push({
        kind: 'line',
        x1: sx(r.lo),
        y1: yy - 4,
        x2: sx(r.lo),
        y2: yy + 4,
        stroke: INK,
        strokeWidth: 1.5,
      });
      nodes.push({
        kind: 'line',
        x1: sx(r.hi),
        y1: yy - 4,
        x2: sx(r.hi),
        y2: yy + 4,
        stroke: INK,
        strokeWidth: 1.5,
      });
    }
  });
  return { width: labelW + plotW + 30, height, background: '#ffffff', title, children: nodes };
}

/** IPA scatter: importance (x) vs performance (y) with crosshairs at the means. */
function ipaScene(r: NonNullable<AnalyzeReport['ipa']>, lang: Lang): Scene {
  const W = 640;
  const H = 420;
  const m = { l: 60, r: 20, t: 36, b: 44 };
  const xs = r.items.map((i) => i.importance);
  const ys = r.items.map((i) => i.performance);
  const x0 = 0;
  const x1 = Math.max(...xs, r.crosshair.importance) * 1.1 || 1;
  const y0 = Math.max(0, Math.min(...ys) - 0.05);
  const y1 = Math.min(1, Math.max(...ys) + 0.05);
  const sx = (v: number) => m.l + ((v - x0) / (x1 - x0)) * (W - m.l - m.r);
  const sy = (v: number) => H - m.b - ((v - y0) / (y1 - y0 || 1)) * (H - m.t - m.b);
  const nodes: SceneNode[] = [
    text(8, 18, L(lang, 'Importance–performance', '重要性—绩效'), 14),
    { kind: 'rect', x: m.l, y: m.t, width: W - m.l - m.r, height: H - m.t - m.b, fill: 'none', stroke: GRID },
    {
      kind: 'line',
      x1: sx(r.crosshair.importance),
      y1: m.t,
      x2: sx(r.crosshair.importance),
      y2: H - m.b,
      stroke: MUTED,
      dash: [4, 4],
    },
    {
      kind: 'line',
      x1: m.l,
      y1: sy(r.crosshair.performance),
      x2: W - m.r,
      y2: sy(r.crosshair.performance),
      stroke: MUTED,
      dash: [4, 4],
    },
    text(
      (m.l + W - m.r) / 2,
      H - 10,
      L(lang, 'importance (share of R²)', '重要性（R² 占比）'),
      11,
      'middle',
      MUTED,
    ),
    text(12, m.t - 8, L(lang, 'performance (scale position)', '绩效（量表位置）'), 11, 'start', MUTED),
    text(W - m.r - 4, m.t + 14, quadrantText(lang, 'keep_up'), 10, 'end', MUTED),
    text(W - m.r - 4, H - m.b - 6, quadrantText(lang, 'concentrate_here'), 10, 'end', WARN),
    text(m.l + 4, m.t + 14, quadrantText(lang, 'possible_overkill'), 10, 'start', MUTED),
    text(m.l + 4, H - m.b - 6, quadrantText(lang, 'low_priority'), 10, 'start', MUTED),
  ];
  for (const it of r.items) {
    const cx = sx(it.importance);
    const cy = sy(it.performance);
    nodes.push({
      kind: 'group',
      role: 'ipa-point',
      ref: it.column,
      children: [
        { kind: 'circle', cx, cy, r: 4.5, fill: it.quadrant === 'concentrate_here' ? WARN : ACCENT },
        text(cx + 7, cy + 4, it.column, 10),
      ],
    });
  }
  return { width: W, height: H, background: '#ffffff', title: 'IPA', children: nodes };
}

/** Journey line: scale position of each touchpoint in order, peak and end marked. */
function journeyScene(p: NonNullable<AnalyzeReport['peakEnd']>, lang: Lang): Scene {
  const W = Math.max(480, 70 * p.sequence.length + 80);
  const H = 300;
  const m = { l: 50, r: 30, t: 36, b: 110 };
  const n = p.sequence.length;
  const sx = (i: number) => m.l + (n > 1 ? (i / (n - 1)) * (W - m.l - m.r) : 0);
  const sy = (v: number) => H - m.b - v * (H - m.t - m.b);
  const nodes: SceneNode[] = [text(8, 18, L(lang, 'Journey (peak-end)', '旅程（峰终）'), 14)];
  for (const v of [0, 0.5, 1]) {
    nodes.push({ kind: 'line', x1: m.l, y1: sy(v), x2: W - m.r, y2: sy(v), stroke: GRID });
    nodes.push(text(m.l - 6, sy(v) + 4, `${Math.round(v * 100)}%`, 10, 'end', MUTED));
  }
  nodes.push({
    kind: 'line',
    x1: m.l,
    y1: sy(p.journeyMean),
    x2: W - m.r,
    y2: sy(p.journeyMean),
    stroke: MUTED,
    dash: [4, 4],
  });
  nodes.push({
    kind: 'polyline',
    points: p.sequence.map((s, i) => [sx(i), sy(s.position)] as const),
    stroke: ACCENT,
    strokeWidth: 2,
    fill: 'none',
  });
  p.sequence.forEach((s, i) => {
    const special = s.column === p.peak.column || i === n - 1;
    nodes.push({
      kind: 'circle',
      cx: sx(i),
      cy: sy(s.position),
      r: special ? 6 : 3.5,
      fill: special ? WARN : ACCENT,
    });
    nodes.push({
      kind: 'text',
      x: sx(i),
      y: H - m.b + 16,
      lines: [s.column.length > 14 ? `${s.column.slice(0, 13)}…` : s.column],
      size: 9,
      lineHeight: 11,
      anchor: 'middle',
      fill: INK,
    });
  });
  return { width: W, height: H, background: '#ffffff', title: 'peak-end', children: nodes };
}

function tableHtml(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number> = new Set(),
): string {
  const th = head.map((h, i) => `<th${numeric.has(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const trs = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="n"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function pct(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`;
}

const CSS = `body{font-family:system-ui,-apple-system,"Noto Sans SC","PingFang SC",sans-serif;color:${INK};max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid ${GRID};padding-bottom:.3rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid ${GRID};text-align:left;vertical-align:top}
th{background:#f9fafb}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:${MUTED}}figure{margin:1rem 0}svg{max-width:100%;height:auto}`;

/** The whole HTML page. */
export function renderHtml(r: AnalyzeReport, lang: Lang): string {
  const toSvg = svgWriter();
  const fig = (scene: Scene) => (toSvg ? `<figure>${toSvg(scene)}</figure>` : '');
  const parts: string[] = [];
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
        barScene(
          L(lang, 'Mean with 95 % interval', '均值及 95% 置信区间'),
          r.touchpoints.map((t) => ({ label: t.column, value: t.mean, lo: t.ci.lo, hi: t.ci.hi })),
          { min: minScale, max: maxScale, format: (x) => x.toFixed(1) },
        ),
      ),
    );
    parts.push(
      tableHtml(
        [
          L(lang, 'column', '列'),
          L(lang, 'touchpoint', '触点'),
          'n',
          L(lang, 'scale', '量表'),
          L(lang, 'mean', '均值'),
          '95% CI',
          'CSAT',
          'CES 5–7',
          'NPS',
        ],
        r.touchpoints.map((t) => [
          t.column,
          t.touchpoint ?? '',
          String(t.n),
          `${t.scale[0]}–${t.scale[1]}`,
          fmt(t.mean),
          `[${fmt(t.ci.lo)}, ${fmt(t.ci.hi)}]`,
          t.csat ? `${pct(t.csat.value)} [${pct(t.csat.ci.lo)}, ${pct(t.csat.ci.hi)}]` : '',
          t.ces ? `${pct(t.ces.value)} [${pct(t.ces.ci.lo)}, ${pct(t.ces.ci.hi)}]` : '',
          t.nps ? `${fmt(t.nps.nps, 1)} [${fmt(t.nps.ci.lo, 1)}, ${fmt(t.nps.ci.hi, 1)}]` : '',
        ]),
        new Set([2, 4]),
      ),
    );
  }

  if (r.drivers) {
    const d = r.drivers;
    h2(`Key drivers of ${d.outcome}`, `${d.outcome} 的关键驱动因素`);
    parts.push(
      `<p class="muted">${escapeHtml(L(lang, `Relative weights (Johnson 2000); R² = ${fmt(d.r2, 3)}`, `相对权重法（Johnson 2000）；R² = ${fmt(d.r2, 3)}`))}</p>`,
    );
    const maxShare = Math.max(...d.items.map((i) => i.share), 0.01);
    parts.push(
      fig(
        barScene(
          L(lang, 'Share of explained variance', '解释方差占比'),
          d.items.map((i) => ({ label: i.column, value: i.share })),
          {
            min: 0,
            max: Math.min(1, Math.ceil(maxShare * 10) / 10),
            format: (x) => `${Math.round(x * 100)}%`,
          },
        ),
      ),
    );
    parts.push(
      tableHtml(
        ['#', L(lang, 'column', '列'), L(lang, 'weight', '权重'), L(lang, 'share', '占比'), 'r', 'n'],
        d.items.map((i) => [
          String(i.rank),
          i.column,
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
    parts.push(fig(ipaScene(r.ipa, lang)));
    parts.push(
      tableHtml(
        [
          L(lang, 'column', '列'),
          L(lang, 'importance', '重要性'),
          L(lang, 'performance', '绩效'),
          L(lang, 'quadrant', '象限'),
        ],
        r.ipa.items.map((i) => [
          i.column,
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
          L(lang, 'column', '列'),
          L(lang, 'classes', '类别'),
          L(lang, 'polarity', '倾向'),
          L(lang, 'why', '原因'),
        ],
        r.momentsOfTruth.map((m) => [m.column, m.classes.join(', '), m.polarity, m.why.join('; ')]),
      ),
    );
  }
  if (r.peakEnd) {
    const p = r.peakEnd;
    h2('Peak-end', '峰终定律');
    parts.push(fig(journeyScene(p, lang)));
    parts.push(
      `<p>${escapeHtml(
        L(
          lang,
          `Peak ${p.peak.column} (${pct(p.peak.position)}), end ${p.end.column} (${pct(p.end.position)}): remembered ≈ ${pct(p.remembered)} vs journey mean ${pct(p.journeyMean)}. Peak = the score farthest from the journey mean; order: ${p.order === 'service_journey' ? 'journey order of the service file' : 'column order'}.`,
          `峰值 ${p.peak.column}（${pct(p.peak.position)}），终点 ${p.end.column}（${pct(p.end.position)}）：记忆体验 ≈ ${pct(p.remembered)}，旅程均值 ${pct(p.journeyMean)}。峰值 = 偏离旅程均值最远的得分；顺序：${p.order === 'service_journey' ? '服务文件的旅程顺序' : '列顺序'}。`,
        ),
      )}</p>`,
    );
  }
  if (r.kano.length > 0) {
    h2('KANO', 'KANO 分析');
    parts.push(
      tableHtml(
        [
          L(lang, 'feature', '功能'),
          'n',
          'A',
          'O',
          'M',
          'I',
          'R',
          'Q',
          L(lang, 'category', '类别'),
          'Better',
          'Worse',
        ],
        r.kano.map((k) => [
          k.feature,
          String(k.n),
          ...(['A', 'O', 'M', 'I', 'R', 'Q'] as const).map((c) => String(k.counts[c])),
          k.category,
          fmt(k.better),
          fmt(k.worse),
        ]),
        new Set([1, 2, 3, 4, 5, 6, 7, 9, 10]),
      ),
    );
  }
  if (r.servqual) {
    h2('SERVQUAL', 'SERVQUAL');
    parts.push(
      tableHtml(
        [L(lang, 'item', '题项'), 'n', 'E', 'P', L(lang, 'gap', '差距'), '95% CI'],
        r.servqual.items.map((i) => [
          String(i.item),
          String(i.n),
          fmt(i.expectation),
          fmt(i.perception),
          fmt(i.gap),
          `[${fmt(i.gapCi.lo)}, ${fmt(i.gapCi.hi)}]`,
        ]),
        new Set([0, 1, 2, 3, 4]),
      ),
    );
    parts.push(
      tableHtml(
        [L(lang, 'dimension', '维度'), L(lang, 'gap', '差距'), L(lang, 'items', '题项数')],
        [
          ...r.servqual.dimensions.map((d) => [d.id, fmt(d.gap), String(d.items)]),
          [L(lang, 'unweighted', '未加权'), fmt(r.servqual.unweighted), ''],
        ],
        new Set([1, 2]),
      ),
    );
  }
  if (r.comparison) {
    const c = r.comparison;
    h2(`Segments by ${c.by}`, `按 ${c.by} 比较细分群体`);
    parts.push(
      `<p class="muted">${escapeHtml(c.test === 'two_levels' ? L(lang, 'Welch t test (means), z test (NPS); * p < 0.05', 'Welch t 检验（均值），z 检验（NPS）；* p < 0.05') : L(lang, 'Each level against the other levels, Bonferroni-adjusted; * p < 0.05', '各组与其余组比较，Bonferroni 校正；* p < 0.05'))}</p>`,
    );
    parts.push(
      tableHtml(
        [L(lang, 'column', '列'), ...c.levels.map((l) => `${l.label} (n=${l.n})`), 'p'],
        c.items.map((it) => [
          it.column,
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
  parts.push(`<ul>${r.rules.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`);
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
        c.touchpoint ?? '',
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
