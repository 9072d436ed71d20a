// Builds the sitemaps: one or more files per language (≤ 50,000 URLs each) and the index.
import type { Lang } from "../routes.ts";
import type { ArticlePage } from "./article-page.ts";
import type { PageBase } from "./chrome.ts";
import type { SiteContext } from "./context.ts";

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

/** Splits each language's URLs into files and indexes them; a language with no URLs gets no file. */
export function sitemaps(
  ctx: SiteContext,
  urlsByLang: Map<Lang, SitemapUrl[]>,
  limit = SITEMAP_LIMIT,
): { files: SitemapView[]; index: SitemapIndexView } {
  const files: SitemapView[] = [];
  for (const lang of ctx.config.languages) {
    const urls = urlsByLang.get(lang) ?? [];
    for (let i = 0; i * limit < urls.length; i++) {
      files.push({
        path: ctx.routes.sitemap(lang, i + 1),
        urls: urls.slice(i * limit, (i + 1) * limit),
      });
    }
  }
  return {
    files,
    index: {
      path: ctx.routes.sitemapIndex(),
      entries: files.map((f) => ({ loc: ctx.absOf(f.path), lastmod: newest(f.urls) })),
    },
  };
}

function newest(urls: readonly SitemapUrl[]): string | undefined {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const u of urls) {
    if (!u.lastmod) continue;
    const ms = Date.parse(u.lastmod);
    if (ms > bestMs) {
      bestMs = ms;
      best = u.lastmod;
    }
  }
  return best;
}

/** One `<url>` of a sitemap. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** hreflang alternates (self, translations, `x-default`), absolute. */
  alternates?: { hreflang: string; href: string }[];
}

/** A per-language sitemap file. */
export interface SitemapView {
  path: string;
  urls: SitemapUrl[];
}

/** The sitemap index (`/sitemap.xml`). */
export interface SitemapIndexView {
  path: string;
  entries: SitemapUrl[];
}

/** Each edition's sitemap URLs: its pages (thin tag pages left out), then its articles with lastmod. */
export function sitemapUrls(
  ctx: SiteContext,
  pages: readonly PageBase[],
  thin: ReadonlySet<string>,
  articlePages: readonly Pick<ArticlePage, "lang" | "canonical" | "alternates" | "lastModified">[],
): Map<Lang, SitemapUrl[]> {
  const urls = new Map<Lang, SitemapUrl[]>(ctx.config.languages.map((l) => [l, []]));
  for (const v of pages) {
    if (thin.has(v.path)) continue;
    urls.get(v.chrome.lang)?.push({ loc: v.chrome.canonical, alternates: v.chrome.alternates });
  }
  for (const v of articlePages) {
    urls.get(v.lang)?.push({ loc: v.canonical, lastmod: v.lastModified, alternates: v.alternates });
  }
  return urls;
}
