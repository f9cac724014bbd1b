/**
 * JSON input for `frontstage stats`: parses with `JSON.parse`, and on failure finds the exact place of the first
 * error with a small validating scanner, so the message can say line and column (Node's own messages do not always).
 */
export interface JsonError {
    readonly line: number;
    readonly column: number;
    readonly message: string;
}
export type JsonResult = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: JsonError;
};
/** Parses JSON text; errors carry a 1-based line and column. */
export declare function parseJson(text: string): JsonResult;
//# sourceMappingURL=json.d.ts.map