import { createInterface } from 'node:readline';
/**
 * A question-and-answer session over a stream (a terminal, or in tests a PassThrough). Lines are queued as they
 * arrive, so answers piped ahead of the questions are not lost; at the end of input every later question gets
 * `undefined` (take the default) instead of hanging.
 */
export function openPrompt(input, output) {
    const rl = createInterface({ input, terminal: false });
    const lines = [];
    const waiting = [];
    let ended = false;
    rl.on('line', (line) => {
        const next = waiting.shift();
        if (next)
            next(line);
        else
            lines.push(line);
    });
    rl.on('close', () => {
        ended = true;
        for (const next of waiting.splice(0))
            next(undefined);
    });
    const ask = (question) => {
        output.write(question);
        if (lines.length > 0)
            return Promise.resolve(lines.shift());
        if (ended) {
            output.write('\n');
            return Promise.resolve(undefined);
        }
        return new Promise((resolve) => waiting.push(resolve));
    };
    return { ask, close: () => rl.close() };
}
//# sourceMappingURL=prompt.js.map