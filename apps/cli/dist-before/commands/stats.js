/**
 * `frontstage stats <method>`: every `@frontstage/metrics` method from the command line, JSON in on stdin and
 * JSON out, for people scripting from Python, R or Excel. `--list` shows the methods and their input shapes.
 */
export function registerStats(program, ctx) {
    const zh = ctx.lang === 'zh-CN';
    program
        .command('stats')
        .description(zh
        ? '从命令行调用统计方法：标准输入 JSON，标准输出 JSON'
        : 'run a statistics method: JSON on stdin, JSON on stdout')
        .argument('[method]', zh ? '方法名（见 --list）' : 'method name (see --list)')
        .option('--list', zh ? '列出全部方法及其输入格式' : 'list the methods with their input shapes')
        .option('--example', zh ? '输出该方法的示例输入' : "print the method's example input")
        .option('--json', zh ? '与 --list 一起：以 JSON 列出方法' : 'with --list: list the methods as JSON')
        .option('--compact', zh ? '单行 JSON 输出' : 'print JSON on one line')
        .action(async (method, opts) => {
        const { runStats } = await import('../stats/run.js');
        ctx.exitCode = await runStats(method, opts, ctx.io, ctx.lang);
    });
}
//# sourceMappingURL=stats.js.map