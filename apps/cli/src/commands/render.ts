import type { Scene } from '@frontstage/render';
import type { Command } from 'commander';
import { action, err, out } from '../action.js';
import { fileHasErrors } from '../diagnostics.js';
import { CliError } from '../errors.js';
import { t } from '../i18n.js';
import type { CommandContext } from '../program.js';

interface RenderOptions {
  readonly view?: string;
  readonly format?: string;
  readonly output?: string;
  readonly journey?: string;
  readonly scale?: string;
}

/**
 * `frontstage render <file> --view blueprint|journey [--format svg|png|pdf] [-o out] [--journey id]`:
 * draws the view and writes it atomically (temporary file + rename); never writes over a directory.
 */
export function registerRender(program: Command, ctx: CommandContext): void {
  const { lang } = ctx;
  program
    .command('render')
    .description(t(lang, 'render.description'))
    .argument('<file>', t(lang, 'render.file'))
    .option('--view <view>', t(lang, 'render.view'))
    .option('--format <format>', t(lang, 'render.format'))
    .option('-o, --output <file>', t(lang, 'render.output'))
    .option('--journey <id>', t(lang, 'render.journey'))
    .option('--scale <n>', t(lang, 'render.scale'))
    .action(
      action(ctx, async (file: string, options: RenderOptions) => {
        // Loaded on demand: the options, the model and the renderer are only needed when the command runs, not
        // for `--help`.
        const { defaultOutput, parseScale, parseView, resolveFormat } = await import('../render-options.js');
        const view = parseView(options.view ?? 'blueprint', lang);
        const format = resolveFormat(options.format, options.output, lang);
        const scale = parseScale(options.scale, lang);
        const { displayPath, formatBytes, writeFileAtomic } = await import('../files.js');
        const { parseService } = await import('../load-service.js');
        const { formatNumber, pickJourney, renderBlueprint, renderJourney, toSvg, toSvgBytes } = await import(
          '@frontstage/render'
        );
        const loaded = await parseService(ctx, file);
        const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
        if (!loaded.model || errors.length > 0) throw fileHasErrors(ctx, file, errors);
        const model = loaded.model;
        let scene: Scene;
        let journeyId: string | undefined;
        if (view === 'blueprint') {
          if (!model.blueprint || model.blueprint.steps.length === 0) {
            throw new CliError(t(lang, 'render.noBlueprint', { file }));
          }
          scene = renderBlueprint(model, { locale: lang });
        } else {
          if (model.journeys.length === 0) throw new CliError(t(lang, 'render.noJourney', { file }));
          const journey = pickJourney(model, options.journey);
          if (!journey) {
            throw new CliError(
              t(lang, 'render.journeyNotFound', {
                file,
                journey: options.journey ?? '',
                ids: model.journeys.map((j) => j.id).join(', '),
              }),
            );
          }
          journeyId = options.journey ? journey.id : undefined;
          scene = renderJourney(model, { locale: lang, journey: journey.id });
        }
        const target = options.output ?? defaultOutput(model.service.id, view, format, journeyId);
        let data: string | Uint8Array;
        try {
          if (format === 'svg') data = toSvgBytes(scene);
          else {
            // PNG and PDF pull in resvg, pdfkit and the font tooling: loaded only when asked for, so that every
            // other command starts fast.
            const { PNG_MAX_PIXELS, PNG_MAX_SIDE, pngSize, svgToPng, toPdf } = await import(
              '@frontstage/export'
            );
            if (format === 'png') {
              const size = pngSize(scene.width, scene.height, scale);
              if (size.reduced) {
                const px = (w: number, h: number) =>
                  `${formatNumber(Math.ceil(w), 0)} × ${formatNumber(Math.ceil(h), 0)}`;
                err(
                  ctx,
                  t(lang, 'render.pngReduced', {
                    scale: String(scale),
                    asked: px(scene.width * scale, scene.height * scale),
                    side: formatNumber(PNG_MAX_SIDE, 0),
                    pixels: String(PNG_MAX_PIXELS / 1e6),
                    zoom: size.zoom.toFixed(2),
                    got: px(size.width, size.height),
                  }),
                );
              }
            }
            data = format === 'png' ? await svgToPng(toSvg(scene), { scale }) : await toPdf(scene, { lang });
          }
        } catch (err) {
          throw new CliError(
            `${displayPath(target, ctx.io.cwd)}: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
        if (target === '-') {
          ctx.io.stdout.write(data);
          return;
        }
        await writeFileAtomic(target, data, ctx.io.cwd, lang, {
          overwrite: true,
          example: defaultOutput(model.service.id, view, format, journeyId),
        });
        const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
        out(ctx, t(lang, 'write.done', { file: displayPath(target, ctx.io.cwd), size: formatBytes(size) }));
      }),
    );
}
