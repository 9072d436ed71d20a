// The robots.txt of the site: the sitemap index, or a full disallow for preview builds.
import type { SiteContext } from "./context.ts";

/** robots.txt text (absolute `Sitemap:` line; `Disallow: /` when previewing). */
export function robotsTxt(ctx: SiteContext): string {
  const rule = ctx.preview ? "Disallow: /" : "Allow: /";
  return `User-agent: *\n${rule}\n\nSitemap: ${ctx.absOf(ctx.routes.sitemapIndex())}\n`;
}
