import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { localizeCommander, translateCommanderError } from './commander-i18n.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDiff } from './commands/diff.js';
import { registerInit } from './commands/init.js';
import { registerInspect } from './commands/inspect.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerStats } from './commands/stats.js';
import { registerValidate } from './commands/validate.js';
import { type Lang, t } from './i18n.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from './io.js';
import { resolveLang } from './lang.js';

/** A command's action sets `exitCode`; commander's own parse errors map to EXIT_USAGE. */
export interface CommandContext {
  readonly io: CliIO;
  /** The output language, resolved from `--lang` or the environment before parsing. */
  readonly lang: Lang;
  exitCode: ExitCode;
}

/** The CLI's version, from apps/cli/package.json (the same path from src/ and from dist/). */
const VERSION: string = createRequire(import.meta.url)('../package.json').version;

/** Builds the `frontstage` program; each command lives in `commands/<name>.ts`. */
export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('frontstage')
    .description(t(ctx.lang, 'program.description'))
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', t(ctx.lang, 'option.lang')))
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, ctx.lang)),
    })
    .showSuggestionAfterError()
    .exitOverride();
  localizeCommander(program, ctx.lang);
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
  const { lang, invalid } = resolveLang(argv, io.env ?? process.env);
  if (invalid !== undefined) {
    io.stderr.write(`${t(lang, 'error.prefix')}${t(lang, 'lang.invalid', { lang: invalid })}\n`);
    return EXIT_USAGE;
  }
  const ctx: CommandContext = { io, lang, exitCode: EXIT_OK };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`${t(lang, 'error.prefix')}${t(lang, 'error.internal', { message })}\n`);
    return EXIT_INVALID;
  }
}
