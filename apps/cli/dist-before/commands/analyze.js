/**
 * `frontstage analyze <file.csv|file.xlsx>`: one streaming pass over a survey export into mergeable summaries,
 * then a report per touchpoint (n, mean, CSAT/CES/NPS with intervals), key drivers, IPA, moments of truth,
 * peak-end, KANO, SERVQUAL and segment comparison. Terminal table, `--json` or `--html`.
 */
export function registerAnalyze(program, ctx) {
    const zh = ctx.lang === 'zh-CN';
    program
        .command('analyze')
        .description(zh
        ? '分析调查导出文件（CSV 或 XLSX）：触点得分、关键驱动因素、IPA、关键时刻'
        : 'analyse a survey export (CSV or XLSX): touchpoint scores, key drivers, IPA, moments of truth')
        .argument('<file>', zh ? 'CSV 或 XLSX 文件' : 'the CSV or XLSX file')
        .option('--service <file>', zh
        ? '服务文件：按触点 id/名称匹配列，按旅程排序'
        : 'service file: match columns to touchpoints, journey order')
        .option('--map <file>', zh ? '列映射文件（YAML，见 --print-map）' : 'column mapping file (YAML; see --print-map)')
        .option('--print-map', zh ? '输出建议的列映射（YAML）后退出' : 'print the suggested column mapping as YAML and exit')
        .option('--outcome <column>', zh ? '关键驱动因素的结果列' : 'outcome column for key drivers')
        .option('--by <column>', zh ? '按此列比较细分群体（含显著性）' : 'compare segments of this column, with significance')
        .option('--na-values <list>', zh
        ? '表示“不适用/无回答”的值，逗号分隔（数字适用于评分列；none 关闭默认规则）'
        : 'values meaning not applicable / no answer, comma-separated (numbers apply to rating columns; "none" turns the default 0 rule off)')
        .option('--strict', zh ? '遇到第一个错误单元格即停止（退出码 1）' : 'stop at the first bad cell (exit 1)')
        .option('--json', zh ? '输出 JSON' : 'print JSON')
        .option('--html <file>', zh ? '写出独立 HTML 报告' : 'write a self-contained HTML report')
        .option('--force', zh ? '覆盖已存在的 --html 文件' : 'overwrite an existing --html file')
        .action(async (file, opts) => {
        // Loaded on demand so other commands do not pay for the analysis code.
        const { runAnalyze } = await import('../analyze/run.js');
        ctx.exitCode = await runAnalyze(file, opts, ctx.io, ctx.lang);
    });
}
//# sourceMappingURL=analyze.js.map