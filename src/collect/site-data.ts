// The collect stage's composition root: from parsed articles to one immutable SiteData (pure).
import type {
  Article,
  ContentError,
  Lang,
  Link,
  ListView,
  MediaAsset,
  NotFoundView,
  PlainPage,
  PlainPageView,
  SiteData,
  SitemapUrl,
} from "../types.ts";
import { articleView, sectionKey, type ArticleLinks } from "./articles.ts";
import { collectAuthors } from "./authors.ts";
import { articlePath } from "./cards.ts";
import { makeChrome } from "./chrome.ts";
import { makeContext, type CollectOptions, type SiteContext } from "./context.ts";
import { siteFeed } from "./feed-model.ts";
import { PAGE_TITLES } from "./labels.ts";
import { authorPages, homePages, sectionPages, tagIndexPage, tagPages } from "./lists.ts";
import { findPathCollisions } from "./path-collisions.ts";
import { robotsTxt } from "./robots.ts";
import { sitemaps } from "./sitemap-model.ts";
import { articleStatus, byNewest } from "./status.ts";
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
  const tags = collectTags(shown, input.config, input.deps, ctx.displayPath);
  const authors = collectAuthors(shown, input.authors, input.config, input.deps, ctx.displayPath);
  const bySection = new Map<string, Article[]>();
  const byLang = new Map<Lang, Article[]>(input.config.languages.map((l) => [l, []]));
  for (const a of shown) {
    const key = sectionKey(a.lang, a.section);
    const list = bySection.get(key);
    if (list) list.push(a);
    else bySection.set(key, [a]);
    byLang.get(a.lang)?.push(a);
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
  for (const lang of input.config.languages) {
    const footer = footerLinks.get(lang)!;
    const articles = byLang.get(lang)!;
    listPages.push(...homePages(ctx, lang, articles, footer));
    listPages.push(
      ...sectionPages(ctx, lang, (id) => bySection.get(sectionKey(lang, id)) ?? [], footer),
    );
    for (const t of sortedTags)
      if (t.byLang.has(lang)) listPages.push(...tagPages(ctx, lang, t, footer));
    for (const au of sortedAuthors)
      if (au.byLang.has(lang)) listPages.push(...authorPages(ctx, lang, au, footer));
    tagIndexPages.push(tagIndexPage(ctx, lang, sortedTags, footer, PAGE_TITLES[lang].tags));
    feeds.push(siteFeed(ctx, lang, articles, tags, authors));
    urls.set(lang, []);
  }
  const plainPages = input.pages.map((p) => plainPageView(ctx, p, input.pages, footerLinks));
  const notFoundPages = input.config.languages.map((lang) =>
    notFoundView(ctx, lang, footerLinks.get(lang)!),
  );

  for (const v of [...listPages, ...tagIndexPages, ...plainPages]) {
    urls.get(v.chrome.lang)?.push({ loc: v.chrome.canonical });
  }
  for (const a of shown) {
    urls.get(a.lang)?.push({ loc: ctx.absOf(articlePath(ctx, a)), lastmod: lastModified(a) });
  }
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
    textFiles: [{ path: ctx.routes.robots(), body: robotsTxt(ctx) }],
    media: mediaOf(shown, input.pages),
  };
  const errors = [
    ...translations.errors,
    ...tags.errors,
    ...authors.errors,
    ...findPathCollisions(site, ctx.displayPath),
  ];
  return { site, errors, counts, shown };
}

/** The latest change of an article: its `updated` time or its latest correction, else its date. */
export function lastModified(a: Article): string {
  let best = a.updated ?? a.date;
  for (const c of a.corrections) if (c.at.ms > best.ms) best = c.at;
  return best.iso;
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
