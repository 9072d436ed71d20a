// Renders the XML sitemap files and their index (sitemaps.org protocol) with an escaping builder.
import { create } from "xmlbuilder2";
import type { SitemapIndexView, SitemapView } from "../../collect/sitemap-model.ts";
import { literal } from "./literal.ts";

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML = "http://www.w3.org/1999/xhtml";

/** One `<urlset>` file, with `xhtml:link` hreflang alternates. */
export function renderSitemap(map: SitemapView): string {
  const root = create({ version: "1.0", encoding: "utf-8" })
    .ele(NS, "urlset")
    .att("http://www.w3.org/2000/xmlns/", "xmlns:xhtml", XHTML);
  for (const u of map.urls) {
    const url = root.ele("url");
    url.ele("loc").txt(literal(u.loc));
    if (u.lastmod) url.ele("lastmod").txt(literal(u.lastmod));
    for (const alt of u.alternates ?? []) {
      url.ele(XHTML, "xhtml:link", {
        rel: "alternate",
        hreflang: literal(alt.hreflang),
        href: literal(alt.href),
      });
    }
  }
  return root.end({ prettyPrint: true }) + "\n";
}

/** The `<sitemapindex>` at /sitemap.xml. */
export function renderSitemapIndex(index: SitemapIndexView): string {
  const root = create({ version: "1.0", encoding: "utf-8" }).ele(NS, "sitemapindex");
  for (const e of index.entries) {
    const s = root.ele("sitemap");
    s.ele("loc").txt(literal(e.loc));
    if (e.lastmod) s.ele("lastmod").txt(literal(e.lastmod));
  }
  return root.end({ prettyPrint: true }) + "\n";
}
