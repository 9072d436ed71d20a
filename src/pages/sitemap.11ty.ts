// The per-language sitemap files.
import { pageData, type TemplateData } from "../render/template.ts";
import { renderSitemap } from "../render/formats/sitemaps.ts";
import type { SitemapView } from "../collect/sitemap-model.ts";

export const data = pageData("sitemaps");

/** Renders one sitemap file. */
export function render({ item }: TemplateData<SitemapView>): string {
  return renderSitemap(item);
}
