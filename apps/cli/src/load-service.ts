import { type Diagnostic, parseServiceFile, type ServiceModel, validateServiceFile } from '@frontstage/model';
import { readTextFile } from './files.js';
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
export async function loadService(ctx: CommandContext, file: string): Promise<LoadedService> {
  const text = await readTextFile(file, ctx.io.cwd, ctx.lang);
  const result = validateServiceFile(text, { file });
  return { file, text, ...(result.model ? { model: result.model } : {}), diagnostics: result.diagnostics };
}

/** Parses without the method lint, for commands that only need the model (diff, render). */
export async function parseService(ctx: CommandContext, file: string): Promise<LoadedService> {
  const text = await readTextFile(file, ctx.io.cwd, ctx.lang);
  const result = parseServiceFile(text, { file });
  return { file, text, ...(result.model ? { model: result.model } : {}), diagnostics: result.diagnostics };
}
