// Sitemaps: hreflang alternates, lastmod from updates and corrections,
// thin tag pages noindex and left out, robots.txt naming both sitemaps.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { buildOk, tempDir, writeTree } from "../helpers/cli.ts";
import { html, xml } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

interface Url {
  loc: string;
  lastmod?: string;
  "xhtml:link"?: { "@_hreflang": string; "@_href": string; "@_rel": string }[];
}

const BASE = "https://news.example.org/";

describe("sitemaps", () => {
  let out = "";
  let urls = new Map<string, Url>();
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "articles/en/a.md": article({
        title: '"Flood story"',
        tags: '["Floods", "Once"]',
        translationKey: "flood",
        updated: "2023-05-14 09:00",
        corrections:
          '[{ at: "2023-05-16 11:30", note: "A date was wrong." }, { at: "2023-05-15 08:00", note: "A name was misspelt." }]',
      }),
      "articles/en/b.md": article({
        title: '"Second flood"',
        tags: '["Floods"]',
        date: "2023-05-20 10:00",
      }),
      "articles/zh/a.md": article({ title: '"洪水"', lang: "zh", translationKey: "flood" }),
    });
    out = buildOk(content, "2024-06-01");
    urls = new Map();
    const index = xml(out, "sitemap.xml").sitemapindex as { sitemap: { loc: string }[] };
    for (const s of index.sitemap) {
      const file = new URL(s.loc).pathname.slice(1);
      for (const u of (xml(out, file).urlset as { url: Url[] }).url) urls.set(u.loc, u);
    }
  });

  it("should give each article xhtml:link hreflang alternates for itself, its translation and x-default", () => {
    const en = urls.get(`${BASE}news/2023/05/a/`)!;
    const alts = (en["xhtml:link"] ?? []).map((l) => [l["@_rel"], l["@_hreflang"], l["@_href"]]);
    assert.deepEqual(alts, [
      ["alternate", "en", `${BASE}news/2023/05/a/`],
      ["alternate", "zh-CN", `${BASE}zh/news/2023/05/a/`],
      ["alternate", "x-default", `${BASE}news/2023/05/a/`],
    ]);
    const raw = fs.readFileSync(path.join(out, "sitemap-en-1.xml"), "utf8");
    assert.match(raw, /xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/);
  });

  it("should set lastmod to the latest of updated and the corrections, with the offset", () => {
    assert.equal(urls.get(`${BASE}news/2023/05/a/`)!.lastmod, "2023-05-16T11:30:00+08:00");
    assert.equal(urls.get(`${BASE}news/2023/05/b/`)!.lastmod, "2023-05-20T10:00:00+08:00");
  });

  it("should mark a tag with fewer than minTagArticles articles noindex,follow and leave it out of the sitemap", () => {
    const thin = html(out, "tags/once/index.html");
    assert.equal(
      thin.querySelector('meta[name="robots"]')?.getAttribute("content"),
      "noindex,follow",
    );
    assert.ok(!urls.has(`${BASE}tags/once/`));
    const full = html(out, "tags/floods/index.html");
    assert.equal(full.querySelector('meta[name="robots"]'), null);
    assert.ok(urls.has(`${BASE}tags/floods/`));
  });

  it("should name the sitemap index and the news sitemap in robots.txt, absolute", () => {
    const robots = fs.readFileSync(path.join(out, "robots.txt"), "utf8");
    const lines = robots.split("\n").filter((l) => l.startsWith("Sitemap: "));
    assert.deepEqual(lines, [`Sitemap: ${BASE}sitemap.xml`, `Sitemap: ${BASE}news-sitemap.xml`]);
    for (const l of lines)
      assert.ok(fs.existsSync(path.join(out, new URL(l.slice(9)).pathname.slice(1))), l);
  });
});
