// Builds the Google News sitemap: articles published in the 2 days before the build clock,
// at most 1,000 URLs a file; more are split into numbered files under an index, never truncated.
import { LANGUAGES } from "../routes.ts";
import type { SitemapUrl } from "./sitemap-model.ts";
import type { Article } from "../content/article.ts";
import type { SiteContext } from "./context.ts";

/** Google News reads articles of the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News accepts at most 1,000 `<url>` per file. */
export const NEWS_SITEMAP_LIMIT = 1000;

/** The news sitemap files: one urlset at `/news-sitemap.xml`, or an index of numbered urlsets. */
export function newsSitemaps(
  ctx: SiteContext,
  articles: readonly Article[],
  limit = NEWS_SITEMAP_LIMIT,
): NewsSitemapView[] {
  const from = ctx.now.ms - NEWS_WINDOW_MS;
  const urls: NewsSitemapUrl[] = articles
    .filter((a) => a.date.ms <= ctx.now.ms && a.date.ms >= from)
    .map((a) => ({
      loc: a.url,
      publicationName: ctx.text(ctx.config.title, a.lang),
      language: LANGUAGES[a.lang].news,
      publicationDate: a.date.iso,
      title: a.title,
    }));
  if (urls.length <= limit) return [{ kind: "urlset", path: ctx.routes.newsSitemap(), urls }];
  const files: NewsSitemapView[] = [];
  for (let i = 0; i * limit < urls.length; i++) {
    files.push({
      kind: "urlset",
      path: ctx.routes.newsSitemap(i + 1),
      urls: urls.slice(i * limit, (i + 1) * limit),
    });
  }
  return [
    {
      kind: "index",
      path: ctx.routes.newsSitemap(),
      entries: files.map((f) => ({ loc: ctx.absOf(f.path) })),
    },
    ...files,
  ];
}

/** One `<url>` of the Google News sitemap. */
export interface NewsSitemapUrl {
  loc: string;
  publicationName: string;
  /** `en`, `zh-cn`. */
  language: string;
  publicationDate: string;
  title: string;
}

/** A Google News sitemap file (≤ 1,000 URLs), or the index of several at `/news-sitemap.xml`. */
export type NewsSitemapView =
  | { kind: "urlset"; path: string; urls: NewsSitemapUrl[] }
  | { kind: "index"; path: string; entries: SitemapUrl[] };
