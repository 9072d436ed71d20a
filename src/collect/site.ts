// The site model collect hands to render: every output file's view, grouped by page kind.
import type { Rendition } from "../images/plan.ts";
import type { ArticlePage } from "./article-page.ts";
import type { FeedView } from "./feed-model.ts";
import type { ListView, TagIndexView } from "./lists.ts";
import type { NewsSitemapView } from "./news-sitemap-model.ts";
import type { NotFoundView, PlainPageView } from "./plain-pages.ts";
import type { RedirectPageView } from "./redirects.ts";
import type { SearchView } from "./search.ts";
import type { SitemapIndexView, SitemapView } from "./sitemap-model.ts";
import type { TextFileView } from "./text-file.ts";

/** Everything the render stage writes, grouped by route kind. Immutable once built. */
export interface SiteData {
  /** Article pages, each with its view built on demand (`article-page.ts`). */
  articlePages: ArticlePage[];
  listPages: ListView[];
  tagIndexPages: TagIndexView[];
  plainPages: PlainPageView[];
  notFoundPages: NotFoundView[];
  /** One search page per edition (`/search/`), over the edition's search index. */
  searchPages: SearchView[];
  feeds: FeedView[];
  sitemaps: SitemapView[];
  /** Always one: `/sitemap.xml`. */
  sitemapIndex: SitemapIndexView[];
  /** `/news-sitemap.xml` and, over 1,000 URLs, the files it indexes. */
  newsSitemaps: NewsSitemapView[];
  /** Meta-refresh pages at old article URLs (only with a redirects.lock). */
  redirectPages: RedirectPageView[];
  textFiles: TextFileView[];
  /** Image renditions to write (only what published pages reference; originals never). */
  media: Rendition[];
}
