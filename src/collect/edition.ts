// One edition's list pages and feeds: home, sections, tags, authors, archives and the tag index.
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import type { AuthorInfo, CollectedAuthors } from "./authors.ts";
import type { SiteContext } from "./context.ts";
import { FEED_SIZE, TAXONOMY_FEED_SIZE, feedOf, type FeedView } from "./feed-model.ts";
import { sectionKey, type ArticleGroups } from "./groups.ts";
import { STRINGS } from "../strings.ts";
import type { Link } from "./link.ts";
import { archivePages } from "./archives.ts";
import {
  authorPages,
  homePages,
  isThinTag,
  sectionPages,
  tagIndexPage,
  tagPages,
  type ListView,
  type TagIndexView,
} from "./lists.ts";
import { localText } from "./local-text.ts";
import type { CollectedTags, TagInfo } from "./tags.ts";

/** Everything an edition's lists read, shared by all editions. */
export interface EditionInput {
  groups: ArticleGroups;
  tags: CollectedTags;
  authors: CollectedAuthors;
  /** Tags and authors sorted by slug and id, for a stable page order. */
  sortedTags: TagInfo[];
  sortedAuthors: AuthorInfo[];
  footer: Link[];
}

/** An edition's list pages, feeds and tag index, and the paths of thin tag pages (not in sitemaps). */
export interface EditionPages {
  listPages: ListView[];
  feeds: FeedView[];
  tagIndex: TagIndexView;
  thin: Set<string>;
}

/** Builds every list page and feed of edition `lang`. */
export function editionPages(ctx: SiteContext, lang: Lang, input: EditionInput): EditionPages {
  const { groups, footer } = input;
  const articles = groups.byLang.get(lang) ?? [];
  const siteTitle = ctx.text(ctx.config.title, lang);
  const inSection = (id: string): Article[] => groups.bySection.get(sectionKey(lang, id)) ?? [];
  const feed = (
    listPath: string,
    title: string,
    list: readonly Article[],
    size: number,
    emptyUpdated?: string,
  ) =>
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
        ...(emptyUpdated !== undefined && { emptyUpdated }),
      },
      input.tags,
      input.authors,
    );
  const out = {
    listPages: [] as ListView[],
    feeds: [] as FeedView[],
    thin: new Set<string>(),
  };
  out.listPages.push(...homePages(ctx, lang, articles, footer));
  const home = feed(ctx.routes.home(lang), siteTitle, articles, FEED_SIZE);
  out.feeds.push(home);
  out.listPages.push(...sectionPages(ctx, lang, inSection, footer));
  for (const s of ctx.config.sections) {
    const title = `${ctx.sectionTitle(s.id, lang)} – ${siteTitle}`;
    // An empty section's feed is dated by its edition's newest change, not by the clock.
    const path = ctx.routes.section(lang, s.id);
    out.feeds.push(feed(path, title, inSection(s.id), FEED_SIZE, home.updated));
  }
  for (const t of input.sortedTags) {
    const list = t.byLang.get(lang);
    if (!list) continue;
    const pages = tagPages(ctx, lang, t, footer);
    out.listPages.push(...pages);
    if (isThinTag(ctx, t, lang)) for (const p of pages) out.thin.add(p.path);
    const title = `${t.labelIn(lang)} – ${siteTitle}`;
    out.feeds.push(feed(ctx.routes.tag(lang, t.slug), title, list, TAXONOMY_FEED_SIZE));
  }
  for (const au of input.sortedAuthors) {
    const list = au.byLang.get(lang);
    if (!list) continue;
    out.listPages.push(...authorPages(ctx, lang, au, footer));
    const title = `${localText(au.name, lang, ctx.defaultLang)} – ${siteTitle}`;
    out.feeds.push(feed(ctx.routes.author(lang, au.id), title, list, TAXONOMY_FEED_SIZE));
  }
  const months = groups.byMonth.get(lang) ?? new Map<string, Article[]>();
  const hasMonth = (l: Lang, ym: string): boolean => groups.byMonth.get(l)?.has(ym) ?? false;
  out.listPages.push(...archivePages(ctx, lang, months, hasMonth, footer));
  const tagIndex = tagIndexPage(ctx, lang, input.sortedTags, footer, STRINGS[lang].allTags);
  return { ...out, tagIndex };
}
