// Tests for src/collect/news-sitemap-model.ts: the Google News sitemap of the last two days, split
// into numbered files under an index past the per-file limit.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { newsSitemaps } from "../../../src/collect/news-sitemap-model.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

/** The build clock of siteContext: 2024-05-02 12:00 in Shanghai. */
const ctx = siteContext();

const at = (iso: string, slug: string, lang: Lang = "en") =>
  makeArticle({ date: makeStamp(iso), slug, lang, title: `Story ${slug}` });

describe("newsSitemaps", () => {
  it("should list articles of the two days up to the build clock, both ends included", () => {
    const files = newsSitemaps(ctx, [
      at("2024-05-02T12:00:01+08:00", "future"),
      at("2024-05-02T12:00:00+08:00", "now"),
      at("2024-05-01T09:00:00+08:00", "yesterday"),
      at("2024-04-30T12:00:00+08:00", "two-days"),
      at("2024-04-30T11:59:59+08:00", "too-old"),
    ]);
    assert.equal(files.length, 1);
    const [file] = files;
    assert.ok(file?.kind === "urlset");
    assert.equal(file.path, "/news-sitemap.xml");
    assert.deepEqual(
      file.urls.map((u) => u.title),
      ["Story now", "Story yesterday", "Story two-days"],
    );
  });

  it("should name the publication and language of each edition", () => {
    const [file] = newsSitemaps(ctx, [
      at("2024-05-02T08:00:00+08:00", "tai-feng", "zh"),
      at("2024-05-02T07:00:00+08:00", "typhoon", "en"),
    ]);
    assert.ok(file?.kind === "urlset");
    assert.deepEqual(file.urls, [
      {
        loc: "https://example.org/news/zh/news/2024/05/tai-feng/",
        publicationName: "山城日报",
        language: "zh-cn",
        publicationDate: "2024-05-02T08:00:00+08:00",
        title: "Story tai-feng",
      },
      {
        loc: "https://example.org/news/news/2024/05/typhoon/",
        publicationName: "Mountain City Daily",
        language: "en",
        publicationDate: "2024-05-02T07:00:00+08:00",
        title: "Story typhoon",
      },
    ]);
  });

  it("should write one empty urlset when nothing is recent", () => {
    assert.deepEqual(newsSitemaps(ctx, []), [
      { kind: "urlset", path: "/news-sitemap.xml", urls: [] },
    ]);
  });

  it("should keep exactly `limit` URLs in one file", () => {
    const articles = [1, 2, 3].map((h) => at(`2024-05-02T0${h}:00:00+08:00`, `s${h}`));
    const files = newsSitemaps(ctx, articles, 3);
    assert.deepEqual(
      files.map((f) => [f.kind, f.path]),
      [["urlset", "/news-sitemap.xml"]],
    );
  });

  it("should split past the limit into numbered files under an index, losing none", () => {
    const articles = [1, 2, 3, 4, 5].map((h) => at(`2024-05-02T0${h}:00:00+08:00`, `s${h}`));
    const files = newsSitemaps(ctx, articles, 2);
    assert.deepEqual(files[0], {
      kind: "index",
      path: "/news-sitemap.xml",
      entries: [
        { loc: "https://example.org/news/news-sitemap-1.xml" },
        { loc: "https://example.org/news/news-sitemap-2.xml" },
        { loc: "https://example.org/news/news-sitemap-3.xml" },
      ],
    });
    assert.deepEqual(
      files.slice(1).map((f) => [f.path, f.kind === "urlset" ? f.urls.map((u) => u.title) : []]),
      [
        ["/news-sitemap-1.xml", ["Story s1", "Story s2"]],
        ["/news-sitemap-2.xml", ["Story s3", "Story s4"]],
        ["/news-sitemap-3.xml", ["Story s5"]],
      ],
    );
  });
});
