// The collect stage's composition root: from parsed articles to one immutable SiteData (pure).
import type { ArticleView } from "./articles.ts";
import type { FeedView } from "./feed-model.ts";
import type { Link } from "./link.ts";
import type { ListView, TagIndexView } from "./lists.ts";
import type { NewsSitemapView } from "./news-sitemap-model.ts";
import type { NotFoundView, PlainPageView } from "./plain-pages.ts";
import type { RedirectPageView } from "./redirects.ts";
import type { SitemapIndexView, SitemapUrl, SitemapView } from "./sitemap-model.ts";
import type { Article, PlainPage } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { MediaAsset } from "../content/values.ts";
import type { Lang } from "../routes.ts";
import { articleView, sectionKey, type ArticleLinks } from "./articles.ts";
import { collectAuthors } from "./authors.ts";
import { makeChrome } from "./chrome.ts";
import { makeContext, type CollectOptions, type SiteContext } from "./context.ts";
import { FEED_SIZE, TAXONOMY_FEED_SIZE, feedOf } from "./feed-model.ts";
import { PAGE_TITLES } from "./labels.ts";
import { lastModified as latestChange } from "./last-modified.ts";
import {
  archivePages,
  authorPages,
  homePages,
  isThinTag,
  sectionPages,
  tagIndexPage,
  tagPages,
} from "./lists.ts";
import { localText } from "./local-text.ts";
import { newsSitemaps } from "./news-sitemap-model.ts";
import { findPathCollisions } from "./path-collisions.ts";
import { planRedirects, type RedirectPlan } from "./redirects.ts";
import { relatedArticles } from "./related.ts";
import { robotsTxt } from "./robots.ts";
import { sitemaps } from "./sitemap-model.ts";
import { articleStatus, byNewest, nextStatusChange } from "./status.ts";
import { collectTags } from "./tags.ts";
import { collectTranslations } from "./translations.ts";

/** Everything collect needs. */
export interface CollectInput extends CollectOptions {
  articles: readonly Article[];
  pages: readonly PlainPage[];
}

/** What collect returns: the site, the problems it found, and the counts for the summary. */
export interface CollectResult {
  site: SiteData;
  errors: ContentError[];
  counts: { published: number; drafts: number; pending: number; expired: number };
  /** The articles that get a page, newest first. */
  shown: Article[];
  /** The earliest instant after `--now` when an embargo lifts or an article expires (F-ED-6). */
  nextPublish?: string;
  /** With a redirects.lock: the updated lock and whether it changed (the build writes it, F-ED-14). */
  redirects?: Pick<RedirectPlan, "lock" | "changed" | "stale">;
}

/** Builds the whole site model in linear passes over the articles (no Eleventy collections, P-16). */
export function collectSite(input: CollectInput): CollectResult {
  const ctx = makeContext(input);
  const counts = { published: 0, drafts: 0, pending: 0, expired: 0 };
  const pending = new Set<Article>();
  const shown: Article[] = [];
  for (const a of input.articles) {
    const s = articleStatus(a, input.now);
    if (s === "published") counts.published++;
    else if (s === "draft") counts.drafts++;
    else if (s === "pending") counts.pending++;
    else counts.expired++;
    if (s === "pending") pending.add(a);
    if (s === "published" || (input.preview && (s === "draft" || s === "pending"))) shown.push(a);
  }
  shown.sort(byNewest);

  const translations = collectTranslations(shown, ctx.displayPath);
  const tags = collectTags(shown, input.config, input.deps, ctx.displayPath, input.tagRegistry);
  const authors = collectAuthors(shown, input.authors, input.config, input.deps, ctx.displayPath);
  const bySection = new Map<string, Article[]>();
  const byLang = new Map<Lang, Article[]>(input.config.languages.map((l) => [l, []]));
  const byMonth = new Map<Lang, Map<string, Article[]>>(
    input.config.languages.map((l) => [l, new Map()]),
  );
  for (const a of shown) {
    const key = sectionKey(a.lang, a.section);
    const list = bySection.get(key);
    if (list) list.push(a);
    else bySection.set(key, [a]);
    byLang.get(a.lang)?.push(a);
    const months = byMonth.get(a.lang);
    const ym = a.date.ymd.slice(0, 7);
    const month = months?.get(ym);
    if (month) month.push(a);
    else months?.set(ym, [a]);
  }
  const related = new Map<Article, Article[]>();
  for (const lang of input.config.languages) {
    const perLang = relatedArticles(
      byLang.get(lang)!,
      [...tags.byKey.values()].map((t) => t.byLang.get(lang) ?? []),
    );
    for (const [a, r] of perLang) related.set(a, r);
  }
  const footerLinks = new Map<Lang, Link[]>(
    input.config.languages.map((l) => [
      l,
      [
        { href: ctx.hrefOf(ctx.routes.tagIndex(l)), label: PAGE_TITLES[l].tags },
        ...input.pages
          .filter((p) => p.lang === l)
          .map((p) => ({ href: ctx.hrefOf(ctx.routes.page(l, p.slug)), label: p.title })),
      ],
    ]),
  );
  const links: ArticleLinks = {
    tags,
    authors,
    translations: translations.byKey,
    bySection,
    footerLinks,
    pending,
    related,
    sectionIndex: new Map([...bySection.values()].flatMap((list) => list.map((a, i) => [a, i]))),
  };
  const articlePages = shown.map((a) => articleView(ctx, a, links));

  const listPages: ListView[] = [];
  const sortedTags = [...tags.byKey.values()].sort((a, b) =>
    a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0,
  );
  const sortedAuthors = [...authors.byId.values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const tagIndexPages = [];
  const feeds = [];
  const urls = new Map<Lang, SitemapUrl[]>();
  const thin = new Set<string>();
  const hasMonth = (l: Lang, ym: string): boolean => byMonth.get(l)?.has(ym) ?? false;
  for (const lang of input.config.languages) {
    const footer = footerLinks.get(lang)!;
    const articles = byLang.get(lang)!;
    const siteTitle = ctx.text(input.config.title, lang);
    const feed = (listPath: string, title: string, list: readonly Article[], size: number) =>
      feedOf(
        ctx,
        {
          lang,
          listPath,
          atomPath: ctx.routes.listFeed(listPath, "atom"),
          jsonPath: ctx.routes.listFeed(listPath, "json"),
          title,
          articles: list,
          size,
        },
        tags,
        authors,
      );
    listPages.push(...homePages(ctx, lang, articles, footer));
    feeds.push(feed(ctx.routes.home(lang), siteTitle, articles, FEED_SIZE));
    listPages.push(
      ...sectionPages(ctx, lang, (id) => bySection.get(sectionKey(lang, id)) ?? [], footer),
    );
    for (const s of input.config.sections) {
      feeds.push(
        feed(
          ctx.routes.section(lang, s.id),
          `${ctx.sectionTitle(s.id, lang)} – ${siteTitle}`,
          bySection.get(sectionKey(lang, s.id)) ?? [],
          FEED_SIZE,
        ),
      );
    }
    for (const t of sortedTags) {
      if (!t.byLang.has(lang)) continue;
      const pages = tagPages(ctx, lang, t, footer);
      listPages.push(...pages);
      if (isThinTag(ctx, t, lang)) for (const p of pages) thin.add(p.path);
      feeds.push(
        feed(
          ctx.routes.tag(lang, t.slug),
          `${t.labelIn(lang)} – ${siteTitle}`,
          t.byLang.get(lang)!,
          TAXONOMY_FEED_SIZE,
        ),
      );
    }
    for (const au of sortedAuthors) {
      if (!au.byLang.has(lang)) continue;
      listPages.push(...authorPages(ctx, lang, au, footer));
      feeds.push(
        feed(
          ctx.routes.author(lang, au.id),
          `${localText(au.name, lang, ctx.defaultLang)} – ${siteTitle}`,
          au.byLang.get(lang)!,
          TAXONOMY_FEED_SIZE,
        ),
      );
    }
    listPages.push(...archivePages(ctx, lang, byMonth.get(lang)!, hasMonth, footer));
    tagIndexPages.push(tagIndexPage(ctx, lang, sortedTags, footer, PAGE_TITLES[lang].tags));
    urls.set(lang, []);
  }
  const plainPages = input.pages.map((p) => plainPageView(ctx, p, input.pages, footerLinks));
  const notFoundPages = input.config.languages.map((lang) =>
    notFoundView(ctx, lang, footerLinks.get(lang)!),
  );

  for (const v of [...listPages, ...tagIndexPages, ...plainPages]) {
    if (thin.has(v.path)) continue;
    urls.get(v.chrome.lang)?.push({ loc: v.chrome.canonical, alternates: v.chrome.alternates });
  }
  articlePages.forEach((v, i) => {
    urls.get(v.chrome.lang)?.push({
      loc: v.chrome.canonical,
      lastmod: lastModified(shown[i]!),
      alternates: v.chrome.alternates,
    });
  });
  const maps = sitemaps(ctx, urls);

  const site: SiteData = {
    articlePages,
    listPages,
    tagIndexPages,
    plainPages,
    notFoundPages,
    feeds,
    sitemaps: maps.files,
    sitemapIndex: maps.index,
    newsSitemaps: newsSitemaps(ctx, shown),
    redirectPages: [],
    textFiles: [{ path: ctx.routes.robots(), body: robotsTxt(ctx) }],
    media: mediaOf(shown, input.pages),
  };
  let redirects: RedirectPlan | undefined;
  if (input.redirectsLock && !input.preview) {
    const live = new Set([
      ...articlePages.map((p) => p.path),
      ...listPages.map((p) => p.path),
      ...plainPages.map((p) => p.path),
      ...tagIndexPages.map((p) => p.path),
    ]);
    redirects = planRedirects(
      ctx,
      input.redirectsLock,
      input.articles,
      (a) => articleStatus(a, input.now),
      live,
    );
    site.redirectPages = redirects.pages;
    site.textFiles.push(...redirects.textFiles);
  }
  const errors = [
    ...(redirects?.errors ?? []),
    ...translations.errors,
    ...tags.errors,
    ...authors.errors,
    ...findPathCollisions(site, ctx.displayPath),
  ];
  const next = nextStatusChange(input.articles, input.now);
  return {
    site,
    errors,
    counts,
    shown,
    ...(next ? { nextPublish: next.iso } : {}),
    ...(redirects
      ? { redirects: { lock: redirects.lock, changed: redirects.changed, stale: redirects.stale } }
      : {}),
  };
}

/** The latest change of an article as ISO text (sitemap `lastmod`); see `last-modified.ts`. */
export function lastModified(a: Article): string {
  return latestChange(a).iso;
}

function plainPageView(
  ctx: SiteContext,
  p: PlainPage,
  all: readonly PlainPage[],
  footerLinks: Map<Lang, Link[]>,
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
    bodyHtml: p.bodyHtml,
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

function notFoundView(ctx: SiteContext, lang: Lang, footerLinks: Link[]): NotFoundView {
  const path = ctx.routes.notFound(lang);
  return {
    path,
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: PAGE_TITLES[lang].notFound,
      footerLinks,
      noindex: true,
    }),
  };
}

function mediaOf(articles: readonly Article[], pages: readonly PlainPage[]): MediaAsset[] {
  const byPath = new Map<string, MediaAsset>();
  for (const a of articles) {
    if (a.image) byPath.set(a.image.media.path, a.image.media);
    for (const m of a.media) byPath.set(m.path, m);
  }
  for (const p of pages) for (const m of p.media) byPath.set(m.path, m);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A text file written as is (robots.txt). */
export interface TextFileView {
  path: string;
  body: string;
}

/** Everything the render stage writes, grouped by route kind. Immutable once built. */
export interface SiteData {
  articlePages: ArticleView[];
  listPages: ListView[];
  tagIndexPages: TagIndexView[];
  plainPages: PlainPageView[];
  notFoundPages: NotFoundView[];
  feeds: FeedView[];
  sitemaps: SitemapView[];
  sitemapIndex: SitemapIndexView;
  /** `/news-sitemap.xml` and, over 1,000 URLs, the files it indexes. */
  newsSitemaps: NewsSitemapView[];
  /** Meta-refresh pages at old article URLs (only with a redirects.lock). */
  redirectPages: RedirectPageView[];
  textFiles: TextFileView[];
  /** Media to copy into the output (only what published pages reference). */
  media: MediaAsset[];
}
