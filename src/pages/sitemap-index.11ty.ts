// The sitemap index at /sitemap.xml.
import { pageData, type TemplateData } from "../eleventy/template.ts";
import { renderSitemapIndex } from "../output/sitemaps.ts";
import type { SitemapIndexView } from "../types.ts";

export const data = pageData("sitemapIndex");

/** Renders the sitemap index. */
export function render({ item }: TemplateData<SitemapIndexView>): string {
  return renderSitemapIndex(item);
}
