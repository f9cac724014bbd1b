/**
 * Table contents that the terminal report and the HTML page share: one place builds the header, the rows and
 * which columns are numeric; `text.ts` and `html.ts` only lay them out.
 */

import { SERVQUAL_ITEMS } from '@frontstage/metrics';
import type { Lang } from '../i18n.js';
import type { AnalyzeReport } from './report.js';
import { ci, dimensionText, fmt, L } from './text.js';

/** A table before layout: header cells, body rows, and the indexes of right-aligned (numeric) columns. */
export interface TableData {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly numeric: ReadonlySet<number>;
}

const KANO_COLUMNS = ['A', 'O', 'M', 'I', 'R', 'Q'] as const;

/** KANO: per feature the answer-category counts, the category by the M > O > A > I rule, Better and Worse. */
export function kanoTable(kano: AnalyzeReport['kano'], lang: Lang): TableData {
  return {
    head: [L(lang, 'feature', '功能'), 'n', ...KANO_COLUMNS, L(lang, 'category', '类别'), 'Better', 'Worse'],
    rows: kano.map((k) => [
      k.feature,
      String(k.n),
      ...KANO_COLUMNS.map((c) => String(k.counts[c])),
      k.categoryByRule,
      fmt(k.better),
      fmt(k.worse),
    ]),
    numeric: new Set([1, 2, 3, 4, 5, 6, 7, 9, 10]),
  };
}

/** What a standard SERVQUAL item asks, shortly (the perception statement without the company), in `lang`. */
function itemStatement(item: number, lang: Lang): string {
  const text = SERVQUAL_ITEMS[item - 1]?.perception[lang];
  if (text === undefined) return '';
  // Without its subject a Chinese statement may start with 的 (“{company}的员工…”): drop it.
  return text
    .replace('{company}', '')
    .replace(/[。.]$/, '')
    .trim()
    .replace(/^的/, '');
}

/**
 * SERVQUAL items: dimension, n, mean expectation and perception, the gap P − E and its interval; with
 * `statements`, what each item asks (the HTML page has room for it, the terminal does not).
 */
export function servqualItemsTable(
  servqual: NonNullable<AnalyzeReport['servqual']>,
  lang: Lang,
  statements = false,
): TableData {
  const head = [L(lang, 'item', '题项'), L(lang, 'dimension', '维度')];
  if (statements) head.push(L(lang, 'statement', '题目'));
  return {
    head: [...head, 'n', 'E', 'P', L(lang, 'gap', '差距'), '95% CI'],
    rows: servqual.items.map((i) => [
      String(i.item),
      dimensionText(lang, i.dimension),
      ...(statements ? [itemStatement(i.item, lang)] : []),
      String(i.n),
      fmt(i.expectation),
      fmt(i.perception),
      fmt(i.gap),
      ci(i.gapCi),
    ]),
    numeric: new Set(statements ? [0, 3, 4, 5, 6] : [0, 2, 3, 4, 5]),
  };
}
