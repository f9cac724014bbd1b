const NONE = { update() { }, done() { } };
function mb(n) {
    return (n / 1e6).toFixed(1);
}
/** Returns a bar that redraws at most every 100 ms, or a no-op bar when `enabled` is false. */
export function progressBar(out, enabled, now = Date.now) {
    if (!enabled)
        return NONE;
    const t0 = now();
    let last = 0;
    let drawn = false;
    const draw = (p) => {
        const secs = Math.max((now() - t0) / 1000, 1e-3);
        const frac = p.totalBytes > 0 && p.bytes > 0 ? Math.min(p.bytes / p.totalBytes, 1) : 0;
        const width = 24;
        const fill = Math.round(frac * width);
        const bar = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}]`;
        const size = p.bytes > 0 ? ` ${mb(p.bytes)}/${mb(p.totalBytes)} MB` : '';
        const rate = p.bytes > 0 ? `${mb(p.bytes / secs)} MB/s` : `${Math.round(p.rows / secs).toLocaleString('en')} rows/s`;
        out.write(`\r${bar} ${(frac * 100).toFixed(0).padStart(3)}%${size}  ${p.rows.toLocaleString('en')} rows  ${rate}  `);
        drawn = true;
    };
    return {
        update(p) {
            const t = now();
            if (t - last < 100)
                return;
            last = t;
            draw(p);
        },
        done() {
            if (drawn)
                out.write('\r\x1b[2K');
        },
    };
}
//# sourceMappingURL=progress.js.map