// The sitemap index at /sitemap.xml.
import { outputFile } from "../routes.ts";
import { renderSitemapIndex } from "../output/sitemaps.ts";
import type { SiteData } from "../types.ts";

export const data = {
  permalink: (d: { site: SiteData }) => `/${outputFile(d.site.sitemapIndex.path)}`,
  eleventyExcludeFromCollections: true,
};

/** Renders the sitemap index. */
export function render({ site }: { site: SiteData }): string {
  return renderSitemapIndex(site.sitemapIndex);
}
