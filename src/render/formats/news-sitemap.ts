// Renders the Google News sitemap (or its index) with an escaping XML builder.
import { create } from "xmlbuilder2";
import type { NewsSitemapView } from "../../collect/news-sitemap-model.ts";
import { renderSitemapIndex } from "./sitemaps.ts";
import { literal } from "./literal.ts";

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

/** One news sitemap file: a `<urlset>` with `news:news` entries, or a `<sitemapindex>`. */
export function renderNewsSitemap(view: NewsSitemapView): string {
  if (view.kind === "index") return renderSitemapIndex({ path: view.path, entries: view.entries });
  const root = create({ version: "1.0", encoding: "utf-8" })
    .ele(NS, "urlset")
    .att("http://www.w3.org/2000/xmlns/", "xmlns:news", NEWS);
  for (const u of view.urls) {
    const url = root.ele("url");
    url.ele("loc").txt(literal(u.loc));
    const news = url.ele(NEWS, "news:news");
    const pub = news.ele(NEWS, "news:publication");
    pub.ele(NEWS, "news:name").txt(literal(u.publicationName));
    pub.ele(NEWS, "news:language").txt(literal(u.language));
    news.ele(NEWS, "news:publication_date").txt(literal(u.publicationDate));
    news.ele(NEWS, "news:title").txt(literal(u.title));
  }
  return root.end({ prettyPrint: true }) + "\n";
}
