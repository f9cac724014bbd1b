import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { diagnostic } from './diagnostic.js';
import type { Diagnostic, SourceLocation } from './types.js';
import { readYamlFast } from './yaml-fast.js';

/** Largest service file accepted, in characters: refused before parsing, so a huge input fails fast. */
export const MAX_SOURCE_LENGTH = 4_000_000;
/** Deepest nesting of mappings and lists accepted; a real service file is about ten levels deep. */
export const MAX_DEPTH = 64;
/** Most values that aliases (`*name`) may expand to in total: stops "billion laughs" alias bombs. */
export const MAX_ALIAS_VALUES = 100_000;
/** Deepest flow-bracket nesting (`[[[…`) scanned for before handing the text to the YAML parser. */
const MAX_BRACKET_DEPTH = 1_000;
const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/** A YAML path: map keys and sequence indexes from the document root. */
export type YamlPath = readonly (string | number)[];

/** Finds where a path was written: the value's position, or with `key: true` the key's position. */
export type Locator = (path: YamlPath, options?: { readonly key?: boolean }) => SourceLocation;

/** The outcome of reading YAML text into plain data (objects, arrays, strings, numbers, booleans, null). */
export type YamlReadResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly locate: Locator;
      readonly diagnostics: Diagnostic[];
      /** Declares the locator no longer used, so that the next read may reuse its memory (fast reader only). */
      readonly release?: () => void;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

class ReadStop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.code);
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function bracketDepthExceeds(source: string, limit: number): number | undefined {
  // Jumps between brackets with `indexOf` (native, fast) instead of visiting every character.
  const at = (c: string, from: number): number => {
    const i = source.indexOf(c, from);
    return i < 0 ? source.length : i;
  };
  let openSquare = at('[', 0);
  let openCurly = at('{', 0);
  let closeSquare = at(']', 0);
  let closeCurly = at('}', 0);
  let depth = 0;
  for (;;) {
    const i = Math.min(openSquare, openCurly, closeSquare, closeCurly);
    if (i >= source.length) return undefined;
    if (i === openSquare || i === openCurly) {
      depth++;
      if (depth > limit) return i;
      if (i === openSquare) openSquare = at('[', i + 1);
      else openCurly = at('{', i + 1);
    } else {
      if (depth > 0) depth--;
      if (i === closeSquare) closeSquare = at(']', i + 1);
      else closeCurly = at('}', i + 1);
    }
  }
}

/**
 * Reads YAML 1.2 text into plain data with positions, defensively: refuses oversized input, deep nesting,
 * alias bombs and alias cycles with a located diagnostic, never throws, and rejects non-text keys.
 * Keys are defined as own properties, so `__proto__` is an ordinary (and later unknown) key.
 */
export function readYaml(source: string, file?: string): YamlReadResult {
  const at = (line: number, column: number, path: YamlPath = []): SourceLocation => ({
    ...(file !== undefined ? { file } : {}),
    line,
    column,
    path,
  });
  if (source.length > MAX_SOURCE_LENGTH) {
    return {
      ok: false,
      diagnostics: [diagnostic('FS002', { size: source.length, limit: MAX_SOURCE_LENGTH }, at(1, 1))],
    };
  }
  const lineCounter = new LineCounter();
  const position = (offset: number, path: YamlPath = [], end?: number): SourceLocation => {
    const start = lineCounter.linePos(Math.max(0, offset));
    const loc = at(Math.max(1, start.line), Math.max(1, start.col), path);
    if (end === undefined || end <= offset) return loc;
    const stop = lineCounter.linePos(end);
    return { ...loc, endLine: stop.line, endColumn: stop.col };
  };
  const tooDeepAt = bracketDepthExceeds(source, MAX_BRACKET_DEPTH);
  if (tooDeepAt !== undefined) {
    for (let i = 0; i <= tooDeepAt; i++) if (source.charCodeAt(i) === 10) lineCounter.addNewLine(i + 1);
    return { ok: false, diagnostics: [diagnostic('FS003', { limit: MAX_DEPTH }, position(tooDeepAt))] };
  }
  // Fast path: a hand-written reader for the subset service files use (same result); undefined = not sure.
  const fast = readYamlFast(source, file);
  if (fast) return fast;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, {
      lineCounter,
      prettyErrors: true,
      // Checked below in linear time: the library's own check is quadratic in the number of keys of a map.
      uniqueKeys: false,
      version: '1.2',
      merge: false,
      keepSourceTokens: false,
    });
  } catch (error) {
    return { ok: false, diagnostics: [stopDiagnostic(error, at(1, 1))] };
  }
  const diagnostics: Diagnostic[] = [];
  // The first syntax error only: the parser's later ones are nearly always knock-on effects of it (one bad indent
  // gave seven), so they are counted, not listed.
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const line = pos?.line ?? 1;
    let column = pos?.col ?? 1;
    // The parser points at column 1 for a badly indented line: point at its first character instead.
    const start = lineCounter.lineStarts[line - 1];
    if (column === 1 && start !== undefined) {
      while (source.charCodeAt(start + column - 1) === 32) column++;
    }
    const params = { detail: firstLine(first.message), yamlCode: first.code, more: doc.errors.length - 1 };
    return { ok: false, diagnostics: [diagnostic('FS001', params, at(line, column))] };
  }
  for (const warning of doc.warnings) {
    const pos = warning.linePos?.[0];
    diagnostics.push(
      diagnostic(
        'FS001',
        { detail: firstLine(warning.message) },
        at(pos?.line ?? 1, pos?.col ?? 1),
        'warning',
      ),
    );
  }

  const nodeLocation = (node: Node | null | undefined, path: YamlPath): SourceLocation =>
    node?.range ? position(node.range[0], path, node.range[1]) : at(1, 1, path);

  const anchors = new Map<string, Node>();
  const aliasTargets = new Map<Node, Node>();
  const active = new Set<Node>();
  let aliasValues = 0;

  // Paths are built only when a diagnostic needs one: a parent-linked list costs nothing on the happy path.
  type Trail = { readonly parent: Trail | undefined; readonly segment: string | number } | undefined;
  const pathOf = (trail: Trail): YamlPath => {
    const out: (string | number)[] = [];
    for (let t = trail; t !== undefined; t = t.parent) out.push(t.segment);
    return out.reverse();
  };
  const convert = (node: unknown, trail: Trail, depth: number, viaAlias: boolean): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH)
      throw new ReadStop(
        diagnostic('FS003', { limit: MAX_DEPTH }, nodeLocation(node as Node, pathOf(trail))),
      );
    if (viaAlias && ++aliasValues > MAX_ALIAS_VALUES) {
      throw new ReadStop(
        diagnostic('FS004', { limit: MAX_ALIAS_VALUES }, nodeLocation(node as Node, pathOf(trail))),
      );
    }
    if (isAlias(node)) {
      const target = aliasTargets.get(node) ?? anchors.get(node.source);
      if (target === undefined) {
        throw new ReadStop(
          diagnostic('FS001', { detail: `unknown alias *${node.source}` }, nodeLocation(node, pathOf(trail))),
        );
      }
      aliasTargets.set(node, target);
      if (active.has(target))
        throw new ReadStop(diagnostic('FS005', { alias: node.source }, nodeLocation(node, pathOf(trail))));
      return convert(target, trail, depth, true);
    }
    const n = node as Node;
    if (!viaAlias && n.anchor) anchors.set(n.anchor, n);
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string' && node.type === 'PLAIN' && YAML11_BOOLEANS.test(value) && !viaAlias) {
        diagnostics.push(diagnostic('FS107', { got: value }, nodeLocation(node, pathOf(trail))));
      }
      if (typeof value === 'bigint') return Number(value);
      if (value === undefined) return null;
      if (typeof value === 'object' && value !== null) return String(value);
      return value;
    }
    active.add(n);
    try {
      if (isSeq(node)) {
        return node.items.map((item, i) => convert(item, { parent: trail, segment: i }, depth + 1, viaAlias));
      }
      if (isMap(node)) {
        const out: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const keyNode = pair.key;
          const keyValue = isScalar(keyNode) ? (keyNode as Scalar).value : keyNode;
          if (typeof keyValue !== 'string') {
            const got =
              keyValue === null || keyValue === undefined
                ? 'null'
                : isScalar(keyNode)
                  ? String(keyValue)
                  : 'a collection';
            throw new ReadStop(diagnostic('FS006', { got }, nodeLocation(keyNode as Node, pathOf(trail))));
          }
          if (seen.has(keyValue)) {
            diagnostics.push(
              diagnostic(
                'FS001',
                { detail: `duplicate key \`${keyValue}\`` },
                nodeLocation(keyNode as Node, pathOf(trail)),
              ),
            );
            continue;
          }
          seen.add(keyValue);
          const converted = convert(pair.value, { parent: trail, segment: keyValue }, depth + 1, viaAlias);
          if (keyValue === '__proto__') {
            Object.defineProperty(out, keyValue, {
              value: converted,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else out[keyValue] = converted;
        }
        return out;
      }
    } finally {
      active.delete(n);
    }
    return null;
  };

  let value: unknown;
  try {
    value = convert(doc.contents, undefined, 0, false);
  } catch (error) {
    return { ok: false, diagnostics: [...diagnostics, stopDiagnostic(error, at(1, 1))] };
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };

  // Key lookups are indexed once per mapping, so locating many diagnostics in a wide mapping stays linear.
  const pairIndexes = new WeakMap<object, Map<string, Pair>>();
  const pairIndex = (map: YAMLMap): Map<string, Pair> => {
    let index = pairIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      }
      pairIndexes.set(map, index);
    }
    return index;
  };
  const locate: Locator = (path, options) => {
    let node: unknown = doc.contents;
    let found: Node | null | undefined = doc.contents;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      let guard = 0;
      while (isAlias(node) && guard++ < 100) node = aliasTargets.get(node) ?? anchors.get(node.source);
      if (isMap(node)) {
        const pair = pairIndex(node).get(String(segment));
        if (!pair) break;
        if (options?.key && i === path.length - 1) {
          found = pair.key as Node;
          break;
        }
        node = pair.value;
        found = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        found = node as Node;
      } else break;
    }
    return nodeLocation(found, path);
  };
  return { ok: true, value, locate, diagnostics };
}

function stopDiagnostic(error: unknown, fallback: SourceLocation): Diagnostic {
  if (error instanceof ReadStop) return error.diagnostic;
  if (error instanceof RangeError) return diagnostic('FS003', { limit: MAX_DEPTH }, fallback);
  return diagnostic('FS001', { detail: error instanceof Error ? error.message : String(error) }, fallback);
}
