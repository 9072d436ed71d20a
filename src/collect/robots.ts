// The robots.txt of the site: both sitemaps, or a full disallow for preview builds.
import type { SiteContext } from "./context.ts";

/** robots.txt text (absolute `Sitemap:` lines; `Disallow: /` when previewing). */
export function robotsTxt(ctx: SiteContext): string {
  const rule = ctx.preview ? "Disallow: /" : "Allow: /";
  return [
    "User-agent: *",
    rule,
    "",
    `Sitemap: ${ctx.absOf(ctx.routes.sitemapIndex())}`,
    `Sitemap: ${ctx.absOf(ctx.routes.newsSitemap())}`,
    "",
  ].join("\n");
}
