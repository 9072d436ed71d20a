// Builds the paginated list pages: home, sections, tags, authors; and the all-tags page.
// (Date archives: archives.ts.)
import type { ArticleCard } from "./cards.ts";
import type { PageBase, PageChrome } from "./chrome.ts";
import type { Link } from "./link.ts";
import type { Pager } from "./paginate.ts";
import type { Article } from "../content/article.ts";
import type { Lang } from "../routes.ts";
import type { AuthorInfo } from "./authors.ts";
import { toCard } from "./cards.ts";
import { personView, type PersonView } from "./person.ts";
import { makeChrome } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import { localText } from "./local-text.ts";
import { homeFront, leadOf, sectionFront, type FrontView } from "./front.ts";
import { makePager, paginate } from "./paginate.ts";
import type { TagInfo } from "./tags.ts";

/** What varies between the kinds of list page. */
interface ListSpec {
  kind: ListView["kind"];
  lang: Lang;
  heading: string;
  intro?: string;
  articles: readonly Article[];
  pathOf(page: number): string;
  /** The same list in other languages, when it exists there. */
  translations: Partial<Record<Lang, (page: number) => string>>;
  section?: string;
  footerLinks: Link[];
  /** The `<title>` text when it differs from the heading ("" = the site title alone). */
  title?: string;
  /** This list's own feeds (section, tag, author). */
  feeds?: PageChrome["feeds"];
  /** Robots meta for every page of the list (thin tags: `noindex,follow`). */
  robots?: string;
  /** Sub-lists shown on page 1 (a year archive's months). */
  links?: Link[];
}

/** The Atom and JSON feed links of a list whose page 1 is at `listPath`. */
export function listFeedLinks(
  ctx: SiteContext,
  listPath: string,
  title: string,
): PageChrome["feeds"] {
  return [
    { href: ctx.hrefOf(ctx.routes.listFeed(listPath, "atom")), title, type: "atom" },
    { href: ctx.hrefOf(ctx.routes.listFeed(listPath, "json")), title, type: "json" },
  ];
}

/** All pages of one paginated list. */
export function listPages(ctx: SiteContext, spec: ListSpec): ListView[] {
  return paginate(spec.articles, ctx.config.pageSize).map((p) => {
    const path = spec.pathOf(p.n);
    const translations: Partial<Record<Lang, string>> = {};
    for (const [l, f] of Object.entries(spec.translations) as [Lang, (page: number) => string][]) {
      if (p.n === 1) translations[l] = f(1);
    }
    const suffix = p.n > 1 ? ` (${p.n}/${p.total})` : "";
    return {
      path,
      kind: spec.kind,
      heading: spec.heading,
      intro: spec.intro,
      links: p.n === 1 ? spec.links : undefined,
      items: p.items.map((a) => toCard(ctx, a)),
      pager: makePager(p.n, p.total, (n) => ctx.hrefOf(spec.pathOf(n))),
      chrome: makeChrome(ctx, {
        lang: spec.lang,
        path,
        title:
          spec.title === undefined
            ? `${spec.heading}${suffix}`
            : spec.title
              ? `${spec.title}${suffix}`
              : undefined,
        description: spec.intro,
        translations,
        section: spec.section,
        footerLinks: spec.footerLinks,
        feeds: spec.feeds,
        robots: spec.robots,
      }),
    };
  });
}

/**
 * The home pages of one edition: page 1 is the front (lead, secondary leads, latest rail, section
 * fronts: `front.ts`); pages 2… list the rest.
 */
export function homePages(
  ctx: SiteContext,
  lang: Lang,
  articles: readonly Article[],
  footerLinks: Link[],
): ListView[] {
  const lead = leadOf(ctx, articles);
  const rest = articles.filter((a) => a !== lead);
  const others = Object.fromEntries(
    ctx.config.languages
      .filter((l) => l !== lang)
      .map((l) => [l, (n: number) => ctx.routes.home(l, n)]),
  );
  const pages = listPages(ctx, {
    kind: "home",
    lang,
    heading: ctx.text(ctx.config.title, lang),
    intro: ctx.text(ctx.config.description, lang) || undefined,
    articles: rest,
    pathOf: (n) => ctx.routes.home(lang, n),
    translations: others,
    footerLinks,
    title: "",
  });
  const first = pages[0]!;
  first.front = homeFront(ctx, lang, lead, rest, first.items.length);
  first.items = [];
  return pages;
}

/** The section pages of one edition (a section with no articles still gets its page). */
export function sectionPages(
  ctx: SiteContext,
  lang: Lang,
  bySection: (id: string) => readonly Article[],
  footerLinks: Link[],
): ListView[] {
  return ctx.config.sections.flatMap((s) => {
    const pages = sectionList(ctx, lang, s.id, bySection(s.id), footerLinks);
    const first = pages[0]!;
    const onFirst = bySection(s.id).slice(0, first.items.length);
    const { front, rest } = sectionFront(ctx, lang, onFirst);
    first.front = front;
    first.items = rest.map((a) => toCard(ctx, a));
    return pages;
  });
}

/** The plain paginated list of one section. */
function sectionList(
  ctx: SiteContext,
  lang: Lang,
  id: string,
  articles: readonly Article[],
  footerLinks: Link[],
): ListView[] {
  return listPages(ctx, {
    kind: "section",
    lang,
    heading: ctx.sectionTitle(id, lang),
    articles,
    pathOf: (n) => ctx.routes.section(lang, id, n),
    translations: Object.fromEntries(
      ctx.config.languages
        .filter((l) => l !== lang)
        .map((l) => [l, (n: number) => ctx.routes.section(l, id, n)]),
    ),
    section: id,
    footerLinks,
    feeds: listFeedLinks(
      ctx,
      ctx.routes.section(lang, id),
      `${ctx.sectionTitle(id, lang)} – ${ctx.text(ctx.config.title, lang)}`,
    ),
  });
}

/** Whether a tag is too thin to index in one edition (fewer than `minTagArticles`). */
export function isThinTag(ctx: SiteContext, tag: TagInfo, lang: Lang): boolean {
  return (tag.byLang.get(lang)?.length ?? 0) < (ctx.config.minTagArticles ?? 2);
}

/** The pages of one tag in one edition. */
export function tagPages(
  ctx: SiteContext,
  lang: Lang,
  tag: TagInfo,
  footerLinks: Link[],
): ListView[] {
  const label = tag.labelIn(lang);
  const pages = listPages(ctx, {
    kind: "tag",
    lang,
    heading: label,
    intro: localText(tag.description, lang, ctx.defaultLang) || undefined,
    robots: isThinTag(ctx, tag, lang) ? "noindex,follow" : undefined,
    feeds: listFeedLinks(
      ctx,
      ctx.routes.tag(lang, tag.slug),
      `${label} – ${ctx.text(ctx.config.title, lang)}`,
    ),
    articles: tag.byLang.get(lang) ?? [],
    pathOf: (n) => ctx.routes.tag(lang, tag.slug, n),
    translations: Object.fromEntries(
      [...tag.byLang.keys()]
        .filter((l) => l !== lang)
        .map((l) => [l, (n: number) => ctx.routes.tag(l, tag.slug, n)]),
    ),
    footerLinks,
  });
  return pages.map((p) => ({ ...p, count: tag.byLang.get(lang)?.length ?? 0 }));
}

/** The pages of one author in one edition. */
export function authorPages(
  ctx: SiteContext,
  lang: Lang,
  author: AuthorInfo,
  footerLinks: Link[],
): ListView[] {
  const name = localText(author.name, lang, ctx.defaultLang);
  const person = personView(ctx, lang, author, name);
  const pages = listPages(ctx, {
    kind: "author",
    lang,
    heading: name,
    feeds: listFeedLinks(
      ctx,
      ctx.routes.author(lang, author.id),
      `${name} – ${ctx.text(ctx.config.title, lang)}`,
    ),
    intro: localText(author.bio, lang, ctx.defaultLang) || undefined,
    articles: author.byLang.get(lang) ?? [],
    pathOf: (n) => ctx.routes.author(lang, author.id, n),
    translations: Object.fromEntries(
      [...author.byLang.keys()]
        .filter((l) => l !== lang)
        .map((l) => [l, (n: number) => ctx.routes.author(l, author.id, n)]),
    ),
    footerLinks,
  });
  return pages.map((p) => ({ ...p, count: author.byLang.get(lang)?.length ?? 0, person }));
}

/** The all-tags page of one edition: every tag with its count, most used first. */
export function tagIndexPage(
  ctx: SiteContext,
  lang: Lang,
  tags: readonly TagInfo[],
  footerLinks: Link[],
  heading: string,
): TagIndexView {
  const path = ctx.routes.tagIndex(lang);
  const entries = tags
    .filter((t) => t.byLang.has(lang))
    .map((t) => ({
      href: ctx.hrefOf(ctx.routes.tag(lang, t.slug)),
      label: t.labelIn(lang),
      count: t.byLang.get(lang)!.length,
    }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return {
    path,
    tags: entries,
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: heading,
      translations: Object.fromEntries(
        ctx.config.languages.filter((l) => l !== lang).map((l) => [l, ctx.routes.tagIndex(l)]),
      ),
      footerLinks,
    }),
  };
}

/** Home, section, tag and author list pages. */
export interface ListView extends PageBase {
  kind: "home" | "section" | "tag" | "author" | "archive";
  heading: string;
  intro?: string;
  /** Sub-lists of this list (a year archive's months). */
  links?: Link[];
  /** Page 1 of home and section pages: lead, secondary leads (home: latest rail, section fronts). */
  front?: FrontView;
  items: ArticleCard[];
  pager: Pager;
  /** Tag and author pages: how many articles the list holds. */
  count?: number;
  /** Author pages: who they are. */
  person?: PersonView;
}

/** The all-tags page. */
export interface TagIndexView extends PageBase {
  tags: { href: string; label: string; count: number }[];
}
