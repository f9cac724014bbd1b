import type { AnalyzeCliOptions } from '../commands/analyze.js';
import type { Lang } from '../i18n.js';
import { type CliIO, type ExitCode } from '../io.js';
/** Runs `analyze` and returns the exit code. Writes only to the injected streams. */
export declare function runAnalyze(file: string, opts: AnalyzeCliOptions, io: CliIO, lang: Lang): Promise<ExitCode>;
//# sourceMappingURL=run.d.ts.map