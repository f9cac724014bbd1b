function names(name) {
    if (typeof name === 'string')
        return [name];
    if (name && typeof name === 'object')
        return Object.values(name).filter((v) => typeof v === 'string');
    return [];
}
/** Builds the matching info from a parsed model-like object. */
export function serviceInfoFrom(m) {
    const tps = Array.isArray(m.touchpoints) ? m.touchpoints : [];
    const touchpoints = tps
        .filter((t) => typeof t.id === 'string')
        .map((t) => ({
        id: t.id,
        names: names(t.name),
        ...(typeof t.traffic === 'number' ? { traffic: t.traffic } : {}),
        ...(typeof t.complaints === 'number' ? { complaints: t.complaints } : {}),
    }));
    const order = [];
    const journeys = Array.isArray(m.journeys) ? m.journeys : [];
    for (const j of journeys) {
        for (const s of j.stages ?? []) {
            for (const step of s.steps ?? []) {
                if (typeof step.touchpoint === 'string' && !order.includes(step.touchpoint))
                    order.push(step.touchpoint);
            }
        }
    }
    for (const t of touchpoints)
        if (!order.includes(t.id))
            order.push(t.id);
    return { touchpoints, journeyOrder: order };
}
/** Parses service-file text; errors name the file and the line. */
export async function loadServiceInfo(text, file) {
    // Loaded on demand: only `--service` needs the model and YAML libraries.
    const model = await import('@frontstage/model');
    const { parse } = await import('yaml');
    const parseServiceFile = model.parseServiceFile;
    if (typeof parseServiceFile === 'function') {
        try {
            const r = parseServiceFile(text, file);
            const m = (r.model ?? r.value ?? r.service ?? r);
            if (m && Array.isArray(m.touchpoints))
                return { ok: true, info: serviceInfoFrom(m) };
        }
        catch {
            // fall through to the plain YAML reading
        }
    }
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        return { ok: false, message: `${file}: not valid YAML (${msg})` };
    }
    if (!doc || typeof doc !== 'object')
        return { ok: false, message: `${file}: not a service file` };
    const d = doc;
    const info = serviceInfoFrom(d);
    if (info.touchpoints.length === 0 && info.journeyOrder.length === 0) {
        return { ok: false, message: `${file}: declares no touchpoints (add a \`touchpoints:\` list)` };
    }
    return { ok: true, info };
}
//# sourceMappingURL=service.js.map