import type { Command } from 'commander';
import { action, out } from '../action.js';
import { t } from '../i18n.js';
import type { CommandContext } from '../program.js';

/** `frontstage schema [-o file]`: the JSON Schema of the service file, for editors (VS Code's YAML extension). */
export function registerSchema(program: Command, ctx: CommandContext): void {
  const { lang } = ctx;
  program
    .command('schema')
    .description(t(lang, 'schema.description'))
    .option('-o, --output <file>', t(lang, 'schema.output'))
    .action(
      action(ctx, async (options: { output?: string }) => {
        // Loaded on demand: the model package is only needed when the command runs, not for `--help`.
        const { serviceFileJsonSchema } = await import('@frontstage/model');
        const { formatBytes, writeFileAtomic } = await import('../files.js');
        const text = `${JSON.stringify(serviceFileJsonSchema(), null, 2)}\n`;
        if (!options.output) {
          ctx.io.stdout.write(text);
          return;
        }
        await writeFileAtomic(options.output, text, ctx.io.cwd, lang, {
          overwrite: true,
          example: 'service-file.schema.json',
        });
        out(ctx, t(lang, 'write.done', { file: options.output, size: formatBytes(Buffer.byteLength(text)) }));
      }),
    );
}
