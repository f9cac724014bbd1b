import { type Diagnostic, type ServiceModel } from '@frontstage/model';
import type { CommandContext } from './program.js';
/** A service file read from disk: its parsed model (when it parsed) and every finding (parse, schema, lint). */
export interface LoadedService {
    readonly file: string;
    readonly text: string;
    readonly model?: ServiceModel;
    readonly diagnostics: readonly Diagnostic[];
}
/**
 * Reads, parses and lints one service file. File-system problems (missing, a directory, binary) throw a CliError
 * naming the file; problems in the content come back as diagnostics with line and column.
 */
export declare function loadService(ctx: CommandContext, file: string): Promise<LoadedService>;
/** Parses without the method lint, for commands that only need the model (diff, render). */
export declare function parseService(ctx: CommandContext, file: string): Promise<LoadedService>;
//# sourceMappingURL=load-service.d.ts.map