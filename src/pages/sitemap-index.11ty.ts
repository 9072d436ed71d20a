// The sitemap index at /sitemap.xml.
import { pageData, type TemplateData } from "../render/template.ts";
import { renderSitemapIndex } from "../render/formats/sitemaps.ts";
import type { SitemapIndexView } from "../collect/sitemap-model.ts";

export const data = pageData("sitemapIndex");

/** Renders the sitemap index. */
export function render({ item }: TemplateData<SitemapIndexView>): string {
  return renderSitemapIndex(item);
}
