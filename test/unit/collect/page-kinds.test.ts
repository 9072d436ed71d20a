// Tests for src/collect/page-kinds.ts: the page-kind table, its output files, counts and templates.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import {
  PAGE_KINDS,
  PAGE_KIND_NAMES,
  outputFiles,
  pageCounts,
  pagesBuilt,
  rowOf,
  type PageKindName,
} from "../../../src/collect/page-kinds.ts";
import { collectSite } from "../../../src/collect/site-data.ts";
import type { SiteData } from "../../../src/collect/site.ts";
import { collectInput, sampleArticles } from "../../helpers/collect.ts";
import { heldBody } from "../../../src/content/body.ts";

const PAGES_DIR = new URL("../../../src/pages/", import.meta.url);

/** The sample site with a plain page and a moved article: every kind has at least one view. */
function fullSite(): SiteData {
  const s = sampleArticles();
  const lock = {
    articles: new Map([[s.metroEn.id, { urls: ["/news/2024/04/old-metro/"], gone: false }]]),
  };
  const about = {
    source: "pages/about.md",
    lang: "en" as const,
    slug: "about",
    title: "About us",
    body: heldBody("<p>Who we are.</p>", ""),
    media: [],
  };
  return collectSite(collectInput(Object.values(s), { pages: [about], redirectsLock: lock })).site;
}

/** The output files of one kind. */
function filesOf(site: SiteData, kind: PageKindName): string[] {
  return outputFiles(site)
    .filter((f) => f.kind === kind)
    .map((f) => f.file);
}

describe("outputFiles", () => {
  it("should promise a file for every view of every kind, at its kind's path", () => {
    const site = fullSite();
    const first: Record<PageKindName, string | undefined> = {
      articlePages: "zh/news/2024/05/tai-feng/index.html",
      atomFeeds: "feed.xml",
      jsonFeeds: "feed.json",
      listPages: "index.html",
      newsSitemaps: "news-sitemap.xml",
      notFoundPages: "404.html",
      plainPages: "about/index.html",
      redirectPages: "news/2024/04/old-metro/index.html",
      searchPages: "search/index.html",
      sitemapIndex: "sitemap.xml",
      sitemaps: "sitemap-en-1.xml",
      tagIndexPages: "tags/index.html",
      textFiles: "robots.txt",
    };
    assert.deepEqual(Object.keys(first).sort(), [...PAGE_KIND_NAMES]);
    for (const kind of PAGE_KIND_NAMES) {
      const files = filesOf(site, kind);
      assert.equal(files[0], first[kind], kind);
      assert.equal(files.length, rowOf(kind).views(site).length, kind);
    }
    assert.deepEqual(filesOf(site, "jsonFeeds").slice(0, 2), ["feed.json", "news/feed.json"]);
    assert.deepEqual(filesOf(site, "textFiles"), ["robots.txt", "_redirects"]);
  });

  it("should list the kinds in a stable (sorted) order", () => {
    const kinds = [...new Set(outputFiles(fullSite()).map((f) => f.kind))];
    assert.deepEqual(kinds, [...PAGE_KIND_NAMES]);
    assert.deepEqual([...PAGE_KIND_NAMES], Object.keys(PAGE_KINDS).sort());
  });
});

describe("pageCounts", () => {
  it("should count pages by label, feeds and sitemaps once each, and the media", () => {
    assert.deepEqual(pageCounts(fullSite()), {
      article: 3,
      feed: 14,
      home: 2,
      section: 4,
      tag: 5,
      author: 3,
      archive: 5,
      notFound: 2,
      page: 1,
      search: 2,
      sitemap: 3,
      tagIndex: 2,
      // One hero image: its renditions (whole, 16:9 card, og and JSON-LD crops), each a file.
      media: 27,
    });
  });
});

describe("pagesBuilt", () => {
  it("should count only the kinds people read as pages", () => {
    const site = fullSite();
    const pageKinds = PAGE_KIND_NAMES.filter((k) => PAGE_KINDS[k].page);
    assert.deepEqual(pageKinds, [
      "articlePages",
      "listPages",
      "notFoundPages",
      "plainPages",
      "searchPages",
      "tagIndexPages",
    ]);
    assert.equal(pagesBuilt(site), 3 + 19 + 2 + 1 + 2 + 2);
  });
});

describe("PAGE_KINDS templates", () => {
  it("should name a template in src/pages/ that paginates over pages.<kind> and writes its file", async () => {
    const site = fullSite();
    for (const kind of PAGE_KIND_NAMES) {
      const file = new URL(PAGE_KINDS[kind].template, PAGES_DIR);
      assert.ok(existsSync(file), `${kind}: ${PAGE_KINDS[kind].template} is missing`);
      const mod = (await import(file.href)) as {
        data: { pagination: { data: string }; permalink: (d: { item: unknown }) => string };
      };
      assert.equal(mod.data.pagination.data, `pages.${kind}`, kind);
      const [f] = outputFiles(site).filter((o) => o.kind === kind);
      assert.equal(mod.data.permalink({ item: f!.view }), `/${f!.file}`, kind);
    }
  });
});
