// Builds the feeds of each list in each edition (site, section, tag, author): one model rendered as
// Atom and as JSON Feed 1.1, with absolute links and offset dates.
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import { bylineOf, type CollectedAuthors } from "./authors.ts";
import { summaryOf } from "./cards.ts";
import type { SiteContext } from "./context.ts";
import { lastModified } from "./last-modified.ts";
import { localText } from "./local-text.ts";
import type { CollectedTags } from "./tags.ts";

/** How many entries the site and section feeds carry. */
export const FEED_SIZE = 20;
/** How many entries a tag or author feed carries (many such feeds; full content in each). */
export const TAXONOMY_FEED_SIZE = 10;

/** What varies between feeds. */
export interface FeedSpec {
  lang: Lang;
  /** Page 1 of the list the feed mirrors (`/`, `/news/`, `/tags/x/`). */
  listPath: string;
  atomPath: string;
  jsonPath: string;
  /** The feed title (site title, or "list – site"). */
  title: string;
  articles: readonly Article[];
  size: number;
}

/** The feed of one list in one edition. */
export function feedOf(
  ctx: SiteContext,
  spec: FeedSpec,
  tags: CollectedTags,
  authors: CollectedAuthors,
): FeedView {
  const { lang } = spec;
  const shown = spec.articles.slice(0, spec.size);
  const entries = shown.map((a) => ({
    id: a.url,
    title: a.title,
    href: a.url,
    published: a.date.iso,
    updated: lastModified(a).iso,
    summary: summaryOf(a),
    contentHtml: a.bodyHtml,
    authors: bylineOf(authors, a).map((info) => ({
      name: localText(info.name, lang, ctx.defaultLang),
      uri: ctx.absOf(ctx.routes.author(lang, info.id)),
    })),
    categories: [...new Set(a.tags.flatMap((t) => tags.infoOf(t)?.labelIn(lang) ?? []))],
  }));
  let newest: { iso: string; ms: number } | undefined;
  for (const a of spec.articles) {
    const m = lastModified(a);
    if (!newest || m.ms > newest.ms) newest = m;
  }
  return {
    path: spec.atomPath,
    jsonPath: spec.jsonPath,
    lang,
    title: spec.title,
    subtitle: ctx.text(ctx.config.description, lang),
    id: ctx.absOf(spec.atomPath),
    selfHref: ctx.absOf(spec.atomPath),
    jsonHref: ctx.absOf(spec.jsonPath),
    alternateHref: ctx.absOf(spec.listPath),
    updated: newest?.iso ?? ctx.now.iso,
    size: spec.size,
    entries,
  };
}

/** One Atom entry. */
export interface FeedEntry {
  id: string;
  title: string;
  href: string;
  published: string;
  updated: string;
  summary: string;
  contentHtml: string;
  authors: { name: string; uri?: string }[];
  categories: string[];
}

/** A feed of one list (site, section, tag, author) in one language: Atom at `path`, JSON Feed at `jsonPath`. */
export interface FeedView {
  path: string;
  /** The most entries it carries: the newest `size` articles of its list. */
  size: number;
  /** Site path of the JSON Feed 1.1 twin. */
  jsonPath: string;
  lang: Lang;
  title: string;
  subtitle: string;
  id: string;
  selfHref: string;
  alternateHref: string;
  updated: string;
  entries: FeedEntry[];
  /** Absolute URL of the JSON Feed. */
  jsonHref: string;
}
