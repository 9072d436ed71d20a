// The one safe-URL rule: which schemes a link or image may carry, read as a browser reads them.

/** URL schemes the site may link to: everything else (javascript:, data:, vbscript:, file:…) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto"]);

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/**
 * The scheme of a URL as a browser reads it, lower-cased, or undefined when it has none. WHATWG URL
 * parsing strips leading and trailing C0 controls and spaces and drops every tab and newline, so
 * `java\tscript:` and ` javascript:` are javascript: URLs.
 */
export function urlScheme(value: string): string | undefined {
  const cleaned = cleanUrl(value);
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** A URL with what browsers ignore removed: edge controls and spaces, inner tabs and newlines. */
export function cleanUrl(value: string): string {
  return value.replace(EDGE_CONTROLS, "").replace(/[\t\n\r]/g, "");
}

/** True when a URL is relative or uses a safe scheme. */
export function isSafeUrl(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
