// Tests for src/collect/edition.ts: one edition's list pages, feeds, thin tags and tag index.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectAuthors } from "../../../src/collect/authors.ts";
import { editionPages, type EditionPages } from "../../../src/collect/edition.ts";
import { FEED_SIZE, TAXONOMY_FEED_SIZE } from "../../../src/collect/feed-model.ts";
import { groupArticles } from "../../../src/collect/groups.ts";
import { collectTags } from "../../../src/collect/tags.ts";
import type { Article } from "../../../src/content/article.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeStamp } from "../../helpers/article.ts";
import { AUTHORS, DEPS, located, sampleArticles, siteContext } from "../../helpers/collect.ts";

/** Edition `lang` of `articles`, its tags and authors sorted as collectSite sorts them. */
function edition(
  articles: readonly Article[],
  lang: Lang,
  config: Partial<SiteConfig> = {},
): EditionPages {
  const ctx = siteContext(config);
  const groups = groupArticles(articles, ctx.config.languages, false);
  const tags = collectTags(groups.shown, ctx.config, DEPS);
  const authors = collectAuthors(groups.shown, AUTHORS, ctx.config, DEPS);
  return editionPages(ctx, lang, {
    groups,
    tags,
    authors,
    sortedTags: [...tags.byKey.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    sortedAuthors: [...authors.byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    footer: [],
  });
}

const sample = Object.values(sampleArticles());

describe("editionPages", () => {
  it("should build home, sections, tags, authors and archives of the edition's own articles", () => {
    assert.deepEqual(
      edition(sample, "zh").listPages.map((p) => `${p.kind} ${p.path}`),
      [
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
    assert.deepEqual(
      edition(sample, "en").listPages.map((p) => p.path),
      [
        ...["/", "/news/", "/business/", "/tags/transport/", "/tags/typhoon/", "/tags/weather/"],
        ...["/authors/li-ming/", "/authors/wang-fang/", "/2024/", "/2024/05/", "/2024/04/"],
      ],
    );
  });

  it("should give home and section feeds the newest 20 and tag and author feeds the newest 10", () => {
    const feeds = edition(sample, "zh").feeds;
    assert.deepEqual(
      feeds.map((f) => [f.path, f.size, f.title]),
      [
        ["/zh/feed.xml", FEED_SIZE, "山城日报"],
        ["/zh/news/feed.xml", FEED_SIZE, "新闻 – 山城日报"],
        ["/zh/business/feed.xml", FEED_SIZE, "财经 – 山城日报"],
        ["/zh/tags/tai-feng/feed.xml", TAXONOMY_FEED_SIZE, "台风 – 山城日报"],
        ["/zh/tags/weather/feed.xml", TAXONOMY_FEED_SIZE, "weather – 山城日报"],
        ["/zh/authors/li-ming/feed.xml", TAXONOMY_FEED_SIZE, "李明 – 山城日报"],
      ],
    );
    assert.deepEqual([FEED_SIZE, TAXONOMY_FEED_SIZE], [20, 10]);
    const many = Array.from({ length: 12 }, (_, i) =>
      located({
        source: `articles/s${i}.md`,
        slug: `s${i}`,
        date: makeStamp(`2024-04-${String(10 + i)}T09:00:00+08:00`),
        tags: ["Metro"],
      }),
    );
    const en = edition(many, "en").feeds;
    const entries = (path: string) => en.find((f) => f.path === path)?.entries.length;
    assert.deepEqual([entries("/feed.xml"), entries("/tags/metro/feed.xml")], [12, 10]);
    assert.equal(
      en.find((f) => f.path === "/tags/metro/feed.xml")?.jsonPath,
      "/tags/metro/feed.json",
    );
  });

  it("should mark every page of a thin tag, and only those", () => {
    assert.deepEqual([...edition(sample, "en").thin].sort(), [
      "/tags/transport/",
      "/tags/typhoon/",
    ]);
    assert.deepEqual([...edition(sample, "zh").thin].sort(), [
      "/zh/tags/tai-feng/",
      "/zh/tags/weather/",
    ]);
    const paged = edition(sample, "en", { pageSize: 1, minTagArticles: 3 });
    assert.deepEqual([...paged.thin].sort(), [
      "/tags/transport/",
      "/tags/typhoon/",
      "/tags/weather/",
      "/tags/weather/page/2/",
    ]);
    assert.deepEqual([...edition(sample, "en", { minTagArticles: 1 }).thin], []);
  });

  it("should count the edition's articles per tag on its all-tags page", () => {
    const { tagIndex } = edition(sample, "en");
    assert.equal(tagIndex.path, "/tags/");
    assert.deepEqual(
      tagIndex.tags.map((t) => [t.href, t.count]),
      [
        ["/news/tags/weather/", 2],
        ["/news/tags/transport/", 1],
        ["/news/tags/typhoon/", 1],
      ],
    );
    assert.equal(tagIndex.chrome.title, "All tags – Mountain City Daily");
    const zh = edition(sample, "zh").tagIndex;
    assert.deepEqual(
      zh.tags.map((t) => [t.href, t.count]),
      [
        ["/news/zh/tags/weather/", 1],
        ["/news/zh/tags/tai-feng/", 1],
      ],
    );
  });
});
