// Tests for src/routes.ts: every URL rule, base paths and percent-encoding.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  absoluteUrl,
  basePath,
  href,
  isDeviceName,
  isReservedSegment,
  makeRoutes,
  outputFile,
} from "../../src/routes.ts";

describe("routes", () => {
  const r = makeRoutes("en");
  it("should put the default language at the root and others under /<lang>/", () => {
    assert.equal(r.home("en"), "/");
    assert.equal(r.home("zh"), "/zh/");
    assert.equal(r.home("zh", 2), "/zh/page/2/");
    assert.equal(r.article("en", "news", "2023-05-13", "cq-hk"), "/news/2023/05/cq-hk/");
    assert.equal(r.article("zh", "news", "2023-05-13", "cq-hk"), "/zh/news/2023/05/cq-hk/");
  });
  it("should paginate lists as page/<n>/ from page 2 on", () => {
    assert.equal(r.tag("en", "chongqing"), "/tags/chongqing/");
    assert.equal(r.tag("en", "chongqing", 1), "/tags/chongqing/");
    assert.equal(r.tag("en", "chongqing", 3), "/tags/chongqing/page/3/");
    assert.equal(r.section("zh", "news", 2), "/zh/news/page/2/");
    assert.equal(r.author("en", "li-wei", 2), "/authors/li-wei/page/2/");
  });
  it("should name feeds, sitemaps and the 404 page per language", () => {
    assert.equal(r.feed("en"), "/feed.xml");
    assert.equal(r.feed("zh"), "/zh/feed.xml");
    assert.equal(r.sitemap("zh", 1), "/sitemap-zh-1.xml");
    assert.equal(r.sitemapIndex(), "/sitemap.xml");
    assert.equal(r.notFound("zh"), "/zh/404.html");
  });
  it("should carry the base path into links and absolute URLs", () => {
    const base = "https://example.org/news/";
    assert.equal(basePath(base), "/news/");
    assert.equal(href(base, "/tags/c-sharp/"), "/news/tags/c-sharp/");
    assert.equal(absoluteUrl(base, "/zh/"), "https://example.org/news/zh/");
    assert.equal(href("https://example.org", "/"), "/");
  });
  it("should percent-encode Unicode slugs in links but not in file names", () => {
    assert.equal(href("https://x.org/", "/zh/tags/台风/"), "/zh/tags/%E5%8F%B0%E9%A3%8E/");
    assert.equal(outputFile("/zh/tags/台风/"), "zh/tags/台风/index.html");
    assert.equal(outputFile("/"), "index.html");
    assert.equal(outputFile("/feed.xml"), "feed.xml");
  });
  it("should reserve router segments, language codes and years", () => {
    for (const s of [
      "tags",
      "Authors",
      "page",
      "media",
      "assets",
      "zh",
      "2023",
      "feed.xml",
      "search",
    ]) {
      assert.equal(isReservedSegment(s), true, s);
    }
    for (const s of ["news", "culture", "about", "202"])
      assert.equal(isReservedSegment(s), false, s);
  });

  it("should fold before comparing, and reserve Windows device names", () => {
    for (const s of ["tagſ", "TAGS", "Con", "nul.txt", "lpt¹", "COM9", "aux.tar.gz"])
      assert.equal(isReservedSegment(s), true, s);
  });
});

describe("isDeviceName", () => {
  it("should match device names with or without an extension, in any case, nothing else", () => {
    for (const s of ["con", "CON", "nul.txt", "Aux.", "prn ", "com1", "lpt9.html", "com²"])
      assert.equal(isDeviceName(s), true, s);
    for (const s of ["icon", "console", "com", "lpt10", "con-image", "null"])
      assert.equal(isDeviceName(s), false, s);
  });
});

describe("absoluteUrl fast path", () => {
  it("should equal what URL serializes, for plain, Unicode, reserved and dot-segment paths", () => {
    const paths = [
      "/news/2024/05/a/",
      "/zh/tags/台风/",
      "/tags/c#/",
      "/tags/a b?c/",
      "/media/x.1234abcd.png",
      "/tags/it's (ok)!/",
      "/a/./b/",
      "/a/../b/",
      "/..",
    ];
    for (const base of ["https://news.example.org/", "https://Example.org:443/news/"]) {
      for (const p of paths) {
        const want = new URL(href(base, p), base).toString();
        assert.equal(absoluteUrl(base, p), want, `${base} ${p}`);
      }
    }
  });
});
