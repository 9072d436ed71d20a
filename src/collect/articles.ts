// Builds the article pages: breadcrumbs, byline, tags, prev/next in section, translations, related
// articles, reading time, Open Graph and JSON-LD.
import type { ImageView } from "./cards.ts";
import type { PageBase } from "./chrome.ts";
import type { Link } from "./link.ts";
import type { Article } from "../content/article.ts";
import type { Body } from "../content/body.ts";
import type { Correction, Stamp } from "../content/values.ts";
import { articleInputs, type ArticleInputs, type ArticleLinks } from "./article-inputs.ts";
import type { ArticleRail } from "./article-rail.ts";
import { commentsEmbed, type CommentsEmbed } from "./comments-embed.ts";
import { shareOf, type ShareView } from "./share.ts";
import { imageView, summaryOf } from "./cards.ts";
import { ogCrop, structuredDataCrops } from "./images.ts";
import { makeChrome, type PageChrome } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import { breadcrumbJsonLd, newsArticleJsonLd } from "./json-ld.ts";
import { STRINGS } from "../strings.ts";
import { lastModified } from "./last-modified.ts";
import { DEFAULT_READING_SPEED, readingMinutes } from "./reading-time.ts";

/** Open Graph allows any number of `article:tag`; we write at most this many. */
export const MAX_OG_TAGS = 6;

/** The page view of one article. */
export function articleView(ctx: SiteContext, a: Article, links: ArticleLinks): ArticleView {
  return articleViewOf(ctx, articleInputs(ctx, a, links));
}

/** The page view of one article from its inputs alone (`article-inputs.ts`: its page key hashes them). */
export function articleViewOf(ctx: SiteContext, inputs: ArticleInputs): ArticleView {
  const { article: a, tags } = inputs;
  const lang = a.lang;
  const facts = articleFacts(ctx, inputs);
  const breadcrumbs: Link[] = [
    { href: ctx.hrefOf(ctx.routes.home(lang)), label: STRINGS[lang].home },
    facts.section,
    { href: a.href, label: a.title, current: true },
  ];
  const modified = facts.lastModified;
  return {
    path: a.path,
    source: a.source,
    chrome: articleChrome(ctx, inputs, { breadcrumbs, modified }),
    breadcrumbs,
    title: a.title,
    summary: a.summary,
    date: a.date,
    updated: a.updated,
    authors: facts.authors,
    listedIn: facts.listedIn,
    feed: facts.feed,
    lastModified: modified,
    image: a.image ? imageView(ctx, a.image) : undefined,
    body: a.body,
    tags,
    prev: inputs.prev,
    next: inputs.next,
    related: inputs.related,
    rail: inputs.rail,
    share: shareOf(a.url, a.title, lang),
    ...(ctx.config.comments ? { comments: commentsEmbed(ctx.config.comments, a.url, lang) } : {}),
    readingMinutes:
      a.textStats?.readingMinutes ??
      readingMinutes(
        `${a.title}\n${a.body.text()}`,
        ctx.config.readingSpeed ?? DEFAULT_READING_SPEED,
      ),
    corrections: a.corrections,
    commentsNotice: ctx.text(ctx.config.commentsNotice, lang),
    draft: a.draft,
    pending: a.status === "pending",
    ...(a.status === "pending" ? { liveAt: liveAt(a) } : {}),
  };
}

/** What an article page shows that the site model's record of it keeps too (`article-page.ts`). */
export interface ArticleFacts {
  /** Its section, linked. */
  section: Link;
  /** Its byline, each author linked to their page. */
  authors: Link[];
  listedIn: ArticleView["listedIn"];
  feed: string;
  lastModified: string;
}

/** The facts of an article page, from its inputs: the view and the record both take them from here. */
export function articleFacts(ctx: SiteContext, inputs: ArticleInputs): ArticleFacts {
  const a = inputs.article;
  const section = {
    href: ctx.hrefOf(ctx.routes.section(a.lang, a.section)),
    label: ctx.sectionTitle(a.section, a.lang),
  };
  const authors = inputs.authors.map((p) => ({ href: ctx.hrefOf(p.path), label: p.label }));
  return {
    section,
    authors,
    // The lists a published article must be linked from: its edition's home, section, tags, authors.
    listedIn: [
      { kind: "home", href: ctx.hrefOf(ctx.routes.home(a.lang)) },
      { kind: "section", href: section.href },
      ...inputs.tags.map((t) => ({ kind: "tag", href: t.href })),
      ...authors.map((l) => ({ kind: "author", href: l.href })),
    ],
    feed: ctx.routes.listFeed(ctx.routes.home(a.lang), "atom"),
    lastModified: lastModified(a).iso,
  };
}

/** When an article's embargo lifts: the later of its date and its `publishAt`. */
function liveAt(a: Article): Stamp {
  return a.publishAt && a.publishAt.ms > a.date.ms ? a.publishAt : a.date;
}

/** What an article's frame is made of besides its inputs. */
interface ChromeParts {
  breadcrumbs: Link[];
  /** The latest change, ISO. */
  modified: string;
}

/** An article page's frame: translations, Open Graph, and NewsArticle + BreadcrumbList JSON-LD. */
function articleChrome(ctx: SiteContext, inputs: ArticleInputs, p: ChromeParts): PageChrome {
  const { article: a, tags } = inputs;
  const sectionTitle = ctx.sectionTitle(a.section, a.lang);
  const description = summaryOf(a);
  const image = a.image && !a.image.decorative ? a.image : undefined;
  const og = image ? ogCrop(image) : undefined;
  return makeChrome(ctx, {
    lang: a.lang,
    path: a.path,
    title: a.title,
    description,
    translations: inputs.translations,
    section: a.section,
    year: Number(a.date.ymd.slice(0, 4)),
    footerLinks: inputs.footer,
    social: {
      type: "article",
      title: a.title,
      image:
        image && og
          ? { url: ctx.absOf(og.path), alt: image.alt, width: og.width, height: og.height }
          : undefined,
      publishedTime: a.date.iso,
      modifiedTime: p.modified,
      section: sectionTitle,
      tags: tags.slice(0, MAX_OG_TAGS).map((t) => t.label),
    },
    structuredData: [
      newsArticleJsonLd(ctx, a, {
        canonical: a.url,
        description,
        authors: inputs.authors.map((x) => ({ name: x.label, url: ctx.absOf(x.path) })),
        images: image ? structuredDataCrops(image).map((r) => ctx.absOf(r.path)) : [],
        dateModified: p.modified,
        section: sectionTitle,
        keywords: tags.map((t) => t.label),
      }),
      breadcrumbJsonLd(ctx, p.breadcrumbs),
    ],
  });
}

/** The article page. */
export interface ArticleView extends PageBase {
  source: string;
  /** The list pages a published article must be linked from (any page of each), for verify. */
  listedIn: { kind: string; href: string }[];
  /** Site path of its edition's Atom feed, which carries it while it is among the newest. */
  feed: string;
  /** The latest change (updated, or the newest correction), ISO with offset: the sitemap's lastmod. */
  lastModified: string;
  breadcrumbs: Link[];
  title: string;
  summary?: string;
  date: Stamp;
  updated?: Stamp;
  authors: Link[];
  image?: ImageView;
  /** The rendered body, read when the page renders (its digest stands in for it in the page hash). */
  body: Body;
  tags: Link[];
  prev?: Link;
  next?: Link;
  /** 3–5 related articles of the same edition. */
  related: Link[];
  /** The side rail: related articles as cards (not prev/next) and earlier stories of the section. */
  rail: ArticleRail;
  /** Share links and the QR code of the article's URL. */
  share: ShareView;
  /** The comments provider, loaded on the reader's click; absent: the notice only. */
  comments?: CommentsEmbed;
  /** Estimated reading time in whole minutes. */
  readingMinutes: number;
  corrections: Correction[];
  commentsNotice: string;
  draft: boolean;
  pending: boolean;
  /** When a pending article goes live (the later of `date` and `publishAt`): its preview banner. */
  liveAt?: Stamp;
}
