// Tests for src/collect/site-data.ts: the whole site model of a small bilingual site in one call.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectSite } from "../../../src/collect/site-data.ts";
import type { Article } from "../../../src/content/article.ts";
import { SAMPLE_MEDIA, collectInput, located, sampleArticles } from "../../helpers/collect.ts";
import { makeStamp } from "../../helpers/article.ts";

const sample = sampleArticles();
const all: Article[] = Object.values(sample);
const paths = (views: readonly { path: string }[]): string[] => views.map((v) => v.path);

describe("collectSite", () => {
  it("should count every status and show the published articles newest first", () => {
    const r = collectSite(collectInput(all));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.counts, { published: 3, drafts: 1, pending: 1, expired: 1 });
    assert.deepEqual(r.shown, [sample.typhoonZh, sample.typhoonEn, sample.metroEn]);
    assert.equal(r.nextPublish, "2024-05-03T08:00:00+08:00");
    assert.equal(r.redirects, undefined);
  });

  it("should build one page per shown article and each edition's list pages", () => {
    const { site } = collectSite(collectInput(all));
    assert.deepEqual(paths(site.articlePages), [
      "/zh/news/2024/05/tai-feng/",
      "/news/2024/05/typhoon-signal/",
      "/news/2024/04/metro-line/",
    ]);
    assert.deepEqual(
      site.listPages.map((p) => `${p.kind} ${p.path}`),
      [
        "home /",
        "section /news/",
        "section /business/",
        "tag /tags/transport/",
        "tag /tags/typhoon/",
        "tag /tags/weather/",
        "author /authors/li-ming/",
        "author /authors/wang-fang/",
        "archive /2024/",
        "archive /2024/05/",
        "archive /2024/04/",
        "home /zh/",
        "section /zh/news/",
        "section /zh/business/",
        "tag /zh/tags/tai-feng/",
        "tag /zh/tags/weather/",
        "author /zh/authors/li-ming/",
        "archive /zh/2024/",
        "archive /zh/2024/05/",
      ],
    );
    assert.deepEqual(paths(site.tagIndexPages), ["/tags/", "/zh/tags/"]);
    assert.deepEqual(paths(site.notFoundPages), ["/404.html", "/zh/404.html"]);
    assert.deepEqual([site.plainPages, site.redirectPages], [[], []]);
  });

  it("should give the home, section, tag and author lists an Atom and a JSON feed each", () => {
    const { site } = collectSite(collectInput(all));
    assert.deepEqual(
      site.feeds.map((f) => `${f.path} ${f.jsonPath}`),
      [
        "/feed.xml /feed.json",
        "/news/feed.xml /news/feed.json",
        "/business/feed.xml /business/feed.json",
        "/tags/transport/feed.xml /tags/transport/feed.json",
        "/tags/typhoon/feed.xml /tags/typhoon/feed.json",
        "/tags/weather/feed.xml /tags/weather/feed.json",
        "/authors/li-ming/feed.xml /authors/li-ming/feed.json",
        "/authors/wang-fang/feed.xml /authors/wang-fang/feed.json",
        "/zh/feed.xml /zh/feed.json",
        "/zh/news/feed.xml /zh/news/feed.json",
        "/zh/business/feed.xml /zh/business/feed.json",
        "/zh/tags/tai-feng/feed.xml /zh/tags/tai-feng/feed.json",
        "/zh/tags/weather/feed.xml /zh/tags/weather/feed.json",
        "/zh/authors/li-ming/feed.xml /zh/authors/li-ming/feed.json",
      ],
    );
    const home = site.feeds[0]!;
    assert.deepEqual(
      home.entries.map((e) => e.href),
      [sample.typhoonEn.url, sample.metroEn.url],
    );
  });

  it("should list every page in its edition's sitemap but thin tag pages", () => {
    const { site } = collectSite(collectInput(all));
    const abs = (p: string) => `https://example.org/news${p}`;
    assert.deepEqual(
      site.sitemaps.map((s) => [s.path, s.urls.map((u) => u.loc)]),
      [
        [
          "/sitemap-en-1.xml",
          [
            ...["/", "/news/", "/business/", "/tags/weather/", "/authors/li-ming/"],
            ...["/authors/wang-fang/", "/2024/", "/2024/05/", "/2024/04/", "/tags/"],
            ...["/news/2024/05/typhoon-signal/", "/news/2024/04/metro-line/"],
          ].map(abs),
        ],
        [
          "/sitemap-zh-1.xml",
          [
            ...["/zh/", "/zh/news/", "/zh/business/", "/zh/authors/li-ming/", "/zh/2024/"],
            ...["/zh/2024/05/", "/zh/tags/", "/zh/news/2024/05/tai-feng/"],
          ].map(abs),
        ],
      ],
    );
    assert.deepEqual(
      site.sitemapIndex.map((i) => [i.path, i.entries.map((e) => e.loc)]),
      [["/sitemap.xml", [abs("/sitemap-en-1.xml"), abs("/sitemap-zh-1.xml")]]],
    );
    const news = site.newsSitemaps[0]!;
    assert.equal(news.kind === "urlset" && news.urls.length, 2);
  });

  it("should write robots.txt and copy only the media of shown articles", () => {
    const { site } = collectSite(collectInput(all));
    assert.deepEqual(paths(site.textFiles), ["/robots.txt"]);
    assert.match(site.textFiles[0]!.body, /^Allow: \/$/m);
    assert.deepEqual(sourcesOf(site.media), [SAMPLE_MEDIA.metroHero.source]);
  });

  it("should show drafts and pending articles in a preview build, never expired ones", () => {
    const r = collectSite(collectInput(all, { preview: true }));
    assert.deepEqual(r.counts, { published: 3, drafts: 1, pending: 1, expired: 1 });
    assert.deepEqual(r.shown, [
      sample.pendingZh,
      sample.typhoonZh,
      sample.typhoonEn,
      sample.draftEn,
      sample.metroEn,
    ]);
    assert.ok(r.site.articlePages.every((p) => p.view().chrome.noindex));
    assert.deepEqual(sourcesOf(r.site.media), [
      SAMPLE_MEDIA.draftBody.source,
      SAMPLE_MEDIA.metroHero.source,
    ]);
    assert.match(r.site.textFiles[0]!.body, /^Disallow: \/$/m);
  });

  it("should report a misspelled author id at that byline's line and column", () => {
    const typo = located({
      source: "articles/2024/typo.md",
      slug: "typo",
      authors: ["wang-fang", "li-mng"],
    });
    const r = collectSite(collectInput([typo]));
    assert.deepEqual(r.errors, [
      {
        file: "content/articles/2024/typo.md",
        line: 7,
        col: 5,
        code: "E_AUTHOR_UNKNOWN",
        message: 'author "li-mng" is not in authors.yaml',
        hint: 'did you mean "li-ming"?',
      },
    ]);
    assert.deepEqual(r.site.articlePages[0]!.authors, [
      { href: "/news/authors/wang-fang/", label: "Wang Fang" },
    ]);
  });

  it("should report a translationKey used twice in one edition, naming the other file", () => {
    const newer = located({ source: "articles/a.md", slug: "a", translationKey: "k" });
    const older = located({
      source: "articles/b.md",
      slug: "b",
      date: makeStamp("2024-04-30T10:00:00+08:00"),
      translationKey: "k",
    });
    const r = collectSite(collectInput([older, newer]));
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.errors[0], {
      file: "content/articles/b.md",
      line: 5,
      col: 17,
      code: "E_TRANSLATION_DUP",
      message: 'translationKey "k" is used twice in "en" (also content/articles/a.md:5:17)',
      hint: "each edition may hold one article per translationKey; rename one key",
    });
  });

  it("should plan redirects from a redirects.lock only when every article was parsed", () => {
    const lock = {
      articles: new Map([[sample.metroEn.id, { urls: ["/news/2024/04/old-metro/"], gone: false }]]),
    };
    const full = collectSite(collectInput(all, { redirectsLock: lock }));
    assert.deepEqual(paths(full.site.redirectPages), ["/news/2024/04/old-metro/"]);
    assert.deepEqual(paths(full.site.textFiles), ["/robots.txt", "/_redirects"]);
    assert.equal(full.redirects?.changed, true);
    const partial = collectSite(collectInput(all, { redirectsLock: lock, complete: false }));
    assert.equal(partial.redirects, undefined);
    assert.deepEqual(partial.site.redirectPages, []);
    assert.deepEqual(paths(partial.site.textFiles), ["/robots.txt"]);
  });
});

/** The source files that renditions are made from, each once, in path order. */
function sourcesOf(media: readonly { source: string; path: string }[]): string[] {
  return [...new Set(media.map((m) => m.source))];
}
