// The collect stage's composition root: from compiled articles to one immutable SiteData (pure).
import type { Article, PlainPage } from "../content/article.ts";
import type { ContentError } from "../content/errors.ts";
import type { Stamp } from "../content/values.ts";
import { DEFAULT_FEATURED_HOURS } from "./front.ts";
import type { Lang } from "../routes.ts";
import { articlePage } from "./article-page.ts";
import { collectAuthors } from "./authors.ts";
import { nextClockChange } from "./clock-change.ts";
import { makeContext, type CollectOptions, type SiteContext } from "./context.ts";
import { editionPages, type EditionPages } from "./edition.ts";
import { groupArticles, type ArticleGroups } from "./groups.ts";
import { portraitsOf, publishedRenditions, smallHeroWarnings } from "./images.ts";
import { STRINGS } from "../strings.ts";
import type { Link } from "./link.ts";
import { newsSitemaps } from "./news-sitemap-model.ts";
import { findPathCollisions } from "./path-collisions.ts";
import { notFoundView, plainPageView } from "./plain-pages.ts";
import { planRedirects, type RedirectPlan } from "./redirects.ts";
import { memoRelated } from "./related-memo.ts";
import { robotsTxt } from "./robots.ts";
import { toCard } from "./cards.ts";
import { searchView } from "./search.ts";
import type { SiteData } from "./site.ts";
import { sitemapUrls, sitemaps } from "./sitemap-model.ts";
import { nextStatusChange } from "./status.ts";
import { collectTags, type CollectedTags } from "./tags.ts";
import { tagVariants } from "./tag-variants.ts";
import { collectTranslations } from "./translations.ts";

/** Everything collect needs. */
export interface CollectInput extends CollectOptions {
  articles: readonly Article[];
  pages: readonly PlainPage[];
  /**
   * False when earlier stages dropped articles with errors: collect still reports its own problems
   * over the rest, but plans no redirects (a missing article would look deleted).
   */
  complete?: boolean;
}

/** What collect returns: the site, the problems it found, and the counts for the summary. */
export interface CollectResult {
  site: SiteData;
  errors: ContentError[];
  counts: ArticleGroups["counts"];
  /** The articles that get a page, newest first. */
  shown: Article[];
  /** The earliest instant after `--now` when an embargo lifts or an article expires. */
  nextPublish?: string;
  /** The build clock, and the first instant after it at which the same content builds to other bytes (epoch ms). */
  clock: { from: number; until: number };
  /** With a redirects.lock: the updated lock and whether it changed (the build writes it). */
  redirects?: Pick<RedirectPlan, "lock" | "changed" | "stale" | "gone">;
}

/** Headlines the 404 page offers. */
const NOT_FOUND_HEADLINES = 6;

/** Builds the whole site model in linear passes over the articles (no Eleventy collections). */
export function collectSite(input: CollectInput): CollectResult {
  const ctx = makeContext(input);
  const groups = groupArticles(input.articles, input.config.languages, input.preview);
  const { shown } = groups;
  const translations = collectTranslations(shown);
  const tags = collectTags(shown, input.config, input.deps, input.tagRegistry);
  const authors = collectAuthors(shown, input.authors, input.config, input.deps);
  const footerLinks = footerLinksOf(ctx, input.pages);
  const related = relatedOf(ctx, groups, tags);
  input.afterRelated?.();
  const links = {
    ...groups,
    tags,
    authors,
    translations: translations.byKey,
    footerLinks,
    related,
  };
  const articlePages = shown.map((a) => articlePage(ctx, a, links));
  const editions = input.config.languages.map((lang) =>
    editionPages(ctx, lang, {
      groups,
      tags,
      authors,
      sortedTags: [...tags.byKey.values()].sort((a, b) => cmp(a.slug, b.slug)),
      sortedAuthors: [...authors.byId.values()].sort((a, b) => cmp(a.id, b.id)),
      footer: footerLinks.get(lang)!,
    }),
  );
  const listPages = editions.flatMap((e) => e.listPages);
  const tagIndexPages = editions.map((e) => e.tagIndex);
  const plainPages = input.pages.map((p) => plainPageView(ctx, p, input.pages, footerLinks));
  const thin = new Set(editions.flatMap((e: EditionPages) => [...e.thin]));
  const urls = sitemapUrls(
    ctx,
    [...listPages, ...tagIndexPages, ...plainPages],
    thin,
    articlePages,
  );
  const maps = sitemaps(ctx, urls);
  const site: SiteData = {
    articlePages,
    listPages,
    tagIndexPages,
    plainPages,
    notFoundPages: input.config.languages.map((l) => ({
      ...notFoundView(ctx, l, footerLinks.get(l)!),
      latest: (groups.byLang.get(l) ?? []).slice(0, NOT_FOUND_HEADLINES).map((a) => toCard(ctx, a)),
    })),
    searchPages: input.config.languages.map((l) =>
      searchView(ctx, l, groups.byLang.get(l) ?? [], footerLinks.get(l)!),
    ),
    feeds: editions.flatMap((e) => e.feeds),
    sitemaps: maps.files,
    sitemapIndex: [maps.index],
    newsSitemaps: newsSitemaps(ctx, shown),
    redirectPages: [],
    textFiles: [{ path: ctx.routes.robots(), body: robotsTxt(ctx) }],
    media: publishedRenditions(shown, input.pages, portraitsOf(authors.byId.values())),
  };
  const redirects = planSiteRedirects(ctx, input, site);
  const next = earliest(nextStatusChange(input.articles, input.now), featureEnd(ctx, shown));
  return {
    site,
    errors: [
      ...(redirects?.errors ?? []),
      ...translations.errors,
      ...tags.errors,
      ...tagVariants(tags, input.tagRegistry ?? [], input.deps),
      ...authors.errors,
      ...smallHeroWarnings(shown),
      ...findPathCollisions(site, ctx.displayPath),
    ],
    counts: groups.counts,
    shown,
    ...(next ? { nextPublish: next.iso } : {}),
    clock: { from: ctx.now.ms, until: nextClockChange(ctx, shown, site, next) },
    ...(redirects ? { redirects: lockState(redirects) } : {}),
  };
}

/** Related articles of every shown article, within its edition. */
function relatedOf(
  ctx: SiteContext,
  groups: ArticleGroups,
  tags: CollectedTags,
): Map<Article, Article[]> {
  const related = new Map<Article, Article[]>();
  for (const lang of ctx.config.languages) {
    const perLang = memoRelated(
      groups.byLang.get(lang)!,
      [...tags.byKey.values()].map((t) => t.byLang.get(lang) ?? []),
      ctx.relatedMemo,
    );
    for (const [a, r] of perLang) related.set(a, r);
  }
  return related;
}

/** Each edition's footer links: all tags, then its plain pages. */
function footerLinksOf(ctx: SiteContext, pages: readonly PlainPage[]): Map<Lang, Link[]> {
  return new Map(
    ctx.config.languages.map((l) => [
      l,
      [
        { href: ctx.hrefOf(ctx.routes.tagIndex(l)), label: STRINGS[l].allTags },
        ...pages
          .filter((p) => p.lang === l)
          .map((p) => ({ href: ctx.hrefOf(ctx.routes.page(l, p.slug)), label: p.title })),
      ],
    ]),
  );
}

/** What the build needs of the redirect plan: the lock to write, whether it changed, gone URLs. */
function lockState(r: RedirectPlan): NonNullable<CollectResult["redirects"]> {
  return { lock: r.lock, changed: r.changed, stale: r.stale, gone: r.gone };
}

/** With a redirects.lock (and every article parsed, not in preview): redirect pages and lock changes. */
function planSiteRedirects(
  ctx: SiteContext,
  input: CollectInput,
  site: SiteData,
): RedirectPlan | undefined {
  if (!input.redirectsLock || input.preview || input.complete === false) return undefined;
  const live = new Set(
    [site.articlePages, site.listPages, site.plainPages, site.tagIndexPages].flatMap((list) =>
      list.map((p) => p.path),
    ),
  );
  const redirects = planRedirects(ctx, input.redirectsLock, input.articles, live);
  site.redirectPages = redirects.pages;
  site.textFiles.push(...redirects.textFiles);
  return redirects;
}

/** The earliest instant after `--now` when a featured article steps down (the home page changes). */
function featureEnd(ctx: SiteContext, shown: readonly Article[]): Stamp | undefined {
  const hours = ctx.config.featuredHours ?? DEFAULT_FEATURED_HOURS;
  let best: Stamp | undefined;
  for (const a of shown) {
    if (!a.featured) continue;
    const end = a.featuredUntil ?? {
      ...a.date,
      ms: a.date.ms + hours * 3_600_000,
      iso: new Date(a.date.ms + hours * 3_600_000).toISOString(),
    };
    if (end.ms > ctx.now.ms && (!best || end.ms < best.ms)) best = end;
  }
  return best;
}

/** The earlier of two optional instants. */
function earliest(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  return !a ? b : !b ? a : a.ms <= b.ms ? a : b;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
