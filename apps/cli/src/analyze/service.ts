/**
 * Reads the touchpoints and the journey order of a service file for `analyze --service`. Uses the model's
 * `parseServiceFile` when it is available (full validation); otherwise reads the YAML directly for the two
 * things analysis needs: `touchpoints` (id, name) and the first journey's step order.
 */
import type { Text } from '@frontstage/model';
import type { ServiceInfo } from './mapping.js';

type Named = {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly traffic?: unknown;
  readonly complaints?: unknown;
};
type JourneyLike = {
  readonly stages?: readonly { readonly steps?: readonly { readonly touchpoint?: unknown }[] }[];
};

function names(name: unknown): string[] {
  if (typeof name === 'string') return [name];
  if (name && typeof name === 'object')
    return Object.values(name).filter((v): v is string => typeof v === 'string');
  return [];
}

/** The name kept as the model's Text: a non-empty string, or a pair of its non-empty `zh-CN` / `en` strings. */
function textOf(name: unknown): Text | undefined {
  if (typeof name === 'string') return name.trim() === '' ? undefined : name;
  if (!name || typeof name !== 'object') return undefined;
  const o = name as Record<string, unknown>;
  const out: { 'zh-CN'?: string; en?: string } = {};
  if (typeof o['zh-CN'] === 'string' && o['zh-CN'].trim() !== '') out['zh-CN'] = o['zh-CN'];
  if (typeof o.en === 'string' && o.en.trim() !== '') out.en = o.en;
  return out['zh-CN'] === undefined && out.en === undefined ? undefined : out;
}

/** Builds the matching info from a parsed model-like object. */
export function serviceInfoFrom(m: { touchpoints?: unknown; journeys?: unknown }): ServiceInfo {
  const tps = Array.isArray(m.touchpoints) ? (m.touchpoints as Named[]) : [];
  const touchpoints = tps
    .filter((t) => typeof t.id === 'string')
    .map((t) => ({
      id: t.id as string,
      names: names(t.name),
      ...(textOf(t.name) !== undefined ? { name: textOf(t.name)! } : {}),
      ...(typeof t.traffic === 'number' ? { traffic: t.traffic } : {}),
      ...(typeof t.complaints === 'number' ? { complaints: t.complaints } : {}),
    }));
  const order: string[] = [];
  const journeys = Array.isArray(m.journeys) ? (m.journeys as JourneyLike[]) : [];
  for (const j of journeys) {
    for (const s of j.stages ?? []) {
      for (const step of s.steps ?? []) {
        if (typeof step.touchpoint === 'string' && !order.includes(step.touchpoint))
          order.push(step.touchpoint);
      }
    }
  }
  for (const t of touchpoints) if (!order.includes(t.id)) order.push(t.id);
  return { touchpoints, journeyOrder: order };
}

export type ServiceLoad = { ok: true; info: ServiceInfo } | { ok: false; message: string };

/** Parses service-file text; errors name the file and the line. */
export async function loadServiceInfo(text: string, file: string): Promise<ServiceLoad> {
  // Loaded on demand: only `--service` needs the model and YAML libraries.
  const model = await import('@frontstage/model');
  const { parse } = await import('yaml');
  const parseServiceFile = (model as Record<string, unknown>).parseServiceFile;
  if (typeof parseServiceFile === 'function') {
    try {
      const r = (parseServiceFile as (t: string, f?: string) => unknown)(text, file) as Record<
        string,
        unknown
      >;
      const m = (r.model ?? r.value ?? r.service ?? r) as Record<string, unknown>;
      if (m && Array.isArray(m.touchpoints)) return { ok: true, info: serviceInfoFrom(m) };
    } catch {
      // fall through to the plain YAML reading
    }
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { ok: false, message: `${file}: not valid YAML (${msg})` };
  }
  if (!doc || typeof doc !== 'object') return { ok: false, message: `${file}: not a service file` };
  const d = doc as Record<string, unknown>;
  const info = serviceInfoFrom(d);
  if (info.touchpoints.length === 0 && info.journeyOrder.length === 0) {
    return { ok: false, message: `${file}: declares no touchpoints (add a \`touchpoints:\` list)` };
  }
  return { ok: true, info };
}
