/** A progress bar on stderr (only when it is a terminal): bytes read / total, rows, rate. */
import type { Progress } from './source.js';
export interface ProgressBar {
    update(p: Progress): void;
    done(): void;
}
/** Returns a bar that redraws at most every 100 ms, or a no-op bar when `enabled` is false. */
export declare function progressBar(out: NodeJS.WritableStream, enabled: boolean, now?: () => number): ProgressBar;
//# sourceMappingURL=progress.d.ts.map