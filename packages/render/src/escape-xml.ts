/** True for code units XML 1.0 allows: tab, newline, return, U+0020…U+FFFD except lone surrogates (checked apart). */
function allowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xfffd);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Anything escapeXml would change: markup characters, control characters, surrogates, U+FFFE / U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Escapes text for XML character data and attribute values (`& < > " '`), dropping characters XML forbids. */
export function escapeXml(value: string): string {
  // Most labels need nothing: return them as they are without copying.
  if (!NEEDS_WORK.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!;
        i++;
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (!allowed(code)) continue;
    const ch = value[i]!;
    out += ENTITIES[ch] ?? ch;
  }
  return out;
}
