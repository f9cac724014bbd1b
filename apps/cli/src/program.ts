import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerInspect } from './commands/inspect.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerStats } from './commands/stats.js';
import { registerValidate } from './commands/validate.js';
import { type CliIO, EXIT_OK, EXIT_USAGE, type ExitCode } from './io.js';

/** A command's action sets this; commander's own parse errors map to EXIT_USAGE. */
export interface CommandContext {
  readonly io: CliIO;
  exitCode: ExitCode;
}

/** Builds the `frontstage` program; each command lives in `commands/<name>.ts`. */
export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('frontstage')
    .description(
      'Service blueprints, journey maps and service-quality analytics / 服务蓝图、旅程地图与服务质量分析',
    )
    .option('--lang <lang>', 'output language: zh-CN | en', 'en')
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .exitOverride();
  for (const register of [
    registerInit,
    registerValidate,
    registerInspect,
    registerRender,
    registerDiff,
    registerSchema,
    registerAnalyze,
    registerStats,
  ]) {
    register(program, ctx);
  }
  return program;
}

/** Runs the CLI with the given arguments and returns the exit code; never throws to the caller. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const ctx: CommandContext = { io, exitCode: EXIT_OK };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    io.stderr.write(`frontstage: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    io.stderr.write('Please report this with the command you ran and the input file.\n');
    return 1;
  }
}
