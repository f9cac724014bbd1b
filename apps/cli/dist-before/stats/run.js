/** `frontstage stats <method>`: JSON in on stdin, JSON out; `--list` shows every method with its input shape. */
import { MetricsError } from '@frontstage/metrics';
import { nearest } from '../analyze/text.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../io.js';
import { parseJson } from './json.js';
import { InputError, METHODS } from './methods.js';
import { describe, validate } from './shape.js';
async function readAll(stream) {
    const chunks = [];
    for await (const c of stream)
        chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    return Buffer.concat(chunks).toString('utf8');
}
/** JSON has no NaN/Infinity: they become null. */
function jsonNumbers(_key, value) {
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
export function listMethods() {
    return METHODS.map((m) => ({
        name: m.name,
        summary: m.summary,
        input: describe(m.input),
        example: m.example,
    }));
}
export async function runStats(method, opts, io, lang) {
    const zh = lang === 'zh-CN';
    const err = (s) => io.stderr.write(`frontstage stats: ${s}\n`);
    if (opts.list || method === undefined) {
        if (!opts.list) {
            err(zh ? '请给出方法名，或用 --list 查看全部方法' : 'name a method, or use --list to see them all');
            return EXIT_USAGE;
        }
        if (opts.json) {
            io.stdout.write(`${JSON.stringify(listMethods(), null, 2)}\n`);
            return EXIT_OK;
        }
        for (const m of METHODS) {
            io.stdout.write(`${m.name}\n  ${m.summary}\n  input: ${describe(m.input)}\n  e.g.  ${JSON.stringify(m.example)}\n\n`);
        }
        return EXIT_OK;
    }
    const m = METHODS.find((x) => x.name === method);
    if (!m) {
        const near = nearest(method, METHODS.map((x) => x.name));
        err((zh ? `未知方法“${method}”` : `unknown method "${method}"`) +
            (near ? (zh ? `；是否指“${near}”？` : `; did you mean "${near}"?`) : '') +
            (zh ? '（--list 列出全部方法）' : ' (--list shows all methods)'));
        return EXIT_USAGE;
    }
    if (opts.example) {
        io.stdout.write(`${JSON.stringify(m.example)}\n`);
        return EXIT_OK;
    }
    const text = await readAll(io.stdin);
    if (text.trim() === '') {
        err(zh
            ? `标准输入为空：需要 JSON，例如 ${JSON.stringify(m.example)}`
            : `no input on stdin: expected JSON, e.g. ${JSON.stringify(m.example)}`);
        return EXIT_INVALID;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
        const e = parsed.error;
        err(`${zh ? 'JSON 格式错误' : 'malformed JSON'} (stdin ${zh ? '第' : 'line'} ${e.line}${zh ? ' 行第' : ', column'} ${e.column}${zh ? ' 列' : ''}): ${e.message}`);
        return EXIT_INVALID;
    }
    const bad = validate(parsed.value, m.input);
    if (bad) {
        err(`${zh ? '字段' : 'field'} ${bad.field}: ${bad.message}. ${zh ? '输入格式' : 'Input'}: ${describe(m.input)}`);
        return EXIT_INVALID;
    }
    let result;
    try {
        result = m.run(parsed.value);
    }
    catch (e) {
        if (e instanceof InputError) {
            err(`${zh ? '字段' : 'field'} ${e.field}: ${e.message}`);
            return EXIT_INVALID;
        }
        if (e instanceof MetricsError) {
            const field = e.path.length > 0
                ? e.path
                    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
                    .join('')
                    .replace(/^\./, '')
                : '(input)';
            err(`${zh ? '字段' : 'field'} ${field}: ${e.message} (${e.code})`);
            return EXIT_INVALID;
        }
        throw e;
    }
    io.stdout.write(`${JSON.stringify(result, jsonNumbers, opts.compact ? 0 : 2)}\n`);
    return EXIT_OK;
}
//# sourceMappingURL=run.js.map