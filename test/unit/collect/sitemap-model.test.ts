// Tests for src/collect/sitemap-model.ts: each edition's sitemap URLs, split into files of at most
// `limit` URLs, and the index with each file's newest lastmod.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeChrome } from "../../../src/collect/chrome.ts";
import { sitemaps, sitemapUrls, type SitemapUrl } from "../../../src/collect/sitemap-model.ts";
import type { Lang } from "../../../src/routes.ts";
import { siteContext } from "../../helpers/collect.ts";

const ctx = siteContext();
const url = (path: string, lastmod?: string): SitemapUrl => ({
  loc: `https://example.org/news${path}`,
  ...(lastmod ? { lastmod } : {}),
});

describe("sitemaps", () => {
  it("should write one file per edition in site.yaml's order, and index them", () => {
    const byLang = new Map<Lang, SitemapUrl[]>([
      ["zh", [url("/zh/", "2024-05-01T10:00:00+08:00")]],
      ["en", [url("/"), url("/news/", "2024-04-01T10:00:00+08:00")]],
    ]);
    const { files, index } = sitemaps(ctx, byLang);
    assert.deepEqual(files, [
      { path: "/sitemap-en-1.xml", urls: byLang.get("en") },
      { path: "/sitemap-zh-1.xml", urls: byLang.get("zh") },
    ]);
    assert.deepEqual(index, {
      path: "/sitemap.xml",
      entries: [
        { loc: "https://example.org/news/sitemap-en-1.xml", lastmod: "2024-04-01T10:00:00+08:00" },
        { loc: "https://example.org/news/sitemap-zh-1.xml", lastmod: "2024-05-01T10:00:00+08:00" },
      ],
    });
  });

  it("should give an edition without URLs no file, and an empty site an empty index", () => {
    const only = sitemaps(
      ctx,
      new Map([
        ["zh", [url("/zh/")]],
        ["en", []],
      ]),
    );
    assert.deepEqual(
      only.files.map((f) => f.path),
      ["/sitemap-zh-1.xml"],
    );
    assert.deepEqual(only.index.entries, [
      { loc: "https://example.org/news/sitemap-zh-1.xml", lastmod: undefined },
    ]);
    assert.deepEqual(sitemaps(ctx, new Map()), {
      files: [],
      index: { path: "/sitemap.xml", entries: [] },
    });
  });

  it("should split an edition past the limit into numbered files, losing none", () => {
    const urls = [1, 2, 3, 4, 5].map((n) => url(`/news/page/${n}/`));
    const { files, index } = sitemaps(ctx, new Map([["en", urls]]), 2);
    assert.deepEqual(
      files.map((f) => [f.path, f.urls.length]),
      [
        ["/sitemap-en-1.xml", 2],
        ["/sitemap-en-2.xml", 2],
        ["/sitemap-en-3.xml", 1],
      ],
    );
    assert.deepEqual(
      files.flatMap((f) => f.urls),
      urls,
    );
    assert.equal(index.entries.length, 3);
  });

  it("should date an index entry by the latest instant among its URLs, across offsets", () => {
    // 03:00Z is 11:00 in Shanghai: later than 10:30+08:00 though its text sorts first.
    const urls = [
      url("/a/", "2024-05-02T10:30:00+08:00"),
      url("/b/", "2024-05-02T03:00:00Z"),
      url("/c/"),
    ];
    const { index } = sitemaps(ctx, new Map([["en", urls]]));
    assert.equal(index.entries[0]?.lastmod, "2024-05-02T03:00:00Z");
  });
});

describe("sitemapUrls", () => {
  const page = (lang: Lang, path: string) => ({
    path,
    chrome: makeChrome(ctx, { lang, path, footerLinks: [] }),
  });

  it("should list each edition's pages, thin ones left out, then its articles with lastmod", () => {
    const pages = [page("en", "/"), page("zh", "/zh/"), page("en", "/tags/rare/")];
    const { chrome } = page("zh", "/zh/news/2024/05/tai-feng/");
    const article = {
      lang: chrome.lang,
      canonical: chrome.canonical,
      alternates: chrome.alternates,
      lastModified: "2024-05-01T10:00:00+08:00",
    };
    const urls = sitemapUrls(ctx, pages, new Set(["/tags/rare/"]), [article]);
    assert.deepEqual([...urls.keys()], ["en", "zh"]);
    assert.deepEqual(urls.get("en"), [{ loc: "https://example.org/news/", alternates: [] }]);
    assert.deepEqual(urls.get("zh"), [
      { loc: "https://example.org/news/zh/", alternates: [] },
      {
        loc: "https://example.org/news/zh/news/2024/05/tai-feng/",
        lastmod: "2024-05-01T10:00:00+08:00",
        alternates: [],
      },
    ]);
  });

  it("should carry a page's hreflang alternates", () => {
    const translated = {
      path: "/about/",
      chrome: makeChrome(ctx, {
        lang: "en",
        path: "/about/",
        translations: { zh: "/zh/guan-yu/" },
        footerLinks: [],
      }),
    };
    const urls = sitemapUrls(ctx, [translated], new Set(), []);
    assert.deepEqual(
      urls.get("en")?.[0]?.alternates?.map((a) => a.hreflang),
      ["en", "zh-CN", "x-default"],
    );
    assert.deepEqual(urls.get("zh"), []);
  });
});
