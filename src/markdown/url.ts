// What kind of URL a link, image or definition holds, judged as a browser would read it.

/** The kinds of URL a body may hold; only `unsafe` is an error by itself. */
export type UrlKind =
  /** http, https or mailto: kept as written. */
  | { kind: "external"; scheme: string }
  /** Any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`…): E_UNSAFE_URL. */
  | { kind: "unsafe"; scheme: string }
  /** `#section`: kept. */
  | { kind: "fragment" }
  /** `//host/path`: another host without a scheme; kept, never resolved in the content tree. */
  | { kind: "network" }
  /** A path (with optional `?query` and `#fragment`), resolved against the article file. */
  | { kind: "local" };

/** URL schemes a body may use (R26). */
export const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);

/**
 * Classifies a URL as found on an mdast node (character references and escapes already decoded).
 * Note: browsers drop leading/trailing C0 controls and spaces and every tab or newline before they
 * read the scheme, so `java\tscript:` and ` javascript:` are `javascript:` (R26).
 */
export function classifyUrl(url: string): UrlKind {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return ALLOWED_SCHEMES.has(scheme) ? { kind: "external", scheme } : { kind: "unsafe", scheme };
  }
  if (cleaned.startsWith("#")) return { kind: "fragment" };
  if (/^[/\\]{2}/.test(cleaned)) return { kind: "network" };
  return { kind: "local" };
}
