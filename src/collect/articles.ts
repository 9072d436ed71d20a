// Builds the article pages: breadcrumbs, byline, tags, prev/next in section, translations.
import type { Article, ArticleView, Lang, Link } from "../types.ts";
import type { CollectedAuthors } from "./authors.ts";
import { articlePath, imageView, summaryOf } from "./cards.ts";
import { makeChrome } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import type { CollectedTags } from "./tags.ts";
import { localText } from "./local-text.ts";

/** Everything an article page links to, grouped once for the whole site. */
export interface ArticleLinks {
  tags: CollectedTags;
  authors: CollectedAuthors;
  translations: Map<string, Map<Lang, Article>>;
  /** Published articles per language and section, newest first (prev/next by index, P-16). */
  bySection: Map<string, Article[]>;
  footerLinks: Map<Lang, Link[]>;
  /** Status flags for preview builds. */
  pending: Set<Article>;
}

/** The key of `bySection` for an article. */
export function sectionKey(lang: Lang, section: string): string {
  return `${lang}\u0000${section}`;
}

/** The page view of one article. */
export function articleView(ctx: SiteContext, a: Article, links: ArticleLinks): ArticleView {
  const path = articlePath(ctx, a);
  const lang = a.lang;
  const translations: Partial<Record<Lang, string>> = {};
  for (const [l, t] of a.translationKey ? (links.translations.get(a.translationKey) ?? []) : []) {
    if (t !== a) translations[l] = articlePath(ctx, t);
  }
  const list = links.bySection.get(sectionKey(lang, a.section)) ?? [];
  const i = list.indexOf(a);
  const link = (t: Article | undefined): Link | undefined =>
    t && { href: ctx.hrefOf(articlePath(ctx, t)), label: t.title };
  const sectionLink = {
    href: ctx.hrefOf(ctx.routes.section(lang, a.section)),
    label: ctx.sectionTitle(a.section, lang),
  };
  return {
    path,
    source: a.source,
    chrome: makeChrome(ctx, {
      lang,
      path,
      title: a.title,
      description: summaryOf(a),
      translations,
      section: a.section,
      footerLinks: links.footerLinks.get(lang) ?? [],
    }),
    breadcrumbs: [
      { href: ctx.hrefOf(ctx.routes.home(lang)), label: "" },
      sectionLink,
      { href: ctx.hrefOf(path), label: a.title, current: true },
    ],
    title: a.title,
    summary: a.summary,
    date: a.date,
    updated: a.updated,
    authors: a.authors.flatMap((raw) => {
      const id = links.authors.idOf.get(raw);
      const info = id === undefined ? undefined : links.authors.byId.get(id);
      if (!info) return [];
      return [
        {
          href: ctx.hrefOf(ctx.routes.author(lang, info.id)),
          label: localText(info.name, lang, ctx.defaultLang),
        },
      ];
    }),
    image: a.image ? imageView(ctx, a.image) : undefined,
    bodyHtml: a.bodyHtml,
    tags: uniqueTags(ctx, a, links.tags),
    prev: i >= 0 ? link(list[i + 1]) : undefined,
    next: i > 0 ? link(list[i - 1]) : undefined,
    corrections: a.corrections,
    commentsNotice: ctx.text(ctx.config.commentsNotice, lang),
    draft: a.draft,
    pending: links.pending.has(a),
  };
}

function uniqueTags(ctx: SiteContext, a: Article, tags: CollectedTags): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const raw of a.tags) {
    const info = tags.byKey.get(ctx.deps.tagKey(raw));
    if (!info || seen.has(info.key)) continue;
    seen.add(info.key);
    out.push({ href: ctx.hrefOf(ctx.routes.tag(a.lang, info.slug)), label: info.label });
  }
  return out;
}
