// Nothing lost: every published article is in its lists, its edition's feed and a sitemap, checked on
// the parsed output so that a list that dropped an article fails the build naming its file.
import type { SiteData } from "../collect/site.ts";
import { absoluteUrl, basePath, outputFile } from "../routes.ts";
import type { ArticlePage } from "../collect/article-page.ts";
import { BUG, internalTarget, type Fail } from "./links.ts";

/** What an XML file names: absolute URLs, sitemap lastmods, and its count of feed entries. */
export interface XmlLinks {
  urls: Set<string>;
  lastmod: Map<string, string>;
  entries: number;
}

/** Absolute URLs named by a parsed XML document (`<loc>`, `<link href>`, `<id>`), with sitemap lastmods. */
export function xmlLinks(doc: unknown): XmlLinks {
  const out: XmlLinks = { urls: new Set(), lastmod: new Map(), entries: 0 };
  const visit = (node: unknown, name: string): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(n, name));
    else if (typeof node === "string") {
      if (name === "loc" || name === "id" || name === "@_href") out.urls.add(node.trim());
    } else if (node !== null && typeof node === "object") {
      const obj = node as Record<string, unknown>;
      if (name === "entry") out.entries++;
      if (name === "url" && typeof obj.loc === "string" && typeof obj.lastmod === "string")
        out.lastmod.set(obj.loc.trim(), obj.lastmod.trim());
      for (const [k, v] of Object.entries(obj)) visit(v, k === "#text" ? name : k);
    }
  };
  visit(doc, "");
  return out;
}

/**
 * Nothing lost: each published article is linked from its section, tag and author lists (any page of each), is in
 * its edition's feed when it is newer than the feed's oldest entry (and the feed is as full as it
 * should be), and is in a sitemap with a lastmod not before its date. Checked on the parsed output,
 * not on the model, so a list that silently dropped an article fails the build naming its file.
 */
export function checkNothingLost(
  site: SiteData,
  baseUrl: string,
  listLinks: ReadonlyMap<string, ReadonlySet<string>>,
  xmlUrls: ReadonlyMap<string, XmlLinks>,
  fail: Fail,
): void {
  const base = basePath(baseUrl);
  const origin = new URL(baseUrl).origin;
  const sitemapLastmod = new Map<string, string>();
  const inSitemaps = new Set<string>();
  for (const [f, x] of xmlUrls) {
    if (!/(^|\/)sitemap[^/]*\.xml$/.test(f)) continue;
    for (const u of x.urls) inSitemaps.add(u);
    for (const [u, m] of x.lastmod) sitemapLastmod.set(u, m);
  }
  const byFeed = new Map<string, ArticlePage[]>();
  for (const p of site.articlePages) {
    const file = outputFile(p.path);
    const listed = p.draft || p.pending ? [] : p.listedIn;
    for (const c of listed) {
      const root = internalTarget(c.href, base, origin);
      if (root === undefined) continue;
      const dir = root.replace(/index\.html$/, "");
      if (!listLinks.get(dir)?.has(file)) {
        fail(
          file,
          "E_OUTPUT_MISSING",
          `published article is missing from its ${c.kind} list ${c.href}`,
          BUG,
        );
      }
    }
    if (p.draft || p.pending) continue;
    const abs = absoluteUrl(baseUrl, p.path);
    if (!inSitemaps.has(abs))
      fail(file, "E_OUTPUT_MISSING", `published article ${abs} is in no sitemap`, BUG);
    const lastmod = sitemapLastmod.get(abs);
    if (lastmod !== undefined && Date.parse(lastmod) < p.date.ms) {
      fail(
        file,
        "E_DATE_ORDER",
        `sitemap lastmod ${lastmod} is before the article's date ${p.date.iso}`,
        "updated and corrections must not be earlier than date",
      );
    }
    const feed = outputFile(p.feed);
    const list = byFeed.get(feed);
    if (list) list.push(p);
    else byFeed.set(feed, [p]);
  }
  // Note: a preview build may put drafts in the feed window, so the window is checked on real builds only.
  const preview = site.articlePages.some((p) => p.draft || p.pending);
  for (const [feed, articles] of preview ? [] : byFeed) {
    const got = xmlUrls.get(feed);
    if (!got) {
      fail(feed, "E_OUTPUT_MISSING", `${feed} was not written`, BUG);
      continue;
    }
    const newest = [...articles].sort((a, b) => b.date.ms - a.date.ms);
    const size = site.feeds.find((f) => outputFile(f.path) === feed)?.size ?? 0;
    const window = Math.min(size, newest.length);
    if (got.entries < window)
      fail(feed, "E_OUTPUT_MISSING", `${feed} has ${got.entries} entries, expected ${window}`, BUG);
    const cutoff = newest[window - 1]?.date.ms ?? Infinity;
    for (const p of newest) {
      if (p.date.ms <= cutoff) break;
      const abs = absoluteUrl(baseUrl, p.path);
      if (!got.urls.has(abs))
        fail(
          outputFile(p.path),
          "E_OUTPUT_MISSING",
          `published article ${abs} is missing from ${feed}`,
          BUG,
        );
    }
  }
}
