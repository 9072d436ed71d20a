// The one set of characters XML 1.0 forbids in a document: C0 controls but tab, LF and CR, and the
// non-characters U+FFFE and U+FFFF. Content is refused with them; output is checked for them.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The first character XML forbids in `text`: its index and its code point as `U+XXXX`, or undefined. */
export function findXmlForbidden(text: string): { index: number; codePoint: string } | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return { index: m.index, codePoint: `U+${cp}` };
}
