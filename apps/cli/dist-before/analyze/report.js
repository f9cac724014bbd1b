/**
 * The analysis report: everything `analyze` found, as one plain object. `--json` prints it as is
 * (schema `frontstage.analyze/1`, documented field by field below); the terminal and HTML writers only format it.
 */
import { ipa, momentsOfTruth, peakEnd, servqual as servqualResult, } from '@frontstage/metrics';
import { columnExclusions, REASONS } from './collect.js';
import { cesTop3, csatTop2, driverWeights, histStats, kanoOf, npsFromHist, segmentTest, } from './methods.js';
export const REPORT_SCHEMA = 'frontstage.analyze/1';
const DRIVER_ROLES = new Set(['rating', 'csat', 'ces', 'nps']);
function position(t) {
    return (t.mean - t.scale[0]) / (t.scale[1] - t.scale[0]);
}
function scoreOf(hist, spec) {
    return histStats(hist, spec.scale[0]);
}
/** Builds the report from the collected summaries. */
export function buildReport(c, file, service) {
    const specs = c.mapping.columns;
    const exclusions = [];
    const columns = specs.map((s, j) => {
        const excluded = columnExclusions(c, j);
        for (const r of REASONS)
            if (excluded[r])
                exclusions.push({ column: s.column, reason: r, count: excluded[r] });
        return {
            column: s.column,
            role: s.role,
            scale: s.scale ?? null,
            notApplicable: s.notApplicable ?? [],
            touchpoint: s.touchpoint ?? null,
            why: s.why ?? null,
            excluded,
        };
    });
    // Touchpoints in journey order when a service file is given, else column order.
    let tpIdx = specs.map((_, j) => j).filter((j) => DRIVER_ROLES.has(specs[j].role) && c.hist[j] !== null);
    const journey = service?.journeyOrder ?? [];
    const ordered = journey.length > 0 && tpIdx.some((j) => specs[j].touchpoint !== undefined);
    if (ordered) {
        const rank = (j) => {
            const k = journey.indexOf(specs[j].touchpoint ?? '');
            return k < 0 ? journey.length + j : k;
        };
        tpIdx = [...tpIdx].sort((a, b) => rank(a) - rank(b));
    }
    const touchpoints = tpIdx.map((j) => {
        const s = specs[j];
        const h = c.hist[j];
        const st = scoreOf(h, s);
        const [lo, hi] = s.scale;
        return {
            column: s.column,
            touchpoint: s.touchpoint ?? null,
            role: s.role,
            scale: [lo, hi],
            n: st.n,
            mean: st.mean,
            sd: st.sd,
            ci: st.ci,
            csat: hi === 5 && lo <= 1 && s.role !== 'nps' && s.role !== 'ces' ? csatTop2(h, lo, hi) : null,
            ces: s.role === 'ces' || (hi === 7 && lo === 1) ? cesTop3(h, lo, hi) : null,
            nps: s.role === 'nps' || (lo === 0 && hi === 10) ? npsFromHist(h, lo) : null,
            histogram: [...h],
            isOutcome: j === c.outcome,
        };
    });
    const numbers = specs.flatMap((s, j) => {
        const m = c.moments[j];
        if (!m)
            return [];
        const mean = m.n > 0 ? m.sum / m.n : Number.NaN;
        const sd = m.n > 1 ? Math.sqrt(Math.max(0, (m.sumSq - m.sum * mean) / (m.n - 1))) : Number.NaN;
        return [
            {
                column: s.column,
                n: m.n,
                mean,
                sd,
                min: m.n > 0 ? m.min : Number.NaN,
                max: m.n > 0 ? m.max : Number.NaN,
            },
        ];
    });
    const segments = specs.flatMap((s, j) => {
        const l = c.labels[j];
        if (!l)
            return [];
        const levels = l.display.map((label, k) => ({ label, n: l.counts[k] })).sort((a, b) => b.n - a.n);
        return [{ column: s.column, levels, excluded: columnExclusions(c, j) }];
    });
    // Outcome.
    let outcome = null;
    if (c.outcome >= 0) {
        const s = specs[c.outcome];
        const h = c.hist[c.outcome];
        if (h) {
            const st = scoreOf(h, s);
            outcome = { column: s.column, kind: 'score', positive: null, n: st.n, value: st.mean };
        }
        else if (c.moments[c.outcome]) {
            const m = c.moments[c.outcome];
            outcome = {
                column: s.column,
                kind: 'score',
                positive: null,
                n: m.n,
                value: m.n > 0 ? m.sum / m.n : Number.NaN,
            };
        }
        else if (c.labels[c.outcome]) {
            const l = c.labels[c.outcome];
            const pos = new Set((s.positive ?? []).map((p) => p.toLowerCase()));
            let n = 0;
            let k = 0;
            l.display.forEach((d, i) => {
                n += l.counts[i];
                if (pos.has(d.toLowerCase()))
                    k += l.counts[i];
            });
            outcome = {
                column: s.column,
                kind: 'binary',
                positive: s.positive ?? [],
                n,
                value: n > 0 ? k / n : Number.NaN,
            };
        }
    }
    // Key drivers: relative weights over pairwise-complete correlations (metrics `keyDrivers`).
    let drivers = null;
    if (c.co !== null && outcome !== null) {
        const w = driverWeights(c.co, c.rows);
        if (w) {
            const items = c.drivers.map((j, k) => ({
                column: specs[j].column,
                touchpoint: specs[j].touchpoint ?? null,
                weight: w.raw[k],
                share: w.rescaled[k],
                rank: 0,
                r: w.r[k],
                n: w.n[k],
            }));
            const sorted = [...items].sort((a, b) => b.weight - a.weight).map((d, i) => ({ ...d, rank: i + 1 }));
            drivers = { method: 'relative_weights', outcome: outcome.column, r2: w.r2, items: sorted };
        }
    }
    // IPA (metrics `ipa`): importance = driver share, performance = scale position of the mean; crosshairs at the means.
    let ipaResult = null;
    if (drivers) {
        const perf = new Map(touchpoints.map((t) => [t.column, position(t)]));
        const r = ipa(drivers.items.map((d) => ({
            id: d.column,
            importance: d.share,
            performance: perf.get(d.column) ?? Number.NaN,
        })));
        if (r.n > 0) {
            const tp = new Map(drivers.items.map((d) => [d.column, d.touchpoint]));
            ipaResult = {
                crosshair: { importance: r.crosshair.importance, performance: r.crosshair.performance },
                items: r.items.map((x) => ({
                    column: x.id,
                    touchpoint: tp.get(x.id) ?? null,
                    importance: x.importance,
                    performance: x.performance,
                    quadrant: x.quadrant,
                })),
            };
        }
    }
    const journeyTps = touchpoints.filter((t) => !t.isOutcome && t.n > 0);
    const peakEndResult = computePeakEnd(journeyTps, ordered);
    const mots = computeMots(journeyTps, drivers, service);
    const kano = [...c.kano].map(([feature, pairs]) => ({ feature, ...kanoOf(pairs) }));
    let servqual = null;
    if (c.servqual !== null) {
        const sq = c.servqual;
        const r = servqualResult(sq.sums);
        const dimName = (d) => typeof d === 'number' ? (sq.dimensions[d] ?? String(d)) : d;
        servqual = {
            items: r.items.map((it, k) => ({
                item: sq.items[k] ?? it.item,
                dimension: dimName(it.dimension),
                n: it.gap.n,
                expectation: it.expectation,
                perception: it.perception,
                gap: it.gap.mean,
                gapCi: { lo: it.gap.ci.lower, hi: it.gap.ci.upper },
            })),
            dimensions: r.dimensions.map((d) => ({ id: dimName(d.dimension), gap: d.gap, items: d.items.length })),
            unweighted: r.unweighted.score,
            unweightedCi: { lo: r.unweighted.ci.lower, hi: r.unweighted.ci.upper },
            respondents: r.respondents,
        };
    }
    return {
        schema: REPORT_SCHEMA,
        file,
        rows: { read: c.rows, short: c.shortRows, long: c.longRows },
        rules: cleaningRules(specs, c.mapping.naTokens),
        columns,
        exclusions,
        touchpoints,
        numbers,
        segments,
        outcome,
        drivers,
        ipa: ipaResult,
        momentsOfTruth: mots,
        peakEnd: peakEndResult,
        kano,
        servqual,
        comparison: compareSegments(c, touchpoints),
    };
}
function cleaningRules(specs, naTokens) {
    const rules = [];
    const byNa = new Map();
    for (const s of specs) {
        if (s.notApplicable && s.notApplicable.length > 0) {
            const k = s.notApplicable.join(', ');
            byNa.set(k, [...(byNa.get(k) ?? []), s.column]);
        }
    }
    for (const [v, cols] of byNa) {
        rules.push({
            en: `${v} = not applicable (excluded, counted) in ${cols.length} column(s): ${cols.join(', ')}`,
            'zh-CN': `${v} = 不适用（排除并计数），共 ${cols.length} 列：${cols.join('、')}`,
        });
    }
    rules.push({
        en: `text meaning "no answer" (case-insensitive): ${naTokens.join(', ')}`,
        'zh-CN': `表示“未作答”的文本（不区分大小写）：${naTokens.join('、')}`,
    });
    rules.push({
        en: 'labels: trimmed, inner spaces collapsed, matched case-insensitively; the first spelling seen is shown',
        'zh-CN': '标签：去除首尾空格、合并连续空格、不区分大小写匹配；显示首次出现的写法',
    });
    rules.push({
        en: 'numbers outside the scale, non-integers on a scale and text in number columns are excluded and counted',
        'zh-CN': '超出量表的数值、量表上的非整数和数字列中的文本均被排除并计数',
    });
    return rules;
}
function computePeakEnd(tps, ordered) {
    if (tps.length < 2)
        return null;
    const sequence = tps.map((t) => ({ column: t.column, position: position(t) }));
    // Centred at the scale midpoint so that the `absolute` peak is the most intense moment, good or bad.
    const r = peakEnd(sequence.map((x) => x.position - 0.5), { peak: 'absolute' });
    return {
        definition: 'most_intense_vs_scale_midpoint',
        order: ordered ? 'service_journey' : 'column_order',
        sequence,
        peak: sequence[r.peakIndex],
        end: sequence[r.endIndex],
        remembered: r.remembered + 0.5,
        journeyMean: r.mean + 0.5,
    };
}
/**
 * Moments of truth through metrics `momentsOfTruth` with its documented default thresholds: journey order,
 * traffic and complaints from the service file, key-driver shares, and the measured mean as the emotion
 * (scale position mapped onto the journey model's −5…5).
 */
function computeMots(tps, drivers, service) {
    if (tps.length === 0)
        return [];
    const share = new Map(drivers?.items.map((d) => [d.column, d.share]) ?? []);
    const tpInfo = new Map(service?.touchpoints.map((t) => [t.id, t]) ?? []);
    const r = momentsOfTruth(tps.map((t, i) => {
        const info = tpInfo.get(t.touchpoint ?? '');
        const w = share.get(t.column);
        return {
            id: t.column,
            order: i,
            emotion: (position(t) - 0.5) * 10,
            ...(info?.traffic !== undefined ? { traffic: info.traffic } : {}),
            ...(info?.complaints !== undefined ? { complaints: info.complaints } : {}),
            ...(w !== undefined ? { driverWeight: w } : {}),
        };
    }));
    const byColumn = new Map(tps.map((t) => [t.column, t]));
    return r.touchpoints
        .filter((m) => m.isMoment)
        .map((m) => ({
        column: m.id,
        touchpoint: byColumn.get(m.id)?.touchpoint ?? null,
        classes: m.classes,
        polarity: m.polarity,
        strategies: m.strategies,
        why: m.reasons.map((x) => x.reason),
    }));
}
function sumHists(hs) {
    const out = new Float64Array(hs[0]?.length ?? 0);
    for (const h of hs)
        for (let i = 0; i < h.length; i++)
            out[i] += h[i];
    return out;
}
function compareSegments(c, tps) {
    if (c.byColumn < 0)
        return null;
    const labels = c.labels[c.byColumn];
    const levelIdx = [...c.byHist.keys()]
        .filter((k) => (labels.counts[k] ?? 0) >= 2)
        .sort((a, b) => labels.counts[b] - labels.counts[a]);
    if (levelIdx.length < 2)
        return null;
    const two = levelIdx.length === 2;
    const specs = c.mapping.columns;
    const items = tps.map((t) => {
        const j = specs.findIndex((s) => s.column === t.column);
        const lo = t.scale[0];
        const per = levelIdx.map((k) => c.byHist.get(k)[j]);
        return {
            column: t.column,
            levels: levelIdx.map((k, li) => {
                const h = per[li];
                const rest = sumHists(per.filter((_, x) => x !== li));
                const a = histStats(h, lo);
                const isNps = t.nps !== null;
                const { difference, p } = segmentTest(h, rest, lo, isNps ? 'nps' : 'mean');
                const nps = isNps ? npsFromHist(h, lo).nps : null;
                const adj = two ? p : Math.min(1, p * levelIdx.length);
                return {
                    label: labels.display[k],
                    n: a.n,
                    mean: a.mean,
                    ci: a.ci,
                    nps,
                    difference,
                    p: adj,
                    significant: adj < 0.05,
                };
            }),
        };
    });
    return {
        by: specs[c.byColumn].column,
        levels: levelIdx.map((k) => ({ label: labels.display[k], n: labels.counts[k] })),
        test: two ? 'two_levels' : 'level_vs_rest_bonferroni',
        items,
    };
}
//# sourceMappingURL=report.js.map