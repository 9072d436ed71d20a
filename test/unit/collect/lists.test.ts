// Tests for src/collect/lists.ts: paginated home, section, tag, author and archive lists; all tags.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { AuthorInfo } from "../../../src/collect/authors.ts";
import {
  authorPages,
  homePages,
  isThinTag,
  sectionPages,
  tagIndexPage,
  tagPages,
  type ListView,
} from "../../../src/collect/lists.ts";
import type { TagInfo } from "../../../src/collect/tags.ts";
import type { Article } from "../../../src/content/article.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { NOW, siteContext } from "../../helpers/collect.ts";

/** Published news stories `slugs`, newest first, one a day back from 2024-04-20. */
/** A day after the fixture clock. */
const NOW_PLUS_DAY = makeStamp(new Date(NOW.ms + 86_400_000).toISOString().replace("Z", "+00:00"));

function stories(slugs: string[], over: Partial<Article> = {}): Article[] {
  return slugs.map((slug, i) =>
    makeArticle({
      source: `articles/${slug}.md`,
      slug,
      title: `Story ${slug}`,
      date: makeStamp(`2024-04-${20 - i}T09:00:00+08:00`),
      ...over,
    }),
  );
}

/** A tag with `byLang` lists. */
function tag(slug: string, label: string, byLang: [Lang, Article[]][]): TagInfo {
  return { key: slug, slug, label, labelIn: () => label, byLang: new Map(byLang) };
}

const hrefs = (page: ListView) => page.items.map((c) => c.href);

describe("list pages", () => {
  it("should split a list into pages of pageSize with a pager on each", () => {
    const ctx = siteContext({ pageSize: 2 });
    const news = stories(["a", "b", "c", "d", "e"]);
    const pages = sectionPages(ctx, "en", (id) => (id === "news" ? news : []), []);
    // Page 1's two stories are its front (lead and a secondary lead), not its list.
    assert.deepEqual(
      pages.map((p) => [p.path, p.items.length]),
      [
        ["/news/", 0],
        ["/news/page/2/", 2],
        ["/news/page/3/", 1],
        ["/business/", 0],
      ],
    );
    assert.equal(pages[0]!.front?.lead?.href, news[0]!.href);
    assert.deepEqual(
      pages[0]!.front?.secondary.map((c) => c.href),
      [news[1]!.href],
    );
    assert.deepEqual(hrefs(pages[1]!), [news[2]!.href, news[3]!.href]);
    assert.deepEqual(pages[1]!.pager, {
      current: 2,
      total: 3,
      prev: "/news/news/",
      next: "/news/news/page/3/",
      pages: [
        { n: 1, href: "/news/news/" },
        { n: 2, href: "/news/news/page/2/" },
        { n: 3, href: "/news/news/page/3/" },
      ],
    });
    assert.equal(pages[0]!.chrome.title, "News – Mountain City Daily");
    assert.equal(pages[2]!.chrome.title, "News (3/3) – Mountain City Daily");
    assert.deepEqual(
      pages[0]!.chrome.alternates.map((a) => a.hreflang),
      ["en", "zh-CN", "x-default"],
    );
    assert.deepEqual(pages[1]!.chrome.alternates, []);
  });

  it("should lead the home page with the featured story and put every page-1 story on the front once", () => {
    const ctx = siteContext({ pageSize: 2 });
    const [a, b, c] = stories(["a", "b", "c"]);
    const featured = makeArticle({ ...c!, featured: true, featuredUntil: NOW_PLUS_DAY });
    const biz = stories(["x"], { section: "business" })[0]!;
    const pages = homePages(ctx, "en", [a!, biz, b!, featured], []);
    assert.deepEqual(
      pages.map((p) => p.path),
      ["/", "/page/2/"],
    );
    const front = pages[0]!.front!;
    assert.equal(front.lead?.href, featured.href);
    assert.deepEqual(
      front.secondary.map((s) => s.href),
      [a!.href, biz.href, b!.href],
    );
    assert.deepEqual(pages[0]!.items, []);
    assert.deepEqual(hrefs(pages[1]!), [b!.href]);
    const all = [
      front.lead!,
      ...front.secondary,
      ...front.latest,
      ...front.sections.flatMap((s) => [s.top, ...s.headlines]),
    ];
    assert.equal(new Set(all.map((c) => c.href)).size, all.length, "no story twice on page 1");
    assert.equal(pages[0]!.chrome.title, "Mountain City Daily");
    assert.equal(pages[1]!.front, undefined);
    const plain = homePages(ctx, "en", [a!, b!], []);
    assert.equal(plain[0]!.front?.lead?.href, a!.href);
  });

  it("should step a featured story down after featuredUntil, or featuredHours after its date", () => {
    const [a, b] = stories(["a", "b"]);
    const old = makeArticle({ ...b!, featured: true });
    // The fixture clock is long after 2024-04-19: the default 48 hours are over.
    assert.equal(homePages(siteContext(), "en", [a!, old], [])[0]!.front?.lead?.href, a!.href);
    const long = siteContext({ featuredHours: 8760 * 10 });
    assert.equal(homePages(long, "en", [a!, old], [])[0]!.front?.lead?.href, old.href);
    const until = makeArticle({ ...b!, featured: true, featuredUntil: NOW_PLUS_DAY });
    assert.equal(homePages(siteContext(), "en", [a!, until], [])[0]!.front?.lead?.href, until.href);
    const ended = makeArticle({ ...b!, featured: true, featuredUntil: b!.date });
    assert.equal(homePages(long, "en", [a!, ended], [])[0]!.front?.lead?.href, a!.href);
  });

  it("should fill a big front: four secondary leads, the latest rail, then section fronts", () => {
    const ctx = siteContext({ pageSize: 8 });
    const news = stories(["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"]);
    const biz = stories(["b1", "b2", "b3"], { section: "business" }).map((x, i) =>
      makeArticle({ ...x, date: makeStamp(`2024-03-${20 - i}T09:00:00+08:00`) }),
    );
    const all = [...news, ...biz];
    const front = homePages(ctx, "en", all, [])[0]!.front!;
    assert.equal(front.lead?.href, news[0]!.href);
    assert.equal(front.secondary.length, 4);
    // Page 1 lists 8 after the lead: 4 secondary, the other 4 in the rail (topped up to 6).
    assert.deepEqual(
      front.latest.map((c) => c.href),
      news
        .slice(5, 10)
        .map((x) => x.href)
        .concat(biz[0]!.href),
    );
    assert.deepEqual(
      front.sections.map((s) => [s.section.label, s.top.href, s.headlines.map((h) => h.href)]),
      [["Business", biz[1]!.href, [biz[2]!.href]]],
    );
    assert.match(front.dateLine, /^\w+day \d+ \w+ \d{4}$/);
  });

  it("should call a tag thin below minTagArticles in that edition, and noindex its pages", () => {
    const en = stories(["a", "b"]);
    const t = tag("weather", "Weather", [
      ["en", en],
      ["zh", stories(["z"], { lang: "zh" })],
    ]);
    const ctx = siteContext();
    assert.deepEqual([isThinTag(ctx, t, "en"), isThinTag(ctx, t, "zh")], [false, true]);
    const strict = siteContext({ minTagArticles: 3 });
    assert.equal(isThinTag(strict, t, "en"), true);
    const [thick] = tagPages(ctx, "en", t, []);
    assert.deepEqual(
      [thick!.path, thick!.chrome.noindex, thick!.chrome.robots],
      ["/tags/weather/", false, undefined],
    );
    const [thin] = tagPages(ctx, "zh", t, []);
    assert.deepEqual(
      [thin!.path, thin!.chrome.noindex, thin!.chrome.robots],
      ["/zh/tags/weather/", true, "noindex,follow"],
    );
    assert.deepEqual(
      thick!.chrome.feeds.slice(0, 2).map((f) => f.href),
      ["/news/tags/weather/feed.xml", "/news/tags/weather/feed.json"],
    );
  });

  it("should name an author's pages in the edition's language, linked to their other edition", () => {
    const ctx = siteContext();
    const author: AuthorInfo = {
      id: "li-ming",
      name: { en: "Li Ming", zh: "李明" },
      bio: { en: "Reporter.", zh: "记者。" },
      byLang: new Map([["zh", stories(["z"], { lang: "zh" })]]),
    };
    const [zh] = authorPages(ctx, "zh", author, []);
    assert.deepEqual(
      [zh!.path, zh!.heading, zh!.intro],
      ["/zh/authors/li-ming/", "李明", "记者。"],
    );
    assert.deepEqual(zh!.chrome.alternates, []);
    author.byLang.set("en", stories(["a"]));
    const [en] = authorPages(ctx, "en", author, []);
    assert.deepEqual([en!.path, en!.heading], ["/authors/li-ming/", "Li Ming"]);
    assert.deepEqual(
      en!.chrome.alternates.map((a) => a.href),
      [
        "https://example.org/news/authors/li-ming/",
        "https://example.org/news/zh/authors/li-ming/",
        "https://example.org/news/authors/li-ming/",
      ],
    );
  });

  it("should list an edition's tags on the all-tags page, most used first", () => {
    const ctx = siteContext();
    const tags = [
      tag("metro", "Metro", [["en", stories(["a"])]]),
      tag("weather", "Weather", [["en", stories(["a", "b"])]]),
      tag("budget", "Budget", [["en", stories(["c"])]]),
      tag("tai-feng", "台风", [["zh", stories(["z"], { lang: "zh" })]]),
    ];
    const page = tagIndexPage(ctx, "en", tags, [], "All tags");
    assert.equal(page.path, "/tags/");
    assert.deepEqual(page.tags, [
      { href: "/news/tags/weather/", label: "Weather", count: 2 },
      { href: "/news/tags/budget/", label: "Budget", count: 1 },
      { href: "/news/tags/metro/", label: "Metro", count: 1 },
    ]);
    assert.equal(tagIndexPage(ctx, "zh", tags, [], "全部标签").path, "/zh/tags/");
  });
});
