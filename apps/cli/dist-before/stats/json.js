/**
 * JSON input for `frontstage stats`: parses with `JSON.parse`, and on failure finds the exact place of the first
 * error with a small validating scanner, so the message can say line and column (Node's own messages do not always).
 */
/** Parses JSON text; errors carry a 1-based line and column. */
export function parseJson(text) {
    const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return { ok: true, value: JSON.parse(src) };
    }
    catch {
        const { pos, message } = locate(src);
        let line = 1;
        let col = 1;
        for (let i = 0; i < pos && i < src.length; i++) {
            if (src[i] === '\n') {
                line++;
                col = 1;
            }
            else
                col++;
        }
        return { ok: false, error: { line, column: col, message } };
    }
}
class Stop {
    pos;
    message;
    constructor(pos, message) {
        this.pos = pos;
        this.message = message;
    }
}
/** Scans `s` as JSON and returns where and why it first fails. */
function locate(s) {
    let i = 0;
    const ws = () => {
        while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r'))
            i++;
    };
    const fail = (message) => {
        throw new Stop(i, message);
    };
    const what = () => (i >= s.length ? 'the end of the input' : `'${s[i]}'`);
    const value = () => {
        ws();
        const c = s[i];
        if (c === '{') {
            i++;
            ws();
            if (s[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (s[i] !== '"')
                    fail(`expected a double-quoted property name, found ${what()}`);
                string();
                ws();
                if (s[i] !== ':')
                    fail(`expected ':' after the property name, found ${what()}`);
                i++;
                value();
                ws();
                if (s[i] === ',') {
                    i++;
                    ws();
                    if (s[i] === '}')
                        fail("trailing comma before '}'");
                    continue;
                }
                if (s[i] === '}') {
                    i++;
                    return;
                }
                fail(`expected ',' or '}' in an object, found ${what()}`);
            }
        }
        if (c === '[') {
            i++;
            ws();
            if (s[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (s[i] === ',') {
                    i++;
                    ws();
                    if (s[i] === ']')
                        fail("trailing comma before ']'");
                    continue;
                }
                if (s[i] === ']') {
                    i++;
                    return;
                }
                fail(`expected ',' or ']' in an array, found ${what()}`);
            }
        }
        if (c === '"') {
            string();
            return;
        }
        if (c === 't' || c === 'f' || c === 'n') {
            for (const w of ['true', 'false', 'null']) {
                if (s.startsWith(w, i)) {
                    i += w.length;
                    return;
                }
            }
            fail(`unexpected ${what()}`);
        }
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
        if (m && m[0].length > 0) {
            i += m[0].length;
            return;
        }
        fail(i >= s.length
            ? 'unexpected end of the input (expected a value)'
            : `unexpected ${what()} (expected a value)`);
    };
    const string = () => {
        i++;
        while (i < s.length) {
            const c = s[i];
            if (c === '"') {
                i++;
                return;
            }
            if (c === '\\') {
                i += 2;
                continue;
            }
            if (c < ' ')
                fail('control character in a string (escape newlines as \\n)');
            i++;
        }
        fail('unterminated string');
    };
    try {
        value();
        ws();
        if (i < s.length)
            fail(`unexpected ${what()} after the JSON value`);
        return { pos: i, message: 'invalid JSON' };
    }
    catch (e) {
        if (e instanceof Stop)
            return { pos: e.pos, message: e.message };
        return { pos: 0, message: 'invalid JSON' };
    }
}
//# sourceMappingURL=json.js.map