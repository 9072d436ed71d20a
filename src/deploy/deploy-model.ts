// What the deploy recipes are written from: the header policy, the cache rules, the editions and
// their 404 pages, and redirects.lock's moved and gone URLs, taken from the site model.
import { INLINE_SCRIPTS } from "../../layouts/inline-scripts.ts";
import type { AssetFiles } from "../collect/assets.ts";
import { basePath, href } from "../routes.ts";
import { cacheRules, type CacheRule } from "./cache-rules.ts";
import { securityHeaders, type ExtraOrigins, type Header } from "./header-policy.ts";

/** One edition: the URL prefix its pages live under and its 404 page (hrefs, base path included). */
export interface Edition {
  /** `/` for the default language, `/zh/` for another (with the base path). */
  prefix: string;
  notFound: string;
}

/** An old URL that moved: `from` as the server sees it (decoded), `to` as a link (encoded). */
export interface Move {
  from: string;
  /** The decoded old URL with the base path (what nginx matches). */
  fromPath: string;
  to: string;
}

/** A URL that answers 410, with the 404 page of its edition as the body. */
export interface Gone {
  href: string;
  /** Decoded, with the base path. */
  path: string;
  notFound: string;
}

/** Everything a recipe needs, host-independent. */
export interface DeployModel {
  /** The base path (`/` or `/news/`): every path below carries it. */
  base: string;
  headers: Header[];
  /** Cache rules with the base path. */
  cache: CacheRule[];
  /** The default edition first, then the others by prefix. */
  editions: Edition[];
  moves: Move[];
  gone: Gone[];
}

/** What the deploy stage reads of the site model (the pipeline's `SiteModel` is one). */
export interface DeployInput {
  collected: {
    /** The site model's 404 pages (one per edition) and redirect pages. */
    site: {
      notFoundPages: readonly { path: string }[];
      redirectPages: readonly { path: string; targetHref: string }[];
    };
    /** With a redirects.lock: its gone URLs (site paths). */
    redirects?: { gone: readonly string[] };
  };
  baseUrl: string;
  /** The site's assets: their output names (fingerprinted). */
  assets: { files: AssetFiles };
  /** The text of every inline executable script; default: `layouts/inline-scripts.ts`. */
  inlineScripts?: readonly string[];
  /** A comments provider's origins (site.yaml); default none. */
  origins?: ExtraOrigins;
}

/** Builds the host-independent model; sorted, so the files written are deterministic. */
export function deployModel(input: DeployInput): DeployModel {
  const { baseUrl } = input;
  const { site, redirects } = input.collected;
  const base = basePath(baseUrl);
  const withBase = (p: string): string => base + p.replace(/^\//, "");
  const editions = site.notFoundPages
    .map((v) => ({
      prefix: withBase(v.path.replace(/404\.html$/, "")),
      notFound: href(baseUrl, v.path),
    }))
    .sort((a, b) => a.prefix.length - b.prefix.length || cmp(a.prefix, b.prefix));
  const editionOf = (p: string): Edition =>
    [...editions].reverse().find((e) => p.startsWith(e.prefix)) ?? editions[0]!;
  return {
    base,
    headers: securityHeaders({
      inlineScripts: input.inlineScripts ?? Object.values(INLINE_SCRIPTS),
      origins: input.origins,
      https: new URL(baseUrl).protocol === "https:",
    }),
    cache: cacheRules(input.assets.files).map((r) => ({ ...r, path: withBase(r.path) })),
    editions,
    moves: site.redirectPages
      .map((r) => ({ from: href(baseUrl, r.path), fromPath: withBase(r.path), to: r.targetHref }))
      .sort((a, b) => cmp(a.fromPath, b.fromPath)),
    gone: [...(redirects?.gone ?? [])].sort(cmp).map((p) => ({
      href: href(baseUrl, p),
      path: withBase(p),
      notFound: editionOf(withBase(p)).notFound,
    })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
