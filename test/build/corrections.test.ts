// Corrections and updates: a visible "Correction"/"更正" block with times, and the
// four modified fields (JSON-LD dateModified, article:modified_time, Atom <updated>, sitemap lastmod)
// all equal the latest of `updated` and the corrections.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { buildOk, tempDir, writeTree } from "../helpers/cli.ts";
import { html, textOf, xml } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const LATEST = "2023-05-16T11:30:00+08:00";

describe("corrections", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "articles/en/a.md": article({
        title: '"Bridge story"',
        updated: "2023-05-14 09:00",
        corrections:
          '[{ at: "2023-05-16 11:30", note: "The bridge is 300 m long, not 3 km." }, { at: "2023-05-15 08:00", note: "A name was misspelt." }]',
      }),
      "articles/zh/b.md": article({
        title: '"大桥"',
        lang: "zh",
        corrections: '[{ at: "2023-05-13 20:00", note: "桥长三百米。" }]',
      }),
    });
    out = buildOk(content, "2024-06-01");
  });

  it("should show each correction as 'Correction (time): note' with an offset <time>", () => {
    const items = html(out, "news/2023/05/a/index.html").querySelectorAll(".corrections li");
    assert.equal(items.length, 2);
    assert.match(
      textOf(items[0]),
      /^Correction \(16 May 2023, 11:30 \(UTC\+8\)\): The bridge is 300 m long, not 3 km\.$/,
    );
    assert.equal(items[0]!.querySelector("time")?.getAttribute("datetime"), LATEST);
    const zh = html(out, "zh/news/2023/05/b/index.html").querySelectorAll(".corrections li");
    assert.match(textOf(zh[0]), /^更正 \(2023年5月13日 20:00\): 桥长三百米。$/);
  });

  it("should set dateModified, article:modified_time, Atom updated and sitemap lastmod to the latest correction", () => {
    const doc = html(out, "news/2023/05/a/index.html");
    const ld = doc
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.innerHTML) as { "@type": string; dateModified?: string })
      .find((d) => d["@type"] === "NewsArticle")!;
    assert.equal(ld.dateModified, LATEST);
    assert.equal(
      doc.querySelector('meta[property="article:modified_time"]')?.getAttribute("content"),
      LATEST,
    );
    const entry = (xml(out, "feed.xml").feed as { entry: { title: string; updated: string }[] })
      .entry;
    assert.equal(entry.find((e) => e.title === "Bridge story")?.updated, LATEST);
    const urls = (
      xml(out, "sitemap-en-1.xml").urlset as { url: { loc: string; lastmod?: string }[] }
    ).url;
    assert.equal(urls.find((u) => u.loc.endsWith("/news/2023/05/a/"))?.lastmod, LATEST);
  });
});
