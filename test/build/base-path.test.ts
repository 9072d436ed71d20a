// A site deployed under a sub-folder: every link, feed and sitemap URL carries the base path.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { copyContent, listTree, runCli } from "../helpers/cli.ts";
import { fileOfHref, html, xml } from "../helpers/output.ts";

describe("baseUrl with a path", () => {
  it("should prefix every href, src, canonical, feed and sitemap URL with /news/ and keep links resolvable", () => {
    const content = copyContent();
    const site = path.join(content, "site.yaml");
    fs.writeFileSync(
      site,
      fs
        .readFileSync(site, "utf8")
        .replace("baseUrl: https://news.example.org/", "baseUrl: https://example.org/news/"),
    );
    const out = path.join(path.dirname(content), "dist");
    const r = runCli([
      "--content",
      content,
      "--out",
      out,
      "--now",
      "2025-01-01T00:00:00+08:00",
      "--quiet",
    ]);
    assert.equal(r.status, 0, r.stderr);
    const files = new Set(listTree(out));
    for (const f of [...files].filter((f) => f.endsWith(".html"))) {
      for (const el of html(out, f).querySelectorAll("a[href], link[href], img[src]")) {
        const v = el.getAttribute("href") ?? el.getAttribute("src")!;
        if (v.startsWith("#") || v.startsWith("mailto:")) continue;
        if (/^https?:/.test(v)) {
          if (v.startsWith("https://example.org/"))
            assert.ok(v.startsWith("https://example.org/news/"), `${f}: ${v}`);
          continue;
        }
        assert.ok(v.startsWith("/news/"), `${f}: ${v}`);
        assert.ok(files.has(fileOfHref(v, "/news/")!), `${f}: ${v} resolves`);
      }
    }
    const feed = xml(out, "feed.xml").feed as { entry: { link: { "@_href": string } }[] };
    assert.ok(feed.entry.every((e) => e.link["@_href"].startsWith("https://example.org/news/")));
    const index = xml(out, "sitemap.xml").sitemapindex as { sitemap: { loc: string }[] };
    assert.ok(index.sitemap.every((s) => s.loc.startsWith("https://example.org/news/sitemap-")));
    const urls = (xml(out, "sitemap-zh-1.xml").urlset as { url: { loc: string }[] }).url;
    assert.ok(
      urls.length > 0 && urls.every((u) => u.loc.startsWith("https://example.org/news/zh/")),
    );
    assert.match(
      fs.readFileSync(path.join(out, "robots.txt"), "utf8"),
      /Sitemap: https:\/\/example\.org\/news\/sitemap\.xml/,
    );
  });
});
