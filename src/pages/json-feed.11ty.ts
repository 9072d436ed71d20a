// The JSON Feed 1.1 twin of every Atom feed (site, section, tag, author; per language).
import { pageData, type TemplateData } from "../render/template.ts";
import { renderJsonFeed } from "../render/formats/json-feed.ts";
import type { FeedView } from "../collect/feed-model.ts";

export const data = pageData("jsonFeeds", "jsonPath");

/** Renders one JSON Feed. */
export function render({ item }: TemplateData<FeedView>): string {
  return renderJsonFeed(item);
}
