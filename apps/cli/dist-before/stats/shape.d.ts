/**
 * Input shapes of `frontstage stats` methods: a tiny schema that validates stdin JSON (naming the bad field)
 * and describes itself for `--list`.
 */
export type Shape = {
    readonly type: 'number';
    readonly integer?: boolean;
    readonly min?: number;
    readonly max?: number;
    readonly doc?: string;
} | {
    readonly type: 'string';
    readonly enum?: readonly string[];
    readonly doc?: string;
} | {
    readonly type: 'boolean';
    readonly doc?: string;
} | {
    readonly type: 'array';
    readonly items: Shape;
    readonly minItems?: number;
    readonly doc?: string;
} | {
    readonly type: 'object';
    readonly fields: Readonly<Record<string, Shape>>;
    readonly optional?: readonly string[];
    readonly doc?: string;
} | {
    readonly type: 'record';
    readonly values: Shape;
    readonly doc?: string;
} | {
    readonly type: 'any';
    readonly doc?: string;
};
export declare const num: (doc?: string, opts?: {
    integer?: boolean;
    min?: number;
    max?: number;
}) => Shape;
export declare const int: (doc?: string, opts?: {
    min?: number;
    max?: number;
}) => Shape;
export declare const str: (doc?: string, values?: readonly string[]) => Shape;
export declare const arr: (items: Shape, doc?: string, minItems?: number) => Shape;
export declare const obj: (fields: Record<string, Shape>, optional?: readonly string[], doc?: string) => Shape;
export declare const rec: (values: Shape, doc?: string) => Shape;
export declare const any: (doc?: string) => Shape;
export interface ShapeError {
    /** Dotted path of the bad field, e.g. `counts[3]` or `scale.min`; `(input)` for the whole input. */
    readonly field: string;
    readonly message: string;
}
/** Validates a value against a shape; returns the first error. Unknown object fields are errors too. */
export declare function validate(v: unknown, shape: Shape, path?: string): ShapeError | null;
/** A one-line TypeScript-like description of a shape, for `--list`. */
export declare function describe(shape: Shape): string;
//# sourceMappingURL=shape.d.ts.map