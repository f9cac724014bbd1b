import { parseServiceFile, validateServiceFile } from '@frontstage/model';
import { readTextFile } from './files.js';
/**
 * Reads, parses and lints one service file. File-system problems (missing, a directory, binary) throw a CliError
 * naming the file; problems in the content come back as diagnostics with line and column.
 */
export async function loadService(ctx, file) {
    const text = await readTextFile(file, ctx.io.cwd, ctx.lang);
    const result = validateServiceFile(text, { file });
    return { file, text, ...(result.model ? { model: result.model } : {}), diagnostics: result.diagnostics };
}
/** Parses without the method lint, for commands that only need the model (diff, render). */
export async function parseService(ctx, file) {
    const text = await readTextFile(file, ctx.io.cwd, ctx.lang);
    const result = parseServiceFile(text, { file });
    return { file, text, ...(result.model ? { model: result.model } : {}), diagnostics: result.diagnostics };
}
//# sourceMappingURL=load-service.js.map