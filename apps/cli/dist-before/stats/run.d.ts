import type { Lang } from '../i18n.js';
import { type CliIO, type ExitCode } from '../io.js';
export interface StatsCliOptions {
    readonly list?: boolean;
    readonly example?: boolean;
    readonly compact?: boolean;
    readonly json?: boolean;
}
export declare function listMethods(): {
    name: string;
    summary: string;
    input: string;
    example: unknown;
}[];
export declare function runStats(method: string | undefined, opts: StatsCliOptions, io: CliIO, lang: Lang): Promise<ExitCode>;
//# sourceMappingURL=run.d.ts.map