/** Reads a byte range of a file into a {@link CsvParser}, double-buffered (shared by the main thread and the worker). */
import type { FileHandle } from 'node:fs/promises';
import type { CsvParser } from './csv.js';

/** Read size; two buffers alternate so the next read runs while the current chunk is parsed. */
export const CHUNK = 4 << 20;

/**
 * Pushes bytes `[from, to)` of `f` (to the end of the file when `to` is Infinity) into `parser`, calling
 * `onChunk(bytesSoFar)` after each chunk (awaited when it returns a promise). `to` may be a function, asked before
 * each read: it may move the end, but not below the end of the read already in flight, `from + bytesSoFar + CHUNK`.
 * Does not call `parser.end()`. Returns the number of bytes pushed.
 */
export async function readRange(
  f: FileHandle,
  parser: CsvParser,
  from: number,
  to: number | (() => number),
  onChunk?: (bytes: number) => void | Promise<void>,
): Promise<number> {
  const end = typeof to === 'number' ? () => to : to;
  const bufs = [new Uint8Array(CHUNK), new Uint8Array(CHUNK)];
  let pending: Promise<{ bytesRead: number }> | null = null;
  let pos = from;
  let k = 0;
  const next = (): Promise<{ bytesRead: number }> | null => {
    const len = Math.min(CHUNK, end() - pos);
    return len > 0 ? f.read(bufs[k]!, 0, len, pos) : null;
  };
  try {
    pending = next();
    while (pending !== null) {
      const { bytesRead } = await pending;
      pending = null;
      if (bytesRead === 0) break;
      const buf = bufs[k]!;
      pos += bytesRead;
      k ^= 1;
      pending = next();
      if (!parser.push(buf.subarray(0, bytesRead))) break;
      const wait = onChunk?.(pos - from);
      if (wait !== undefined) await wait;
    }
  } finally {
    // Never leave a read in flight on a handle the caller may close.
    if (pending !== null) await pending.catch(() => undefined);
  }
  return pos - from;
}
