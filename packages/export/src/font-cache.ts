import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

/**
 * Candidate directories for decoded fonts, most preferred first: an explicit `cacheDir`, then
 * `node_modules/.cache/frontstage-fonts` next to the installed font package (the convention Babel, ESLint and
 * Vite follow), then `<os.tmpdir()>/frontstage-fonts`. `key` (package versions) names a subdirectory, so an
 * upgrade never reads stale files.
 */
export function fontCacheDirs(key: string, fontFile: string, cacheDir?: string): readonly string[] {
  const dirs: string[] = [];
  if (cacheDir) dirs.push(join(cacheDir, key));
  const marker = `${sep}node_modules${sep}`;
  const at = fontFile.lastIndexOf(marker);
  if (at >= 0) dirs.push(join(fontFile.slice(0, at + marker.length), '.cache', 'frontstage-fonts', key));
  dirs.push(join(tmpdir(), 'frontstage-fonts', key));
  return dirs;
}

/** Reads `name` from the first directory that has it and whose bytes pass `valid`; `undefined` if none does. */
export async function readCached(
  dirs: readonly string[],
  name: string,
  valid: (bytes: Uint8Array) => boolean,
): Promise<{ readonly path: string; readonly bytes: Uint8Array } | undefined> {
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      const bytes = new Uint8Array(await readFile(path));
      if (valid(bytes)) return { path, bytes };
    } catch {
      // Missing or unreadable: try the next directory.
    }
  }
  return undefined;
}

/**
 * Writes `bytes` as `name` into the first writable directory and returns the path, or `undefined` if none is
 * writable. Atomic and safe across processes: each writer fills its own temporary file and renames it into place
 * (rename(2) replaces atomically), so a reader sees either no file or a complete one.
 */
export async function writeCached(
  dirs: readonly string[],
  name: string,
  bytes: Uint8Array,
): Promise<string | undefined> {
  for (const dir of dirs) {
    const path = join(dir, name);
    const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(temp, bytes);
      await rename(temp, path);
      return path;
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
  return undefined;
}
