// Tests for src/collect/articles.ts: an article page's links, dates, tags and structured data.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { articleView, type ArticleView } from "../../../src/collect/articles.ts";
import { collectAuthors } from "../../../src/collect/authors.ts";
import { groupArticles } from "../../../src/collect/groups.ts";
import { collectTags } from "../../../src/collect/tags.ts";
import { collectTranslations } from "../../../src/collect/translations.ts";
import type { Article } from "../../../src/content/article.ts";
import { makeStamp } from "../../helpers/article.ts";
import { AUTHORS, DEPS, located, siteContext } from "../../helpers/collect.ts";

/** The page of `a` among `articles`, linked as collectSite links it (no related articles). */
function viewOf(a: Article, articles: readonly Article[]): ArticleView {
  const ctx = siteContext();
  const groups = groupArticles(articles, ctx.config.languages, false);
  return articleView(ctx, a, {
    bySection: groups.bySection,
    sectionIndex: groups.sectionIndex,
    tags: collectTags(groups.shown, ctx.config, DEPS),
    authors: collectAuthors(groups.shown, AUTHORS, ctx.config, DEPS),
    translations: collectTranslations(groups.shown).byKey,
    footerLinks: new Map(),
    related: new Map(),
  });
}

/** An English news story of 2024-04-`day` at 09:00 (slug = source name). */
function story(slug: string, day: string, over: Partial<Article> = {}): Article {
  return located({
    source: `articles/${slug}.md`,
    slug,
    title: `Story ${slug}`,
    date: makeStamp(`2024-04-${day}T09:00:00+08:00`),
    ...over,
  });
}

describe("articleView", () => {
  it("should lead the breadcrumbs from the edition's home through the section to the article", () => {
    const en = story("a", "10");
    const zh = story("b", "10", { lang: "zh", section: "business", title: "港口" });
    assert.deepEqual(viewOf(en, [en, zh]).breadcrumbs, [
      { href: "/news/", label: "Home" },
      { href: "/news/news/", label: "News" },
      { href: "/news/news/2024/04/a/", label: "Story a", current: true },
    ]);
    assert.deepEqual(viewOf(zh, [en, zh]).breadcrumbs, [
      { href: "/news/zh/", label: "首页" },
      { href: "/news/zh/business/", label: "财经" },
      { href: "/news/zh/business/2024/04/b/", label: "港口", current: true },
    ]);
  });

  it("should link prev to the next older and next to the next newer story of its section", () => {
    const newest = story("c", "12");
    const middle = story("b", "11");
    const oldest = story("a", "10");
    const otherSection = story("x", "11", {
      section: "business",
      date: makeStamp("2024-04-11T10:00:00+08:00"),
    });
    const otherLang = story("y", "11", {
      lang: "zh",
      date: makeStamp("2024-04-11T08:00:00+08:00"),
    });
    const all = [oldest, otherLang, newest, otherSection, middle];
    const link = (a: Article) => ({ href: a.href, label: a.title });
    const mid = viewOf(middle, all);
    assert.deepEqual([mid.prev, mid.next], [link(oldest), link(newest)]);
    const first = viewOf(newest, all);
    assert.deepEqual([first.prev, first.next], [link(middle), undefined]);
    const last = viewOf(oldest, all);
    assert.deepEqual([last.prev, last.next], [undefined, link(middle)]);
  });

  it("should name the home, section, tag and author lists it must appear in", () => {
    const a = story("a", "10", {
      tags: ["Weather", "#Typhoon"],
      authors: ["li-ming", "Zhang San"],
    });
    assert.deepEqual(viewOf(a, [a]).listedIn, [
      { kind: "home", href: "/news/" },
      { kind: "section", href: "/news/news/" },
      { kind: "tag", href: "/news/tags/weather/" },
      { kind: "tag", href: "/news/tags/typhoon/" },
      { kind: "author", href: "/news/authors/li-ming/" },
      { kind: "author", href: "/news/authors/zhang-san/" },
    ]);
    const zh = story("b", "10", { lang: "zh", tags: ["台风"] });
    assert.deepEqual(viewOf(zh, [zh]).listedIn, [
      { kind: "home", href: "/news/zh/" },
      { kind: "section", href: "/news/zh/news/" },
      { kind: "tag", href: "/news/zh/tags/tai-feng/" },
    ]);
  });

  it("should point at its edition's Atom feed", () => {
    const en = story("a", "10");
    const zh = story("b", "10", { lang: "zh" });
    assert.equal(viewOf(en, [en, zh]).feed, "/feed.xml");
    assert.equal(viewOf(zh, [en, zh]).feed, "/zh/feed.xml");
  });

  it("should date the last change by the latest of updated and the corrections", () => {
    const corrected = story("a", "10", {
      updated: makeStamp("2024-04-11T12:00:00+08:00"),
      corrections: [
        { at: makeStamp("2024-04-13T09:30:00+08:00"), note: "Name spelled wrong." },
        { at: makeStamp("2024-04-12T08:00:00+08:00"), note: "Date fixed." },
      ],
    });
    assert.equal(viewOf(corrected, [corrected]).lastModified, "2024-04-13T09:30:00+08:00");
    const updated = story("b", "10", {
      updated: makeStamp("2024-04-11T12:00:00+08:00"),
      corrections: [{ at: makeStamp("2024-04-10T18:00:00+08:00"), note: "Typo." }],
    });
    assert.equal(viewOf(updated, [updated]).lastModified, "2024-04-11T12:00:00+08:00");
    const plain = story("c", "10");
    assert.equal(viewOf(plain, [plain]).lastModified, "2024-04-10T09:00:00+08:00");
  });

  it("should show each tag once however it is spelled", () => {
    const a = story("a", "10", { tags: ["Weather", "weather ", "#Typhoon", "WEATHER"] });
    assert.deepEqual(viewOf(a, [a]).tags, [
      { href: "/news/tags/weather/", label: "Weather" },
      { href: "/news/tags/typhoon/", label: "Typhoon" },
    ]);
  });

  it("should carry a NewsArticle and a BreadcrumbList as JSON-LD", () => {
    const en = story("a", "10", { authors: ["li-ming"], tags: ["Weather"], translationKey: "t" });
    const zh = story("b", "10", { lang: "zh", translationKey: "t" });
    const v = viewOf(en, [en, zh]);
    const [article, crumbs] = v.chrome.structuredData ?? [];
    assert.equal(v.chrome.structuredData?.length, 2);
    assert.equal(article?.["@type"], "NewsArticle");
    assert.equal(article?.["headline"], "Story a");
    assert.equal(article?.["url"], "https://example.org/news/news/2024/04/a/");
    assert.deepEqual(article?.["author"], [
      { "@type": "Person", name: "Li Ming", url: "https://example.org/news/authors/li-ming/" },
    ]);
    assert.deepEqual(article?.["keywords"], ["Weather"]);
    assert.equal(crumbs?.["@type"], "BreadcrumbList");
    assert.deepEqual(crumbs?.["itemListElement"], [
      { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/news/" },
      { "@type": "ListItem", position: 2, name: "News", item: "https://example.org/news/news/" },
      {
        "@type": "ListItem",
        position: 3,
        name: "Story a",
        item: "https://example.org/news/news/2024/04/a/",
      },
    ]);
    assert.deepEqual(
      v.chrome.alternates.map((l) => l.href),
      [
        "https://example.org/news/news/2024/04/a/",
        "https://example.org/news/zh/news/2024/04/b/",
        "https://example.org/news/news/2024/04/a/",
      ],
    );
  });

  it("should say when a pending article goes live: the later of its date and publishAt", () => {
    const publishAt = makeStamp("2024-04-12T06:00:00+08:00");
    const held = story("held", "10", { status: "pending", publishAt });
    const future = story("future", "11", { status: "pending" });
    const live = story("live", "09");
    assert.equal(viewOf(held, [held, future, live]).liveAt, publishAt);
    assert.equal(viewOf(future, [held, future, live]).liveAt, future.date);
    assert.equal(viewOf(live, [held, future, live]).liveAt, undefined);
  });
});
