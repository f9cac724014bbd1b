import { randomBytes } from 'node:crypto';
import { mkdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { CliError } from './errors.js';
import { t } from './i18n.js';
/** Service files are hand-written text; anything larger than this is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** The path as the user should see it: relative to the working folder when inside it, else absolute. */
export function displayPath(path, cwd) {
    const abs = resolve(cwd, path);
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
function errnoCode(err) {
    return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
function reasonOf(err) {
    return errnoCode(err) ?? (err instanceof Error ? err.message : String(err));
}
/**
 * Reads a UTF-8 text file, or throws a CliError naming the file: missing, a directory, unreadable, too large,
 * binary (a NUL byte) or not valid UTF-8. A leading byte-order mark is dropped.
 */
export async function readTextFile(path, cwd, lang) {
    const abs = resolve(cwd, path);
    const file = path;
    let bytes;
    try {
        const info = await stat(abs);
        if (info.isDirectory())
            throw new CliError(t(lang, 'file.isDirectory', { file }));
        if (info.size > MAX_INPUT_BYTES) {
            throw new CliError(t(lang, 'file.tooLarge', { file, size: info.size, limit: MAX_INPUT_BYTES }));
        }
        bytes = await readFile(abs);
    }
    catch (err) {
        if (err instanceof CliError)
            throw err;
        const code = errnoCode(err);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new CliError(t(lang, 'file.notFound', { file }));
        if (code === 'EISDIR')
            throw new CliError(t(lang, 'file.isDirectory', { file }));
        if (code === 'EACCES' || code === 'EPERM')
            throw new CliError(t(lang, 'file.permission', { file }));
        throw new CliError(t(lang, 'file.readError', { file, reason: reasonOf(err) }));
    }
    if (bytes.includes(0))
        throw new CliError(t(lang, 'file.binary', { file }));
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new CliError(t(lang, 'file.binary', { file }));
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * Writes `data` to `path` atomically: into a temporary file beside it, then a rename, so a reader never sees half
 * a file and a failed write leaves the old one intact. Refuses a directory, and an existing file unless
 * `overwrite`. Creates missing parent folders.
 */
export async function writeFileAtomic(path, data, cwd, lang, options) {
    const abs = resolve(cwd, path);
    const file = path;
    const existing = await stat(abs).catch(() => undefined);
    if (existing?.isDirectory() || path.endsWith('/')) {
        const example = options.example ? `${path.replace(/\/+$/, '')}/${options.example}` : `${path}/out.svg`;
        throw new CliError(t(lang, 'write.isDirectory', { file, example }));
    }
    if (existing && !options.overwrite)
        throw new CliError(t(lang, 'write.exists', { file }));
    if (existing && !existing.isFile()) {
        // A device or pipe (`-o /dev/stdout`): write into it; renaming over it would replace the device itself.
        try {
            await writeFile(abs, data);
            return;
        }
        catch (err) {
            throw new CliError(t(lang, 'write.error', { file, reason: reasonOf(err) }));
        }
    }
    // Through a symbolic link, replace the file it points at, not the link.
    const real = existing ? await realpath(abs).catch(() => abs) : abs;
    const dir = dirname(real);
    try {
        await mkdir(dir, { recursive: true });
    }
    catch (err) {
        throw new CliError(t(lang, 'write.error', { file, reason: reasonOf(err) }));
    }
    const temp = resolve(dir, `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(temp, data, options.overwrite ? undefined : { flag: 'wx' });
        await rename(temp, real);
    }
    catch (err) {
        await unlink(temp).catch(() => undefined);
        const code = errnoCode(err);
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
            throw new CliError(t(lang, 'write.error', { file, reason: code }));
        }
        if (code === 'EISDIR')
            throw new CliError(t(lang, 'write.isDirectory', { file, example: 'out.svg' }));
        throw new CliError(t(lang, 'write.error', { file, reason: reasonOf(err) }));
    }
}
/** A byte count for people: `812 B`, `14.2 KB`, `1.3 MB`. */
export function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KB`;
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
//# sourceMappingURL=files.js.map