/**
 * A number for SVG: at most 2 decimals, no trailing zeros, no `-0`, `0` for NaN and ±Infinity (deterministic).
 * `ByteWriter.num` writes the same text as bytes.
 */
export function num(n: number): string {
  // Integers (most coordinates) skip the rounding; `-0` and 0 both give '0'.
  if (Number.isInteger(n) && n < 1e15 && n > -1e15) return n === 0 ? '0' : String(n);
  if (!Number.isFinite(n)) return '0';
  // Hundredths as an integer, written with integer arithmetic: the same text as String(r / 100) (the shortest
  // decimal that reads back as that number), without the general number-to-string conversion.
  const r = Math.round(n * 100);
  if (r === 0) return '0';
  const a = r < 0 ? -r : r;
  if (a >= 1e15) return String(r / 100);
  const whole = Math.floor(a / 100);
  const frac = a - whole * 100;
  const sign = r < 0 ? '-' : '';
  if (frac === 0) return `${sign}${whole}`;
  if (frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
  return `${sign}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}
