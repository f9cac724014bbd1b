import type { Command } from 'commander';
import type { CommandContext } from '../program.js';
/**
 * `frontstage analyze <file.csv|file.xlsx>`: one streaming pass over a survey export into mergeable summaries,
 * then a report per touchpoint (n, mean, CSAT/CES/NPS with intervals), key drivers, IPA, moments of truth,
 * peak-end, KANO, SERVQUAL and segment comparison. Terminal table, `--json` or `--html`.
 */
export declare function registerAnalyze(program: Command, ctx: CommandContext): void;
export interface AnalyzeCliOptions {
    readonly service?: string;
    readonly map?: string;
    readonly printMap?: boolean;
    readonly outcome?: string;
    readonly by?: string;
    readonly naValues?: string;
    readonly strict?: boolean;
    readonly json?: boolean;
    readonly html?: string;
    readonly force?: boolean;
}
//# sourceMappingURL=analyze.d.ts.map