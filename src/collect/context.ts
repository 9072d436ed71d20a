// The read-only facts every collect step shares: config, routes, clock, link builders.
import type { RelatedMemo } from "./related-memo.ts";
import type { AssetFiles } from "./assets.ts";
import { absoluteUrl, href, makeRoutes, type Routes } from "../routes.ts";
import type { AuthorConfig } from "../content/authors.ts";
import type { RedirectsLock } from "../content/redirects-lock.ts";
import type { SiteConfig } from "../content/site-config.ts";
import type { TagRegistryEntry } from "../content/tag-registry.ts";
import type { Stamp } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import type { CollectDeps } from "./deps.ts";
import { localText } from "./local-text.ts";

/** Inputs of the collect stage other than the articles themselves. */
export interface CollectOptions {
  config: SiteConfig;
  authors: readonly AuthorConfig[];
  /** The tags.yaml registry (optional; empty without the file). */
  tagRegistry?: readonly TagRegistryEntry[];
  /** The content tree's redirects.lock; undefined without the file (then no redirects at all). */
  redirectsLock?: RedirectsLock;
  /** The build clock (`--now`). */
  now: Stamp;
  /** Preview build: drafts and pending articles included, everything noindex. */
  preview: boolean;
  /** Folder of the content tree as errors show it (`content`). */
  contentDisplay: string;
  deps: CollectDeps;
  /** Output names of the site's assets (fingerprinted by the build); default: their plain names. */
  assets?: AssetFiles;
  /** Related lists of earlier builds by the digest of their inputs (the cache's); none: score every article. */
  relatedMemo?: RelatedMemo;
  /** Called once every related list is made: the term counts are not asked for again (the cache drops them). */
  afterRelated?: () => void;
}

/** Shared, derived facts for one collect run. */
export interface SiteContext extends CollectOptions {
  routes: Routes;
  defaultLang: Lang;
  /** Root-relative link (with base path) to a site path. */
  hrefOf(path: string): string;
  /** Absolute URL of a site path. */
  absOf(path: string): string;
  /** A site.yaml text in `lang`. */
  text(t: SiteConfig["title"] | undefined, lang: Lang): string;
  /** The title of section `id` in `lang`. */
  sectionTitle(id: string, lang: Lang): string;
  /** Path of a content file as errors show it. */
  displayPath(source: string): string;
}

/** Builds the shared context once per collect run. */
export function makeContext(opts: CollectOptions): SiteContext {
  const defaultLang = opts.config.languages[0]!;
  const sections = new Map(opts.config.sections.map((s) => [s.id, s]));
  const text = (t: SiteConfig["title"] | undefined, lang: Lang): string =>
    localText(t, lang, defaultLang);
  return {
    ...opts,
    routes: makeRoutes(defaultLang),
    defaultLang,
    hrefOf: (path) => href(opts.config.baseUrl, path),
    absOf: (path) => absoluteUrl(opts.config.baseUrl, path),
    text,
    sectionTitle: (id, lang) => text(sections.get(id)?.title ?? id, lang),
    displayPath: (source) =>
      opts.contentDisplay === "." ? source : `${opts.contentDisplay}/${source}`,
  };
}
