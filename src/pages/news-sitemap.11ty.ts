// The Google News sitemap at /news-sitemap.xml (and, over 1,000 URLs, the files it indexes).
import { pageData, type TemplateData } from "../render/template.ts";
import { renderNewsSitemap } from "../render/formats/news-sitemap.ts";
import type { NewsSitemapView } from "../collect/news-sitemap-model.ts";

export const data = pageData("newsSitemaps");

/** Renders one news sitemap file. */
export function render({ item }: TemplateData<NewsSitemapView>): string {
  return renderNewsSitemap(item);
}
