// What kind of URL a link, image or definition holds, judged as a browser would read it.
import { cleanUrl, SAFE_SCHEMES, urlScheme } from "../url-scheme.ts";

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

/**
 * Classifies a URL as found on an mdast node (character references and escapes already decoded),
 * by the site's one safe-URL rule (`src/url-scheme.ts`).
 */
export function classifyUrl(url: string): UrlKind {
  const cleaned = cleanUrl(url);
  const scheme = urlScheme(cleaned);
  if (scheme !== undefined) {
    return SAFE_SCHEMES.has(scheme) ? { kind: "external", scheme } : { kind: "unsafe", scheme };
  }
  const hidden = encodedScheme(cleaned);
  if (hidden !== undefined && !SAFE_SCHEMES.has(hidden)) return { kind: "unsafe", scheme: hidden };
  if (cleaned.startsWith("#")) return { kind: "fragment" };
  if (/^[/\\]{2}/.test(cleaned)) return { kind: "network" };
  return { kind: "local" };
}

/**
 * The scheme a URL spells once percent-decoded (`%6A%61vascript:` → `javascript`, up to three
 * rounds for `%256A…`): a browser reads it as a path, but a server or a later decoder may not, and
 * the writer meant a scheme; undefined when decoding reveals none.
 */
function encodedScheme(url: string): string | undefined {
  let text = url;
  for (let round = 0; round < 3 && text.includes("%"); round++) {
    try {
      text = cleanUrl(decodeURIComponent(text));
    } catch {
      return undefined;
    }
    const scheme = urlScheme(text);
    if (scheme !== undefined) return scheme;
  }
  return undefined;
}
