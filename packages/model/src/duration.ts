/** Minutes per unit of the duration syntax (`d` = 24 h). */
const UNIT_MINUTES = { d: 1440, h: 60, m: 1, s: 1 / 60 } as const;
type Unit = keyof typeof UNIT_MINUTES;
const ORDER: readonly Unit[] = ['d', 'h', 'm', 's'];
const PART = /(\d+(?:\.\d+)?)\s*([dhms])/gy;

/**
 * Minutes in a duration written as a number (minutes) or a string such as `30s`, `5m`, `1.5h`, `2d`, `1h30m`
 * (units in the order d, h, m, s, each at most once); undefined when it is not a valid duration.
 */
export function parseDuration(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  // Files repeat a few durations (`5m`, `1h`) many times, and each is read twice (shape check, then model).
  if (value.length > 64) return parseText(value); // never kept: the cache holds only short texts
  if (PARSED.has(value)) return PARSED.get(value);
  const minutes = parseText(value);
  if (PARSED.size >= 1024) PARSED.clear();
  PARSED.set(value, minutes);
  return minutes;
}

/** Durations already read, by their text (bounded: cleared when full). */
const PARSED = new Map<string, number | undefined>();

function parseText(value: string): number | undefined {
  const source = value.trim();
  if (source.length === 0 || source.length > 64) return undefined;
  PART.lastIndex = 0;
  let total = 0;
  let lastUnit = -1;
  let consumed = 0;
  for (;;) {
    while (source[consumed] === ' ') consumed++;
    if (consumed >= source.length) break;
    PART.lastIndex = consumed;
    const match = PART.exec(source);
    if (match === null) return undefined;
    const unit = match[2] as Unit;
    const rank = ORDER.indexOf(unit);
    if (rank <= lastUnit) return undefined;
    lastUnit = rank;
    total += Number(match[1]) * UNIT_MINUTES[unit];
    consumed = PART.lastIndex;
  }
  return lastUnit < 0 ? undefined : total;
}

/**
 * The canonical way to write `minutes`: whole days, hours, minutes and seconds (`1h30m`, `2d`, `45s`) when that
 * reads back to exactly the same number, else the plain number of minutes.
 */
export function formatDuration(minutes: number): string | number {
  if (!Number.isFinite(minutes) || minutes < 0) return minutes;
  if (minutes === 0) return 0;
  const seconds = Math.round(minutes * 60);
  if (Math.abs(seconds - minutes * 60) > 1e-9 || seconds > Number.MAX_SAFE_INTEGER) return minutes;
  let rest = seconds;
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const mins = Math.floor(rest / 60);
  const secs = rest - mins * 60;
  const text =
    (days ? `${days}d` : '') +
    (hours ? `${hours}h` : '') +
    (mins ? `${mins}m` : '') +
    (secs ? `${secs}s` : '');
  return parseDuration(text) === minutes ? text : minutes;
}
