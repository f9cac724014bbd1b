import { serviceFileJsonSchema } from '@frontstage/model';
import { action, out } from '../action.js';
import { formatBytes, writeFileAtomic } from '../files.js';
import { t } from '../i18n.js';
/** `frontstage schema [-o file]`: the JSON Schema of the service file, for editors (VS Code's YAML extension). */
export function registerSchema(program, ctx) {
    const { lang } = ctx;
    program
        .command('schema')
        .description(t(lang, 'schema.description'))
        .option('-o, --output <file>', t(lang, 'schema.output'))
        .action(action(ctx, async (options) => {
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
    }));
}
//# sourceMappingURL=schema.js.map