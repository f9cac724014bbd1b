/** Asks one question and resolves to the typed line, or `undefined` once the input has ended. */
export type Ask = (question: string) => Promise<string | undefined>;
/**
 * A question-and-answer session over a stream (a terminal, or in tests a PassThrough). Lines are queued as they
 * arrive, so answers piped ahead of the questions are not lost; at the end of input every later question gets
 * `undefined` (take the default) instead of hanging.
 */
export declare function openPrompt(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): {
    ask: Ask;
    close: () => void;
};
//# sourceMappingURL=prompt.d.ts.map