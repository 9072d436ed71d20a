// The search page of each edition (`/search/`, `/zh/search/`) and the rule of what the search
// index holds: the published articles of an edition, one index bucket per year of publication.
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { STRINGS } from "../strings.ts";
import { makeChrome, type PageBase } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import type { Link } from "./link.ts";

/** The search page of one edition. */
export interface SearchView extends PageBase {
  /** The edition's index buckets (folders with the base path), newest year first; may be empty. */
  buckets: string[];
  /** Pagefind's browser module (`/pagefind/pagefind.js`, with the base path). */
  pagefindHref: string;
  /** Our search script (`/pagefind/search.js`, with the base path). */
  scriptHref: string;
  /** The year archives of the indexed years: the way in without JavaScript. */
  archives: Link[];
  /** The edition's tag index. */
  tagsHref: string;
}

/** Whether an article is in the search index: published (never a draft, pending or expired one). */
export function isIndexed(a: Pick<Article, "status">): boolean {
  return a.status === "published";
}

/** The year bucket an indexed article belongs to (its date's year in the site zone). */
export function searchYear(a: Pick<Article, "date">): string {
  return a.date.ymd.slice(0, 4);
}

/** A bucket's folder below `/pagefind/`: `en/2023/`. */
export function bucketFolder(lang: Lang, year: string): string {
  return `${lang}/${year}/`;
}

/** The file of our search script below `/pagefind/`. */
export const SEARCH_SCRIPT = "search.js";

/** Pagefind's browser module below `/pagefind/`. */
export const PAGEFIND_MODULE = "pagefind.js";

/** The years of an edition's indexed articles, newest first. */
export function indexedYears(articles: readonly Article[]): string[] {
  const years = new Set<string>();
  for (const a of articles) if (isIndexed(a)) years.add(searchYear(a));
  return [...years].sort().reverse();
}

/** The search page of `lang`: never indexed by search engines, never in a sitemap. */
export function searchView(
  ctx: SiteContext,
  lang: Lang,
  articles: readonly Article[],
  footerLinks: Link[],
): SearchView {
  const path = ctx.routes.search(lang);
  const years = indexedYears(articles);
  const translations = Object.fromEntries(
    ctx.config.languages.filter((l) => l !== lang).map((l) => [l, ctx.routes.search(l)]),
  );
  return {
    path,
    buckets: years.map((y) => ctx.hrefOf(ctx.routes.pagefind(bucketFolder(lang, y)))),
    pagefindHref: ctx.hrefOf(ctx.routes.pagefind(PAGEFIND_MODULE)),
    scriptHref: ctx.hrefOf(ctx.routes.pagefind(SEARCH_SCRIPT)),
    archives: years.map((y) => ({
      href: ctx.hrefOf(ctx.routes.archive(lang, y)),
      label: STRINGS[lang].archiveYear(y),
    })),
    tagsHref: ctx.hrefOf(ctx.routes.tagIndex(lang)),
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: STRINGS[lang].search,
      translations,
      footerLinks,
      noindex: true,
    }),
  };
}
