import { type Shape } from './shape.js';
export interface StatsMethod {
    readonly name: string;
    readonly summary: string;
    readonly input: Shape;
    readonly example: unknown;
    run(input: Record<string, unknown>): unknown;
}
/** A method-level input problem found after shape validation (e.g. neither counts nor scores). */
export declare class InputError extends Error {
    readonly field: string;
    constructor(field: string, message: string);
}
/** Every method, in `--list` order. */
export declare const METHODS: readonly StatsMethod[];
//# sourceMappingURL=methods.d.ts.map