// The JSON Feed 1.1 twin of every Atom feed (site, section, tag, author; per language).
import { pageData, type TemplateData } from "../eleventy/template.ts";
import { renderJsonFeed } from "../output/json-feed.ts";
import type { FeedView } from "../types.ts";

export const data = pageData("jsonFeeds", "jsonPath");

/** Renders one JSON Feed. */
export function render({ item }: TemplateData<FeedView>): string {
  return renderJsonFeed(item);
}
