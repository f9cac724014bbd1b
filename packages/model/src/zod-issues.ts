import * as z from 'zod';
import { diagnostic } from './diagnostic.js';
import { nearest } from './edit-distance.js';
import { ID_PATTERN, LOCALE_KEYS, REF_PATTERN } from './raw-schema.js';
import type { Diagnostic } from './types.js';
import type { Locator, YamlPath } from './yaml-source.js';

type ValueKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'undefined';

const KIND_NAMES: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  int: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: '布尔值（true / false）' },
  null: { en: 'nothing (null)', zh: '空值' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'a mapping (key: value)', zh: '映射（键: 值）' },
  undefined: { en: 'nothing', zh: '空' },
};

/** Ranges of bounded numbers, by key, so a violation names both ends of the scale. */
const RANGES: Readonly<Record<string, { readonly min: number; readonly max: number; readonly zh: string }>> =
  {
    emotion: { min: -5, max: 5, zh: '情绪值' },
    interest: { min: 1, max: 5, zh: '关注度' },
    influence: { min: 1, max: 5, zh: '影响力' },
  };

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'undefined') return t;
  return 'object';
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else break;
  }
  return s;
}

function accepts(schema: z.ZodType, kind: ValueKind): boolean {
  const s = unwrap(schema);
  if (s instanceof z.ZodUnion) return (s.options as z.ZodType[]).some((o) => accepts(o, kind));
  if (s instanceof z.ZodString || s instanceof z.ZodEnum) return kind === 'string';
  if (s instanceof z.ZodNumber) return kind === 'number';
  if (s instanceof z.ZodBoolean) return kind === 'boolean';
  if (s instanceof z.ZodArray) return kind === 'array';
  if (s instanceof z.ZodObject) return kind === 'object';
  return false;
}

function isPairSchema(schema: z.ZodType): boolean {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) return false;
  const keys = Object.keys(s.shape);
  return keys.length === LOCALE_KEYS.length && keys.every((k) => LOCALE_KEYS.includes(k));
}

function objectKeys(schema: z.ZodType): string[] {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/**
 * A text pair whose text an unquoted comma split (`{ zh-CN: 前台, en: Greets, checks ID }`): some keys are
 * languages, and every other key has no value and is foreign to the object shapes the union also allows. Read
 * as a pair, the stray keys are then reported as `FS112` rather than as a cascade of unknown and missing keys.
 */
function looksLikeSplitPair(value: Record<string, unknown>, otherKeys: readonly string[]): boolean {
  const keys = Object.keys(value);
  const stray = keys.filter((k) => !LOCALE_KEYS.includes(k));
  return (
    stray.length > 0 &&
    stray.length < keys.length &&
    stray.every((k) => value[k] === null && !otherKeys.includes(k))
  );
}

/**
 * Which option of a union the author meant, judged from the value: the options that accept its type; among
 * objects, a `{ zh-CN, en }` pair when every key is a language (or the rest were split off a text by a comma),
 * else the object sharing the most keys.
 */
function chooseOption(options: readonly z.ZodType[], value: unknown): number | undefined {
  const kind = kindOf(value);
  const candidates = options.map((_, i) => i).filter((i) => accepts(options[i]!, kind));
  if (candidates.length === 0) return undefined;
  if (kind !== 'object') return candidates[0];
  const keys = Object.keys(value as object);
  const pair = candidates.find((i) => isPairSchema(options[i]!));
  const others = candidates.filter((i) => i !== pair);
  if (
    pair !== undefined &&
    (others.length === 0 ||
      (keys.length > 0 && keys.every((k) => LOCALE_KEYS.includes(k))) ||
      looksLikeSplitPair(
        value as Record<string, unknown>,
        others.flatMap((i) => objectKeys(options[i]!)),
      ))
  ) {
    return pair;
  }
  let best = others[0];
  let bestOverlap = -1;
  for (const i of others) {
    const known = objectKeys(options[i]!);
    const overlap = keys.filter((k) => known.includes(k)).length;
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best;
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let v: unknown = root;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, segment) ? (v as Record<string | number, unknown>)[segment] : undefined;
  }
  return v;
}

/** The schema that applies at `path`, resolving unions by the value written there. */
function schemaAt(root: z.ZodType, rootValue: unknown, path: YamlPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  let v: unknown = rootValue;
  for (const segment of path) {
    s = resolveUnion(s, v);
    if (s === undefined) return undefined;
    if (s instanceof z.ZodObject) {
      const shape = s.shape as Record<string, z.ZodType>;
      const catchall = s._zod.def.catchall as z.ZodType | undefined;
      s = Object.hasOwn(shape, String(segment)) ? shape[String(segment)] : catchall;
    } else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[segment] : undefined;
  }
  return s;
}

function resolveUnion(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let s = schema === undefined ? undefined : unwrap(schema);
  for (let i = 0; i < 10 && s instanceof z.ZodUnion; i++) {
    const options = s.options as z.ZodType[];
    const chosen = chooseOption(options, value);
    s = chosen === undefined ? undefined : unwrap(options[chosen]!);
  }
  return s;
}

/** `stages[0].steps[2].customer`: a path as people read it. */
export function describePath(path: YamlPath): { readonly en: string; readonly zh: string } {
  if (path.length === 0) return { en: 'the top level', zh: '顶层' };
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return { en: `\`${out}\``, zh: `\`${out}\` ` };
}

/**
 * Turns zod issues on the raw file into located, bilingual diagnostics: unknown keys with the nearest valid
 * key, missing keys at their parent, "quote it" for a boolean or number where text belongs, and union failures
 * reported against the option the author evidently meant. Beyond `limit` diagnostics the rest are only counted.
 */
export function mapZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: z.ZodType,
  rootValue: unknown,
  locate: Locator,
  limit = Number.POSITIVE_INFINITY,
): { diagnostics: Diagnostic[]; dropped: number } {
  const out: Diagnostic[] = [];
  let dropped = 0;
  const visit = (issue: z.core.$ZodIssue, base: YamlPath): void => {
    if (out.length >= limit && issue.code !== 'invalid_union' && issue.code !== 'unrecognized_keys') {
      dropped++;
      return;
    }
    const path: YamlPath = [...base, ...(issue.path as (string | number)[])];
    const value = valueAt(rootValue, path);
    if (value === undefined && path.length > 0 && issue.code !== 'unrecognized_keys') {
      out.push(diagnostic('FS102', { key: String(path[path.length - 1]) }, locate(path.slice(0, -1))));
      return;
    }
    switch (issue.code) {
      case 'invalid_union': {
        const schema = schemaAt(root, rootValue, path);
        const s = schema === undefined ? undefined : unwrap(schema);
        const options = s instanceof z.ZodUnion ? (s.options as z.ZodType[]) : [];
        const chosen = chooseOption(options, value);
        if (chosen !== undefined && issue.errors[chosen]) {
          for (const sub of issue.errors[chosen]!) visit(sub, path);
          return;
        }
        const kinds = (['string', 'object', 'array', 'number', 'boolean'] as const).filter((k) =>
          options.some((o) => accepts(o, k)),
        );
        typeError(path, value, kinds);
        return;
      }
      case 'invalid_type': {
        typeError(path, value, [issue.expected]);
        return;
      }
      case 'unrecognized_keys': {
        const schema = resolveUnion(schemaAt(root, rootValue, path), value);
        const allowed = schema ? objectKeys(schema) : [];
        for (const key of issue.keys) unknownKey(path, key, allowed);
        return;
      }
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const got = String(value);
        const suggestion = nearest(got, allowed);
        out.push(
          diagnostic(
            'FS104',
            { got, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) },
            locate(path),
          ),
        );
        return;
      }
      case 'invalid_format': {
        const pattern = 'pattern' in issue ? String(issue.pattern) : '';
        if (
          pattern === String(ID_PATTERN) ||
          pattern === String(REF_PATTERN) ||
          pattern === ID_PATTERN.source
        ) {
          out.push(diagnostic('FS105', { got: String(value) }, locate(path)));
        } else {
          out.push(
            diagnostic(
              'FS110',
              {
                detail: `\`${String(value)}\` does not have the expected format`,
                detail_zh: `\`${String(value)}\` 格式不符`,
              },
              locate(path),
            ),
          );
        }
        return;
      }
      case 'too_small':
      case 'too_big': {
        const key = String(path[path.length - 1]);
        const range = RANGES[key];
        if (range) {
          out.push(
            diagnostic(
              'FS109',
              { what: key, what_zh: range.zh, min: range.min, max: range.max, got: String(value) },
              locate(path),
            ),
          );
        } else {
          const bound =
            issue.code === 'too_small' ? `≥ ${String(issue.minimum)}` : `≤ ${String(issue.maximum)}`;
          out.push(
            diagnostic(
              'FS110',
              { detail: `\`${key}\` must be ${bound}`, detail_zh: `\`${key}\` 应 ${bound}` },
              locate(path),
            ),
          );
        }
        return;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as { fs?: string; keys?: string[] };
        if (params.fs === 'FS108') out.push(diagnostic('FS108', { got: String(value) }, locate(path)));
        else if (params.fs === 'FS111') out.push(diagnostic('FS111', {}, locate(path)));
        else if (params.fs === 'pair-keys')
          for (const key of params.keys ?? []) unknownKey(path, key, LOCALE_KEYS);
        else out.push(diagnostic('FS110', { detail: issue.message, detail_zh: issue.message }, locate(path)));
        return;
      }
      default:
        out.push(diagnostic('FS110', { detail: issue.message, detail_zh: issue.message }, locate(path)));
    }
  };

  const unknownKey = (path: YamlPath, key: string, allowed: readonly string[]): void => {
    if (out.length >= limit) {
      dropped++;
      return;
    }
    if (allowed === LOCALE_KEYS && valueAt(rootValue, [...path, key]) === null) {
      out.push(diagnostic('FS112', { key }, locate([...path, key], { key: true })));
      return;
    }
    const where = describePath(path);
    const suggestion = nearest(key, allowed);
    out.push(
      diagnostic(
        'FS101',
        {
          key,
          where: where.en,
          where_zh: where.zh,
          allowed: allowed.join(', '),
          ...(suggestion ? { suggestion } : {}),
        },
        locate([...path, key], { key: true }),
      ),
    );
  };

  const typeError = (path: YamlPath, value: unknown, expected: readonly string[]): void => {
    const got = kindOf(value);
    if ((got === 'boolean' || got === 'number') && expected.includes('string')) {
      out.push(
        diagnostic(
          'FS106',
          {
            got: String(value),
            got_kind: got === 'boolean' ? 'boolean' : 'number',
            gotZh: got === 'boolean' ? '布尔值' : '数字',
          },
          locate(path),
        ),
      );
      return;
    }
    if (got === 'number' && expected.includes('int')) {
      out.push(
        diagnostic(
          'FS110',
          { detail: `${String(value)} is not a whole number`, detail_zh: `${String(value)} 不是整数` },
          locate(path),
        ),
      );
      return;
    }
    const names = expected.map((k) => KIND_NAMES[k] ?? { en: k, zh: k });
    out.push(
      diagnostic(
        'FS103',
        {
          expected: names.map((n) => n.en).join(' or '),
          expectedZh: names.map((n) => n.zh).join('或'),
          got: KIND_NAMES[got]?.en ?? got,
          gotZh: KIND_NAMES[got]?.zh ?? got,
        },
        locate(path),
      ),
    );
  };

  for (const issue of issues) visit(issue, []);
  return { diagnostics: out, dropped };
}
