import { type Lang } from './i18n.js';
/** Service files are hand-written text; anything larger than this is not one. */
export declare const MAX_INPUT_BYTES: number;
/** The path as the user should see it: relative to the working folder when inside it, else absolute. */
export declare function displayPath(path: string, cwd: string): string;
/**
 * Reads a UTF-8 text file, or throws a CliError naming the file: missing, a directory, unreadable, too large,
 * binary (a NUL byte) or not valid UTF-8. A leading byte-order mark is dropped.
 */
export declare function readTextFile(path: string, cwd: string, lang: Lang): Promise<string>;
export interface WriteOptions {
    /** Replace an existing file (never a directory). */
    readonly overwrite: boolean;
    /** A file name to suggest when the target is a directory. */
    readonly example?: string;
}
/**
 * Writes `data` to `path` atomically: into a temporary file beside it, then a rename, so a reader never sees half
 * a file and a failed write leaves the old one intact. Refuses a directory, and an existing file unless
 * `overwrite`. Creates missing parent folders.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, cwd: string, lang: Lang, options: WriteOptions): Promise<void>;
/** A byte count for people: `812 B`, `14.2 KB`, `1.3 MB`. */
export declare function formatBytes(n: number): string;
//# sourceMappingURL=files.d.ts.map