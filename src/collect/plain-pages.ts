// The views of plain pages (`pages/*.md`) and of the localised 404 page.
import type { PlainPage } from "../content/article.ts";
import type { Body } from "../content/body.ts";
import type { Lang } from "../routes.ts";
import type { ArticleCard } from "./cards.ts";
import { makeChrome, type PageBase } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import { STRINGS } from "../strings.ts";
import type { Link } from "./link.ts";

/** A plain page from `pages/*.md`. */
export interface PlainPageView extends PageBase {
  source: string;
  title: string;
  /** The rendered body, read when the page renders. */
  body: Body;
}

/** The localised 404 page. */
export interface NotFoundView extends PageBase {
  /** The edition's newest headlines (set by `collectSite`), offered beside the search box. */
  latest?: ArticleCard[];
}

/** The view of one plain page; a page of the same slug in another language is its translation. */
export function plainPageView(
  ctx: SiteContext,
  p: PlainPage,
  all: readonly PlainPage[],
  footerLinks: ReadonlyMap<Lang, Link[]>,
): PlainPageView {
  const path = ctx.routes.page(p.lang, p.slug);
  const translations = Object.fromEntries(
    all
      .filter((o) => o !== p && o.slug === p.slug && o.lang !== p.lang)
      .map((o) => [o.lang, ctx.routes.page(o.lang, o.slug)]),
  );
  return {
    path,
    source: p.source,
    title: p.title,
    body: p.body,
    chrome: makeChrome(ctx, {
      lang: p.lang,
      path,
      title: p.title,
      description: p.summary,
      translations,
      footerLinks: footerLinks.get(p.lang) ?? [],
    }),
  };
}

/** The 404 page of one edition (never indexed). */
export function notFoundView(ctx: SiteContext, lang: Lang, footerLinks: Link[]): NotFoundView {
  const path = ctx.routes.notFound(lang);
  return {
    path,
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: STRINGS[lang].notFoundTitle,
      footerLinks,
      noindex: true,
    }),
  };
}
