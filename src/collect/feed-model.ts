// Builds the Atom feed of each edition: the newest entries with absolute links and offset dates.
import type { Article, FeedView, Lang } from "../types.ts";
import type { CollectedAuthors } from "./authors.ts";
import { articlePath, summaryOf } from "./cards.ts";
import type { SiteContext } from "./context.ts";
import { localText } from "./local-text.ts";
import type { CollectedTags } from "./tags.ts";

/** How many entries a feed carries. */
export const FEED_SIZE = 20;

/** The site feed of one edition (`/feed.xml`, `/zh/feed.xml`). */
export function siteFeed(
  ctx: SiteContext,
  lang: Lang,
  articles: readonly Article[],
  tags: CollectedTags,
  authors: CollectedAuthors,
): FeedView {
  const path = ctx.routes.feed(lang);
  const entries = articles.slice(0, FEED_SIZE).map((a) => {
    const modified = a.updated ?? a.date;
    return {
      id: ctx.absOf(articlePath(ctx, a)),
      title: a.title,
      href: ctx.absOf(articlePath(ctx, a)),
      published: a.date.iso,
      updated: modified.iso,
      summary: summaryOf(a),
      contentHtml: a.bodyHtml,
      authors: a.authors.flatMap((raw) => {
        const id = authors.idOf.get(raw);
        const info = id === undefined ? undefined : authors.byId.get(id);
        return info
          ? [
              {
                name: localText(info.name, lang, ctx.defaultLang),
                uri: ctx.absOf(ctx.routes.author(lang, info.id)),
              },
            ]
          : [];
      }),
      categories: [...new Set(a.tags.map((t) => tags.byKey.get(ctx.deps.tagKey(t))?.label ?? t))],
    };
  });
  const newest = articles.reduce<string | undefined>((max, a) => {
    const m = (a.updated ?? a.date).iso;
    const ms = (a.updated ?? a.date).ms;
    return max === undefined || ms > Date.parse(max) ? m : max;
  }, undefined);
  const title = ctx.text(ctx.config.title, lang);
  return {
    path,
    lang,
    title,
    subtitle: ctx.text(ctx.config.description, lang),
    id: ctx.absOf(path),
    selfHref: ctx.absOf(path),
    alternateHref: ctx.absOf(ctx.routes.home(lang)),
    updated: newest ?? ctx.now.iso,
    entries,
  };
}
