// Builds the feeds of each list in each edition (site, section, tag, author): one model rendered as
// Atom and as JSON Feed 1.1, with absolute links and offset dates. Site and section feeds carry
// full content; the many tag and author feeds carry a summary and a link, so what one article adds
// to the output grows with its tags and authors, never with their square.
import type { Article } from "../content/article.ts";
import type { Body } from "../content/body.ts";
import type { Lang } from "../routes.ts";
import { bylineOf, type CollectedAuthors } from "./authors.ts";
import { summaryOf } from "./cards.ts";
import type { SiteContext } from "./context.ts";
import { lastModified } from "./last-modified.ts";
import { localText } from "./local-text.ts";
import { sharedView } from "./shared-views.ts";
import type { CollectedTags } from "./tags.ts";

/** How many entries the site and section feeds carry. */
export const FEED_SIZE = 20;
/** How many entries a tag or author feed carries (many such feeds; brief entries in each). */
export const TAXONOMY_FEED_SIZE = 10;
/** Most categories and most authors a brief (tag or author feed) entry names. */
export const BRIEF_NAMES = 5;

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
  /**
   * Brief entries (a summary and a link, at most `BRIEF_NAMES` categories and authors): tag and
   * author feeds. Default: a feed of `TAXONOMY_FEED_SIZE` entries is brief.
   */
  brief?: boolean;
  /**
   * The `updated` of the feed while its list is empty (a section feed: its edition's): a stable
   * instant, so an empty feed is not rewritten by every build. Default: the build clock.
   */
  emptyUpdated?: string;
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
  const brief = spec.brief ?? spec.size === TAXONOMY_FEED_SIZE;
  const cap = <T>(list: T[]): T[] => (brief ? list.slice(0, BRIEF_NAMES) : list);
  const entries = shown.map((a) => ({
    id: a.url,
    title: a.title,
    href: a.url,
    published: a.date.iso,
    updated: lastModified(a).iso,
    summary: summaryOf(a),
    content: brief ? briefHtml(a) : a.body,
    authors: cap(bylineOf(authors, a)).map((info) => ({
      name: localText(info.name, lang, ctx.defaultLang),
      uri: ctx.absOf(ctx.routes.author(lang, info.id)),
    })),
    categories: cap([...new Set(a.tags.flatMap((t) => tags.infoOf(t)?.labelIn(lang) ?? []))]),
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
    updated: newest?.iso ?? spec.emptyUpdated ?? ctx.now.iso,
    size: spec.size,
    // One view makes both the Atom and the JSON feed: its entries are hashed once for the two.
    entries: sharedView(entries),
  };
}

/** An entry's HTML as the Atom and JSON feeds write it: the brief as made, or the body read now. */
export function entryHtml(e: FeedEntry): string {
  return typeof e.content === "string" ? e.content : e.content.html();
}

/** A brief entry's HTML: the summary, then a link to the article under its title (all escaped). */
function briefHtml(a: Article): string {
  return `<p>${escapeHtml(summaryOf(a))}</p>\n<p><a href="${escapeHtml(a.url)}">${escapeHtml(a.title)}</a></p>`;
}

// Note: hexadecimal references only: the Atom writer (xmlbuilder2) passes `&lt;` and `&#60;` through
// unescaped as if they were XML entities, so a reader would decode them into markup.
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** One Atom entry. */
export interface FeedEntry {
  id: string;
  title: string;
  href: string;
  published: string;
  updated: string;
  summary: string;
  /** The entry's HTML: the whole body, read when the feed renders (site and section feeds), or a
   * brief of summary and link (taxonomy feeds). */
  content: Body | string;
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
