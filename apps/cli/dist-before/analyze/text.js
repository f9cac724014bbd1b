/** Picks the English or Chinese form. */
export function L(lang, en, zh) {
    return lang === 'zh-CN' ? zh : en;
}
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a third of the word's length in edits, if any. */
export function nearest(word, candidates) {
    let best;
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
export function strWidth(s) {
    let w = 0;
    for (const ch of s) {
        const cp = ch.codePointAt(0);
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
export function table(head, rows, right = new Set()) {
    const widths = head.map((h, i) => Math.max(strWidth(h), ...rows.map((r) => strWidth(r[i] ?? ''))));
    const line = (cells) => cells
        .map((c, i) => {
        const pad = ' '.repeat(widths[i] - strWidth(c));
        return right.has(i) ? pad + c : c + pad;
    })
        .join('  ')
        .trimEnd();
    return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
export function fmt(x, digits = 2) {
    return x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
}
function pct(x, digits = 1) {
    return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}
function ci(i, digits = 2, scale = 1) {
    return i ? `[${fmt(i.lo * scale, digits)}, ${fmt(i.hi * scale, digits)}]` : '';
}
export function reasonText(lang, r) {
    const m = {
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
export function quadrantText(lang, q) {
    const m = {
        concentrate_here: ['concentrate here', '重点改进'],
        keep_up: ['keep up the good work', '继续保持'],
        low_priority: ['low priority', '次要改进'],
        possible_overkill: ['possible overkill', '过度投入'],
    };
    const e = m[q];
    return e ? L(lang, e[0], e[1]) : q;
}
export function roleText(lang, role) {
    const m = {
        nps: 'NPS',
        csat: 'CSAT',
        ces: 'CES',
        rating: '评分',
        number: '数值',
        segment: '细分',
        outcome: '结果',
        ignore: '忽略',
    };
    return lang === 'zh-CN' ? (m[role] ?? role) : role;
}
const WHY_ZH = [
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
];
/** The reason a column got its suggested role, in the report language. */
export function whyText(lang, why) {
    if (lang !== 'zh-CN')
        return why;
    for (const [re, zh] of WHY_ZH)
        if (re.test(why))
            return why.replace(re, zh);
    return why;
}
/** The whole terminal report. */
export function renderText(r, lang) {
    const out = [];
    const h = (en, zh) => out.push(`\n${L(lang, en, zh)}\n`);
    out.push(L(lang, `${r.file.path}: ${r.rows.read.toLocaleString('en')} rows, ${r.columns.length} columns (${r.file.format}${r.file.delimiter ? `, delimiter ${r.file.delimiter}` : ''})\n`, `${r.file.path}：${r.rows.read.toLocaleString('en')} 行，${r.columns.length} 列（${r.file.format}${r.file.delimiter ? `，分隔符 ${r.file.delimiter}` : ''}）\n`));
    if (r.rows.short + r.rows.long > 0) {
        out.push(L(lang, `  ragged rows: ${r.rows.short} short, ${r.rows.long} long\n`, `  字段数不符的行：${r.rows.short} 行过短，${r.rows.long} 行过长\n`));
    }
    h('Column mapping', '列映射');
    out.push(table([
        L(lang, 'column', '列'),
        L(lang, 'role', '角色'),
        L(lang, 'scale', '量表'),
        L(lang, 'N/A', '不适用'),
        L(lang, 'touchpoint', '触点'),
        L(lang, 'why', '依据'),
    ], r.columns.map((c) => [
        c.column,
        roleText(lang, c.role),
        c.scale ? `${c.scale[0]}–${c.scale[1]}` : '',
        c.notApplicable.join(','),
        c.touchpoint ?? '',
        whyText(lang, c.why ?? ''),
    ])));
    h('Cleaning rules', '清洗规则');
    for (const rule of r.rules)
        out.push(`  - ${L(lang, rule.en, rule['zh-CN'])}\n`);
    h('Excluded cells (by column and reason)', '排除的单元格（按列与原因）');
    if (r.exclusions.length === 0)
        out.push(L(lang, '  none\n', '  无\n'));
    else {
        out.push(table([L(lang, 'column', '列'), L(lang, 'reason', '原因'), L(lang, 'cells', '单元格数')], r.exclusions.map((e) => [e.column, reasonText(lang, e.reason), String(e.count)]), new Set([2])));
    }
    if (r.touchpoints.length > 0) {
        h('Touchpoints (95 % intervals)', '触点（95% 置信区间）');
        out.push(table([
            L(lang, 'column', '列'),
            'n',
            L(lang, 'scale', '量表'),
            L(lang, 'mean', '均值'),
            '95% CI',
            'CSAT',
            'CES 5–7',
            'NPS',
        ], r.touchpoints.map((t) => [
            t.column + (t.isOutcome ? L(lang, ' (outcome)', '（结果）') : ''),
            String(t.n),
            `${t.scale[0]}–${t.scale[1]}`,
            fmt(t.mean),
            ci(t.ci),
            t.csat ? `${pct(t.csat.value)} ${ci(t.csat.ci, 1, 100)}` : '',
            t.ces ? `${pct(t.ces.value)} ${ci(t.ces.ci, 1, 100)}` : '',
            t.nps ? `${fmt(t.nps.nps, 1)} ${ci(t.nps.ci, 1)}` : '',
        ]), new Set([1, 3])));
    }
    if (r.outcome) {
        const o = r.outcome;
        h('Outcome', '结果变量');
        out.push(o.kind === 'binary'
            ? L(lang, `  ${o.column}: ${pct(o.value)} "${o.positive?.join('", "')}" (= 1) of n = ${o.n}; other labels = 0\n`, `  ${o.column}：“${o.positive?.join('”、“')}”（= 1）占 ${pct(o.value)}，n = ${o.n}；其他标签 = 0\n`)
            : `  ${o.column}: ${L(lang, 'mean', '均值')} ${fmt(o.value)}, n = ${o.n}\n`);
    }
    if (r.drivers) {
        h(`Key drivers of ${r.drivers.outcome} (relative weights, R² = ${fmt(r.drivers.r2, 3)})`, `${r.drivers.outcome} 的关键驱动因素（相对权重，R² = ${fmt(r.drivers.r2, 3)}）`);
        out.push(table(['#', L(lang, 'column', '列'), L(lang, 'weight', '权重'), L(lang, 'share', '占比'), 'r', 'n'], r.drivers.items.map((d) => [
            String(d.rank),
            d.column,
            fmt(d.weight, 3),
            pct(d.share),
            fmt(d.r, 3),
            String(d.n),
        ]), new Set([0, 2, 3, 4, 5])));
    }
    if (r.ipa) {
        h('Importance–performance (IPA)', '重要性—绩效分析（IPA）');
        out.push(L(lang, `  crosshairs at the means: importance ${pct(r.ipa.crosshair.importance)}, performance ${pct(r.ipa.crosshair.performance)} of scale\n`, `  十字线取均值：重要性 ${pct(r.ipa.crosshair.importance)}，绩效 ${pct(r.ipa.crosshair.performance)}（量表位置）\n`));
        out.push(table([
            L(lang, 'column', '列'),
            L(lang, 'importance', '重要性'),
            L(lang, 'performance', '绩效'),
            L(lang, 'quadrant', '象限'),
        ], [...r.ipa.items]
            .sort((a, b) => a.quadrant.localeCompare(b.quadrant) || b.importance - a.importance)
            .map((i) => [i.column, pct(i.importance), pct(i.performance), quadrantText(lang, i.quadrant)]), new Set([1, 2])));
    }
    if (r.momentsOfTruth.length > 0) {
        h('Moments of truth', '关键时刻（MOT）');
        out.push(table([
            L(lang, 'column', '列'),
            L(lang, 'classes', '类别'),
            L(lang, 'polarity', '倾向'),
            L(lang, 'strategy', '策略'),
            L(lang, 'why', '原因'),
        ], r.momentsOfTruth.map((m) => [
            m.column,
            m.classes.join(', '),
            m.polarity,
            m.strategies.join(', '),
            m.why.map((w) => (lang === 'zh-CN' ? w['zh-CN'] : w.en)).join('; '),
        ])));
    }
    if (r.peakEnd) {
        const p = r.peakEnd;
        h('Peak-end', '峰终定律');
        out.push(L(lang, `  order: ${p.order === 'service_journey' ? 'journey order from the service file' : 'column order'}; peak = the most intense moment (farthest from the scale midpoint)\n` +
            `  peak ${p.peak.column} (${pct(p.peak.position)}), end ${p.end.column} (${pct(p.end.position)}): remembered ≈ ${pct(p.remembered)} vs journey mean ${pct(p.journeyMean)} (scale position)\n`, `  顺序：${p.order === 'service_journey' ? '服务文件中的旅程顺序' : '列顺序'}；峰值 = 最强烈的时刻（离量表中点最远）\n` +
            `  峰值 ${p.peak.column}（${pct(p.peak.position)}），终点 ${p.end.column}（${pct(p.end.position)}）：记忆体验 ≈ ${pct(p.remembered)}，旅程均值 ${pct(p.journeyMean)}（量表位置）\n`));
    }
    if (r.kano.length > 0) {
        h('KANO', 'KANO 分析');
        out.push(table([
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
        ], r.kano.map((k) => [
            k.feature,
            String(k.n),
            String(k.counts.A),
            String(k.counts.O),
            String(k.counts.M),
            String(k.counts.I),
            String(k.counts.R),
            String(k.counts.Q),
            k.categoryByRule,
            fmt(k.better),
            fmt(k.worse),
        ]), new Set([1, 2, 3, 4, 5, 6, 7, 9, 10])));
    }
    if (r.servqual) {
        h('SERVQUAL (gap = P − E)', 'SERVQUAL（差距 = 感知 − 期望）');
        out.push(table([L(lang, 'item', '题项'), 'n', 'E', 'P', L(lang, 'gap', '差距'), '95% CI'], r.servqual.items.map((i) => [
            String(i.item),
            String(i.n),
            fmt(i.expectation),
            fmt(i.perception),
            fmt(i.gap),
            ci(i.gapCi),
        ]), new Set([0, 1, 2, 3, 4])));
        for (const d of r.servqual.dimensions)
            out.push(`  ${d.id}: ${fmt(d.gap)} (${d.items} ${L(lang, 'items', '项')})\n`);
        out.push(`  ${L(lang, 'unweighted score', '未加权得分')}: ${fmt(r.servqual.unweighted)}\n`);
    }
    for (const s of r.segments) {
        const na = Object.entries(s.excluded)
            .map(([k, v]) => `${reasonText(lang, k)} ${v}`)
            .join(', ');
        out.push(`\n${L(lang, 'Segment', '细分')} ${s.column}: ${s.levels.map((l) => `${l.label} ${l.n}`).join(', ')}${na ? ` (${L(lang, 'excluded', '排除')}: ${na})` : ''}\n`);
    }
    if (r.comparison) {
        const c = r.comparison;
        h(`Segments by ${c.by} (${c.test === 'two_levels' ? 'Welch t / NPS z test' : 'each level vs the rest, Bonferroni'}; * p < 0.05)`, `按 ${c.by} 比较（${c.test === 'two_levels' ? 'Welch t / NPS z 检验' : '各组与其余组比较，Bonferroni 校正'}；* p < 0.05）`);
        out.push(table([L(lang, 'column', '列'), ...c.levels.map((l) => `${l.label} (n=${l.n})`), 'p'], c.items.map((it) => [
            it.column,
            ...it.levels.map((l) => `${l.nps !== null ? fmt(l.nps, 1) : fmt(l.mean)}${l.significant ? '*' : ''}`),
            it.levels.map((l) => (l.p < 0.001 ? '<0.001' : fmt(l.p, 3))).join(' / '),
        ])));
    }
    if (r.numbers.length > 0) {
        h('Other numeric columns', '其他数值列');
        out.push(table([L(lang, 'column', '列'), 'n', L(lang, 'mean', '均值'), 'SD', 'min', 'max'], r.numbers.map((x) => [x.column, String(x.n), fmt(x.mean), fmt(x.sd), fmt(x.min, 0), fmt(x.max, 0)]), new Set([1, 2, 3, 4, 5])));
    }
    return out.join('');
}
//# sourceMappingURL=text.js.map