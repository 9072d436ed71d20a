// How long browsers and CDNs may keep each file: a year for files whose name carries their content
// hash, a revalidation for everything else (HTML, feeds, Pagefind's entry files and loaders).
import { FINGERPRINTED_ASSETS, type AssetFiles } from "../collect/assets.ts";

/** A file whose URL changes with its bytes. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Everything else: cached, but revalidated on each use (cheap with the ETag every host sends). It is
 * what Netlify, Cloudflare Pages and Vercel send by default; nginx gets it from `nginx.conf`.
 */
export const SHORT = "public, max-age=0, must-revalidate";

/**
 * One caching rule: a site path (no base path), matched exactly or as a folder prefix. A segment
 * `:name` stands for any one segment (Netlify, Cloudflare Pages and Vercel read it so).
 */
export interface CacheRule {
  path: string;
  match: "exact" | "prefix";
  cacheControl: string;
}

/** Whether a path segment is a `:name` placeholder (any one segment). */
export function isPlaceholder(segment: string): boolean {
  return /^:[a-z]+$/.test(segment);
}

/** Pagefind's folders of content-hashed chunks (`en_1a2b3c4.pf_fragment`…). */
const PAGEFIND_HASHED = ["fragment", "index", "filter"];

/**
 * Where Pagefind bundles live: `/pagefind/` (Pagefind's own layout) and the search index's buckets
 * `/pagefind/<lang>/<bucket>/` (`en/2023/`). Their entry files, loaders and WebAssembly keep their
 * names across builds and stay `SHORT`.
 */
const PAGEFIND_BUNDLES = ["/pagefind/", "/pagefind/:lang/:bucket/"];

/**
 * The rules, none overlapping another (hosts that combine matching rules would join two
 * `Cache-Control` values): fingerprinted assets, media (every name carries its hash) and
 * Pagefind's hashed chunks. Everything else is `SHORT`.
 */
export function cacheRules(assets: AssetFiles): CacheRule[] {
  const immutable = (path: string, match: CacheRule["match"]): CacheRule => ({
    path,
    match,
    cacheControl: IMMUTABLE,
  });
  return [
    ...FINGERPRINTED_ASSETS.filter((name) => (assets[name] ?? name) !== name).map((name) =>
      immutable(`/assets/${assets[name]!}`, "exact"),
    ),
    immutable("/media/", "prefix"),
    ...PAGEFIND_BUNDLES.flatMap((b) =>
      PAGEFIND_HASHED.map((d) => immutable(`${b}${d}/`, "prefix")),
    ),
  ];
}
