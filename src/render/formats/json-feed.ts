// Renders a feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the site's offset dates.
import { LANGUAGES } from "../../routes.ts";
import { entryHtml, type FeedView } from "../../collect/feed-model.ts";
import type { JsonObject } from "../../collect/json.ts";

/** The JSON Feed 1.1 object of a feed (the same model as its Atom twin). */
export function jsonFeedOf(feed: FeedView): JsonObject {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.alternateHref,
    feed_url: feed.jsonHref,
    ...(feed.subtitle ? { description: feed.subtitle } : {}),
    language: LANGUAGES[feed.lang].html,
    authors: [{ name: feed.title, url: feed.alternateHref }],
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.href,
      title: e.title,
      content_html: entryHtml(e),
      summary: e.summary,
      date_published: e.published,
      date_modified: e.updated,
      ...(e.authors.length
        ? {
            authors: e.authors.map((a): JsonObject =>
              a.uri ? { name: a.name, url: a.uri } : { name: a.name },
            ),
          }
        : {}),
      ...(e.categories.length ? { tags: e.categories } : {}),
      language: LANGUAGES[feed.lang].html,
    })),
  };
}

/** The JSON text of a feed (stable key order, two-space indent, trailing newline). */
export function renderJsonFeed(feed: FeedView): string {
  return JSON.stringify(jsonFeedOf(feed), null, 2) + "\n";
}
