// Where the output scanner finds URLs: the attributes that hold one or a list, and how a browser
// reads URLs out of their values. Which schemes are safe is `src/url-scheme.ts`.

/** Attributes whose value is one URL (HTML, SVG and legacy attributes a browser follows). */
export const URL_ATTRS = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "cite",
  "background",
  "data",
  "longdesc",
  "manifest",
  "codebase",
  "icon",
  "lowsrc",
  "dynsrc",
  "usemap",
  "xlink:href",
  "xml:base",
]);

/** Attributes holding a list of URLs. */
export const URL_LIST_ATTRS = new Set(["srcset", "imagesrcset", "ping", "archive"]);

/** The URLs of a srcset-like list (`a.png 1x, b.png 2x`), or of ping's space-separated list. */
export function splitUrlList(name: string, value: string): string[] {
  if (name === "ping" || name === "archive") return value.split(/[\s,]+/).filter(Boolean);
  // Note: the HTML srcset algorithm: a URL is a run of non-space characters (trailing commas end
  // it), then descriptors up to the next comma outside parentheses.
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    let url = "";
    while (i < value.length && !/\s/.test(value[i]!)) url += value[i++];
    const bare = url.replace(/,+$/, "");
    if (bare) urls.push(bare);
    if (bare !== url) continue;
    let depth = 0;
    while (i < value.length && (value[i] !== "," || depth > 0)) {
      if (value[i] === "(") depth++;
      if (value[i] === ")") depth = Math.max(0, depth - 1);
      i++;
    }
  }
  return urls;
}

/** The URL in a `<meta http-equiv="refresh" content="0; url=…">`, if any. */
export function refreshUrl(content: string): string | undefined {
  const m = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.*)$/is.exec(content);
  const url = m?.[2]?.replace(/["']\s*$/, "").trim();
  return url ? url : undefined;
}
