// The JSON Feed 1.1 twin of every Atom feed (site, section, tag, author; per language).
import { outputFile } from "../routes.ts";
import type { TemplateData } from "../eleventy/template.ts";
import { renderJsonFeed } from "../output/json-feed.ts";
import type { FeedView } from "../types.ts";

export const data = {
  pagination: { data: "site.feeds", size: 1, alias: "item", addAllPagesToCollections: false },
  permalink: (d: { item: FeedView }) => `/${outputFile(d.item.jsonPath)}`,
  eleventyExcludeFromCollections: true,
  layout: false,
};

/** Renders one JSON Feed. */
export function render({ item }: TemplateData<FeedView>): string {
  return renderJsonFeed(item);
}
