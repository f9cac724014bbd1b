import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { localizeCommander, translateCommanderError } from './commander-i18n.js';
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

type Register = (program: Command, ctx: CommandContext) => void;

/** Each command's module, loaded only when the command is registered (see {@link commandOf}). */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  init: async () => (await import('./commands/init.js')).registerInit,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  inspect: async () => (await import('./commands/inspect.js')).registerInspect,
  render: async () => (await import('./commands/render.js')).registerRender,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyze,
  stats: async () => (await import('./commands/stats.js')).registerStats,
};

/**
 * The command `argv` runs, when it names one: the first argument that is not an option (or `--lang`'s value).
 * Only that command's module is then loaded (start-up time: a subcommand's help and errors only show the
 * subcommand anyway). Anything else (help, an unknown name, `--`) registers all of them.
 */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return Object.hasOwn(COMMANDS, arg) ? arg : undefined;
  }
  return undefined;
}

/** Builds the `frontstage` program; each command lives in `commands/<name>.ts`. `only`: register just that one. */
export async function buildProgram(ctx: CommandContext, only?: string): Promise<Command> {
  const program = new Command('frontstage')
    .description(t(ctx.lang, 'program.description'))
    .version(VERSION, '-V, --version', t(ctx.lang, 'option.version'))
    .addOption(new Option('--lang <lang>', t(ctx.lang, 'option.lang')))
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, ctx.lang)),
    })
    .showSuggestionAfterError()
    .exitOverride();
  localizeCommander(program, ctx.lang);
  const names = only !== undefined ? [only] : Object.keys(COMMANDS);
  // Loaded together, registered in the listed order (the order of the help).
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program, ctx);
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
  const program = await buildProgram(ctx, commandOf(argv));
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
