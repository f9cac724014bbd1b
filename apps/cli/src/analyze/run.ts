/** `frontstage analyze`: opens the table, settles the mapping, runs the one pass and writes the report. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeJsonFailure } from '../action.js';
import type { AnalyzeCliOptions } from '../commands/analyze.js';
import { CliError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { type CliIO, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io.js';
import { Collector } from './collect.js';
import { delimiterName } from './csv.js';
import {
  addSampleValue,
  type ColumnSpec,
  DEFAULT_NA_TOKENS,
  emptySample,
  identKey,
  labelKey,
  type Mapping,
  mappingToYaml,
  parseMapping,
  type ServiceInfo,
  suggestMapping,
  suggestPositive,
} from './mapping.js';
import { progressBar } from './progress.js';
import { buildReport } from './report.js';
import { loadServiceInfo } from './service.js';
import { openTable, type TableSource } from './source.js';
import { L, nearest, renderText } from './text.js';

/** A failure with its exit code and a message for the user (never a stack trace). */
class AnalyzeError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

function readFailure(file: string, err: unknown, lang: Lang): AnalyzeError {
  const code = errnoCode(err);
  const reason =
    code === 'ENOENT'
      ? L(lang, 'no such file', '文件不存在')
      : code === 'EACCES' || code === 'EPERM'
        ? L(lang, 'permission denied', '没有读取权限')
        : code === 'EISDIR'
          ? L(lang, 'is a directory, not a file', '是目录而不是文件')
          : err instanceof Error
            ? err.message.split('\n')[0]!
            : String(err);
  return new AnalyzeError(`${file}: ${reason}`, EXIT_INVALID);
}

/** Applies `--na-values`: numbers become N/A values of scored columns whose scale does not contain them. */
function applyNaValues(mapping: Mapping, raw: string | undefined): Mapping {
  if (raw === undefined) return mapping;
  const tokens = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (tokens.length === 1 && tokens[0]!.toLowerCase() === 'none') {
    return { ...mapping, columns: mapping.columns.map((c) => (c.scale ? { ...c, notApplicable: [] } : c)) };
  }
  const nums = tokens.filter((t) => /^[+-]?\d+(\.\d+)?$/.test(t)).map(Number);
  const texts = tokens.filter((t) => !/^[+-]?\d+(\.\d+)?$/.test(t));
  const columns = mapping.columns.map((c): ColumnSpec => {
    if (!c.scale) return c;
    const [lo, hi] = c.scale;
    return { ...c, notApplicable: nums.filter((v) => v < lo || v > hi) };
  });
  const naTokens = [...new Set([...DEFAULT_NA_TOKENS, ...mapping.naTokens, ...texts])];
  return { ...mapping, columns, naTokens };
}

function findHeader(headers: readonly string[], name: string): string | undefined {
  return headers.find((h) => h === name) ?? headers.find((h) => identKey(h) === identKey(name));
}

async function settleMapping(
  src: TableSource,
  opts: AnalyzeCliOptions,
  io: CliIO,
  lang: Lang,
  service: ServiceInfo | undefined,
): Promise<Mapping> {
  const headers = src.headers;
  let outcome: string | undefined;
  if (opts.outcome !== undefined) {
    outcome = findHeader(headers, opts.outcome);
    if (outcome === undefined) {
      const near = nearest(opts.outcome, headers);
      throw new AnalyzeError(
        L(lang, `--outcome: no column "${opts.outcome}"`, `--outcome：没有列“${opts.outcome}”`) +
          (near ? L(lang, ` (did you mean "${near}"?)`, `（是否指“${near}”？）`) : ''),
        EXIT_USAGE,
      );
    }
  }
  if (opts.by !== undefined && findHeader(headers, opts.by) === undefined) {
    const near = nearest(opts.by, headers);
    throw new AnalyzeError(
      L(lang, `--by: no column "${opts.by}"`, `--by：没有列“${opts.by}”`) +
        (near ? L(lang, ` (did you mean "${near}"?)`, `（是否指“${near}”？）`) : ''),
      EXIT_USAGE,
    );
  }
  let mapping: Mapping;
  if (opts.map !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, opts.map), 'utf8');
    } catch (err) {
      throw readFailure(opts.map, err, lang);
    }
    const r = await parseMapping(text, opts.map, headers);
    if (!r.ok) {
      const e = r.error;
      throw new AnalyzeError(
        `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.field}: ${e.message}. ${L(lang, 'Fix', '修正')}: ${e.fix}`,
        EXIT_INVALID,
      );
    }
    mapping = r.mapping;
    if (outcome !== undefined) mapping = { ...mapping, outcome };
  } else {
    const naKeys = new Set(DEFAULT_NA_TOKENS.map(labelKey));
    const samples = headers.map(() => emptySample());
    for (const row of src.sample) {
      for (let j = 0; j < headers.length; j++) addSampleValue(samples[j]!, row[j] ?? '', naKeys);
    }
    mapping = suggestMapping(headers, samples, src.sample.length, {
      ...(service ? { service } : {}),
      ...(outcome ? { outcome } : {}),
    });
  }
  mapping = applyNaValues(mapping, opts.naValues);
  // The outcome (and the `--by` column) must be collected as labels when they are text.
  if (mapping.outcome !== undefined) {
    const oc = mapping.outcome;
    mapping = {
      ...mapping,
      columns: mapping.columns.map((c) => {
        if (c.column !== oc || c.scale || c.role === 'number') return c;
        if (c.role === 'outcome' && c.positive) return c;
        const s = emptySample();
        const j = headers.indexOf(c.column);
        for (const row of src.sample)
          addSampleValue(s, row[j] ?? '', new Set(mapping.naTokens.map(labelKey)));
        const labels = [...s.labels.values()];
        const positive = labels.length > 0 ? suggestPositive(labels) : [];
        return { ...c, role: 'outcome', positive, why: 'outcome (two labels → 1/0)' };
      }),
    };
  }
  return mapping;
}

/** Runs `analyze` and returns the exit code. Writes only to the injected streams. */
export async function runAnalyze(
  file: string,
  opts: AnalyzeCliOptions,
  io: CliIO,
  lang: Lang,
): Promise<ExitCode> {
  try {
    return await analyze(file, opts, io, lang);
  } catch (err) {
    const expected = err instanceof AnalyzeError || err instanceof CliError;
    const message = expected
      ? err.message
      : `${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    const code =
      err instanceof AnalyzeError ? err.code : err instanceof CliError ? err.exitCode : EXIT_INVALID;
    io.stderr.write(`frontstage: ${message}\n`);
    if (opts.json) writeJsonFailure(io.stdout, code, message);
    return code;
  }
}

async function analyze(file: string, opts: AnalyzeCliOptions, io: CliIO, lang: Lang): Promise<ExitCode> {
  if (opts.json && opts.printMap) {
    throw new AnalyzeError(
      L(lang, '--json and --print-map cannot be combined', '--json 与 --print-map 不能同时使用'),
      EXIT_USAGE,
    );
  }
  let service: ServiceInfo | undefined;
  if (opts.service !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, opts.service), 'utf8');
    } catch (err) {
      throw readFailure(opts.service, err, lang);
    }
    const r = await loadServiceInfo(text, opts.service);
    if (!r.ok) throw new AnalyzeError(r.message, EXIT_INVALID);
    service = r.info;
  }
  let src: TableSource;
  try {
    src = await openTable(resolve(io.cwd, file));
  } catch (err) {
    throw readFailure(file, err, lang);
  }
  try {
    return await analyzeTable(src, file, opts, io, lang, service);
  } finally {
    src.close();
  }
}

async function analyzeTable(
  src: TableSource,
  file: string,
  opts: AnalyzeCliOptions,
  io: CliIO,
  lang: Lang,
  service: ServiceInfo | undefined,
): Promise<ExitCode> {
  if (src.headers.length === 0 || src.headers.every((h) => h === '')) {
    throw new AnalyzeError(
      L(
        lang,
        `${file}: no header row (the first row must name the columns)`,
        `${file}：没有表头行（第一行应为列名）`,
      ),
      EXIT_INVALID,
    );
  }
  const mapping = await settleMapping(src, opts, io, lang, service);
  if (opts.printMap) {
    io.stdout.write(await mappingToYaml(mapping));
    return EXIT_OK;
  }
  const by = opts.by !== undefined ? findHeader(src.headers, opts.by) : undefined;
  const collector = new Collector(mapping, { strict: opts.strict ?? false, ...(by ? { by } : {}) });
  const bar = progressBar(io.stderr, io.isTTY && !opts.json);
  try {
    await src.run(collector, (p) => bar.update(p));
  } finally {
    bar.done();
  }
  const f = collector.out.failure;
  if (f !== null) {
    io.stderr.write(
      `frontstage: ${file}: ${L(lang, 'row', '第')} ${f.row}${L(lang, '', ' 行')}, ${L(lang, 'column', '列')} "${f.column}": ` +
        `${L(lang, 'value', '值')} "${f.value}", ${L(lang, 'expected', '应为')} ${f.expected} (--strict)\n`,
    );
    return EXIT_INVALID;
  }
  const report = buildReport(
    collector.out,
    {
      path: file,
      format: src.kind,
      delimiter: src.delimiter !== undefined ? delimiterName(src.delimiter) : null,
      bytes: src.totalBytes,
    },
    service,
  );
  if (opts.html !== undefined) {
    // Loaded on demand: the chart renderer (and the model it reads) is only needed for --html.
    const { renderHtml } = await import('./html.js');
    const { writeFileAtomic } = await import('../files.js');
    await writeFileAtomic(opts.html, renderHtml(report, lang), io.cwd, lang, {
      overwrite: opts.force ?? false,
      example: 'report.html',
    });
  }
  if (opts.json) io.stdout.write(`${JSON.stringify(report, jsonNumbers, 2)}\n`);
  else io.stdout.write(renderText(report, lang));
  if (opts.html !== undefined && !opts.json) io.stderr.write(`${L(lang, 'Wrote', '已写出')} ${opts.html}\n`);
  return EXIT_OK;
}

/** JSON has no NaN/Infinity: they become null. */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
