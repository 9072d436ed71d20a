// The Google News sitemap: a two-day window before --now, publication name and language,
// offset dates; more than 1,000 URLs are split into files under an index, never truncated.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { makeContext } from "../../src/collect/context.ts";
import { newsSitemaps } from "../../src/collect/news-sitemap-model.ts";
import { renderNewsSitemap } from "../../src/render/formats/news-sitemap.ts";
import type { SiteConfig } from "../../src/content/site-config.ts";
import type { Stamp } from "../../src/content/values.ts";
import { buildOk, tempDir, writeTree } from "../helpers/cli.ts";
import { xml } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";
import { makeArticle } from "../helpers/article.ts";

interface NewsUrl {
  loc: string;
  "news:news": {
    "news:publication": { "news:name": string; "news:language": string };
    "news:publication_date": string;
    "news:title": string;
  };
}

describe("news sitemap", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "articles/en/recent.md": article({ title: '"Yesterday & today"', date: "2024-05-31 12:00" }),
      "articles/en/old.md": article({ title: '"Three days ago"', date: "2024-05-29 11:00" }),
      "articles/zh/recent.md": article({ title: '"昨天"', lang: "zh", date: "2024-06-01 08:00" }),
    });
    out = buildOk(content, "2024-06-01 12:00");
  });

  it("should list only the articles of the 2 days before --now, with name, language, offset date and title", () => {
    const set = xml(out, "news-sitemap.xml").urlset as { url: NewsUrl[] };
    const byTitle = new Map(set.url.map((u) => [u["news:news"]["news:title"], u]));
    assert.deepEqual([...byTitle.keys()].sort(), ["Yesterday & today", "昨天"]);
    const en = byTitle.get("Yesterday & today")!;
    assert.equal(en.loc, "https://news.example.org/news/2024/05/recent/");
    assert.deepEqual(en["news:news"]["news:publication"], {
      "news:name": "Test Daily",
      "news:language": "en",
    });
    assert.equal(en["news:news"]["news:publication_date"], "2024-05-31T12:00:00+08:00");
    const zh = byTitle.get("昨天")!;
    assert.deepEqual(zh["news:news"]["news:publication"], {
      "news:name": "测试日报",
      "news:language": "zh-cn",
    });
  });

  it("should split 1,001 recent articles into two files of ≤ 1,000 under an index, dropping none", () => {
    const config: SiteConfig = {
      title: { en: "Test Daily", zh: "测试日报" },
      description: "",
      baseUrl: "https://news.example.org/",
      timeZone: "Asia/Shanghai",
      languages: ["en", "zh"],
      sections: [{ id: "news", title: "News" }],
      pageSize: 20,
      slugStyle: "pinyin",
      commentsNotice: "",
    };
    const stamp = (ms: number): Stamp => ({
      iso: new Date(ms)
        .toISOString()
        .replace("Z", "+00:00")
        .replace(/\.\d{3}/, ""),
      ms,
      dateOnly: false,
      display: "",
      ymd: new Date(ms).toISOString().slice(0, 10),
    });
    const nowMs = Date.parse("2024-06-01T04:00:00Z");
    const articles = Array.from({ length: 1001 }, (_, i) =>
      makeArticle(
        {
          source: `articles/a${i}.md`,
          title: `Story ${i}`,
          date: stamp(nowMs - (i + 1) * 60_000),
          slug: `a${i}`,
        },
        config,
      ),
    );
    const ctx = makeContext({
      config,
      authors: [],
      now: stamp(nowMs),
      preview: false,
      contentDisplay: "content",
      deps: { slugify: (s) => s, tagKey: (s) => s, suggest: () => undefined },
    });
    const files = newsSitemaps(ctx, articles);
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === "url" || n === "sitemap",
    });
    const [index, ...parts] = files.map((f) => {
      const text = renderNewsSitemap(f);
      assert.equal(XMLValidator.validate(text), true);
      return {
        path: f.path,
        doc: parser.parse(text) as Record<string, { url?: NewsUrl[]; sitemap?: { loc: string }[] }>,
      };
    });
    assert.equal(index!.path, "/news-sitemap.xml");
    assert.deepEqual(
      index!.doc.sitemapindex!.sitemap!.map((s) => s.loc),
      [
        "https://news.example.org/news-sitemap-1.xml",
        "https://news.example.org/news-sitemap-2.xml",
      ],
    );
    assert.deepEqual(
      parts.map((p) => p.doc.urlset!.url!.length),
      [1000, 1],
    );
    const titles = new Set(
      parts.flatMap((p) => p.doc.urlset!.url!.map((u) => u["news:news"]["news:title"])),
    );
    assert.equal(titles.size, 1001, "every article is listed once");
  });
});
