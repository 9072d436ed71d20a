// The per-language sitemap files.
import { pageData, type TemplateData } from "../eleventy/template.ts";
import { renderSitemap } from "../output/sitemaps.ts";
import type { SitemapView } from "../types.ts";

export const data = pageData("sitemaps");

/** Renders one sitemap file. */
export function render({ item }: TemplateData<SitemapView>): string {
  return renderSitemap(item);
}
