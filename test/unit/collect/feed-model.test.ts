// Tests for src/collect/feed-model.ts: the feed of one list in one edition, with absolute links,
// offset dates, resolved authors and tag labels.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { collectAuthors } from "../../../src/collect/authors.ts";
import {
  BRIEF_NAMES,
  entryHtml,
  feedOf,
  TAXONOMY_FEED_SIZE,
  type FeedSpec,
} from "../../../src/collect/feed-model.ts";
import { collectTags } from "../../../src/collect/tags.ts";
import type { Article } from "../../../src/content/article.ts";
import type { AuthorConfig } from "../../../src/content/authors.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { DEPS, siteContext } from "../../helpers/collect.ts";

const ctx = siteContext();
const REGISTRY: AuthorConfig[] = [{ id: "li-ming", name: { en: "Li Ming", zh: "李明" } }];
const TAGS = [
  {
    name: "台风",
    synonyms: ["typhoon"],
    label: { en: "Typhoon", zh: "台风" },
    file: "content/tags.yaml",
    line: 1,
    col: 1,
  },
];

/** The feed of `articles` (newest first) as collect builds it, tags and bylines resolved. */
function feed(articles: Article[], over: Partial<FeedSpec> = {}) {
  const spec: FeedSpec = {
    lang: "en",
    listPath: "/",
    atomPath: "/feed.xml",
    jsonPath: "/feed.json",
    title: "Mountain City Daily",
    articles,
    size: 20,
    ...over,
  };
  const tags = collectTags(articles, ctx.config, DEPS, TAGS);
  const authors = collectAuthors(articles, REGISTRY, ctx.config, DEPS);
  return feedOf(ctx, spec, tags, authors);
}

const day = (d: number, over: Partial<Article> = {}): Article =>
  makeArticle({
    source: `articles/2024/story-${d}.md`,
    slug: `story-${d}`,
    title: `Story ${d}`,
    date: makeStamp(`2024-04-${String(d).padStart(2, "0")}T09:00:00+08:00`),
    ...over,
  });

describe("feedOf", () => {
  it("should describe each entry with absolute links, offset dates, authors and tag labels", () => {
    const a = makeArticle({
      summary: "The signal went up at dawn.",
      authors: ["li-ming", "Chen Jie"],
      tags: ["Typhoon", "#typhoon", "Hong Kong"],
      updated: makeStamp("2024-05-01T12:00:00+08:00"),
      corrections: [{ at: makeStamp("2024-05-01T15:45:00+08:00"), note: "Time fixed." }],
    });
    const entries = feed([a]).entries.map((e) => ({ ...e, content: entryHtml(e) }));
    assert.deepEqual(entries, [
      {
        id: "https://example.org/news/news/2024/05/typhoon-signal/",
        title: "Typhoon signal raised as storm nears the coast",
        href: "https://example.org/news/news/2024/05/typhoon-signal/",
        published: "2024-05-01T10:00:00+08:00",
        updated: "2024-05-01T15:45:00+08:00",
        summary: "The signal went up at dawn.",
        content: "<p>The observatory raised the typhoon signal on Wednesday morning.</p>",
        authors: [
          { name: "Li Ming", uri: "https://example.org/news/authors/li-ming/" },
          { name: "Chen Jie", uri: "https://example.org/news/authors/chen-jie/" },
        ],
        categories: ["Typhoon", "Hong Kong"],
      },
    ]);
  });

  it("should link the feed, its JSON twin and its list absolutely, in the edition's language", () => {
    const a = makeArticle({
      lang: "zh",
      slug: "tai-feng",
      authors: ["li-ming"],
      tags: ["typhoon"],
    });
    const f = feed([a], {
      lang: "zh",
      listPath: "/zh/tags/tai-feng/",
      atomPath: "/zh/tags/tai-feng/feed.xml",
      jsonPath: "/zh/tags/tai-feng/feed.json",
      title: "台风 – 山城日报",
      size: 10,
    });
    const { entries, ...head } = f;
    assert.deepEqual(head, {
      path: "/zh/tags/tai-feng/feed.xml",
      jsonPath: "/zh/tags/tai-feng/feed.json",
      lang: "zh",
      title: "台风 – 山城日报",
      subtitle: "重庆新闻",
      id: "https://example.org/news/zh/tags/tai-feng/feed.xml",
      selfHref: "https://example.org/news/zh/tags/tai-feng/feed.xml",
      jsonHref: "https://example.org/news/zh/tags/tai-feng/feed.json",
      alternateHref: "https://example.org/news/zh/tags/tai-feng/",
      updated: "2024-05-01T10:00:00+08:00",
      size: 10,
    });
    assert.deepEqual(entries[0]?.authors, [
      { name: "李明", uri: "https://example.org/news/zh/authors/li-ming/" },
    ]);
    assert.deepEqual(entries[0]?.categories, ["台风"]);
    assert.equal(entries[0]?.href, "https://example.org/news/zh/news/2024/05/tai-feng/");
  });

  it("should give tag and author feeds brief entries: escaped summary and link, at most BRIEF_NAMES names", () => {
    const many = Array.from({ length: 12 }, (_, i) => `Topic ${i}`);
    const a = makeArticle({
      title: "Storms <b>& floods</b>",
      summary: 'Rain "all" week <script>',
      authors: ["li-ming", ...Array.from({ length: 8 }, (_, i) => `Writer ${i}`)],
      tags: many,
    });
    const [entry] = feed([a], { size: TAXONOMY_FEED_SIZE }).entries;
    assert.equal(
      entry?.content,
      `<p>Rain &#x22;all&#x22; week &#x3C;script&#x3E;</p>\n<p><a href="${a.url}">Storms &#x3C;b&#x3E;&#x26; floods&#x3C;/b&#x3E;</a></p>`,
    );
    assert.deepEqual(entry?.categories, many.slice(0, BRIEF_NAMES));
    assert.equal(entry?.authors.length, BRIEF_NAMES);
    const [full] = feed([a], { size: TAXONOMY_FEED_SIZE, brief: false }).entries;
    assert.equal(full?.content, a.body, "the article's own body, not a copy");
    assert.equal(full?.categories.length, 12);
    assert.equal(full?.authors.length, 9);
  });

  it("should carry the newest `size` entries but date the feed by the latest change of the list", () => {
    const old = day(1, {
      corrections: [{ at: makeStamp("2024-04-30T08:00:00+08:00"), note: "Figures updated." }],
    });
    const f = feed([day(9), day(5), old], { size: 2 });
    assert.deepEqual(
      f.entries.map((e) => e.title),
      ["Story 9", "Story 5"],
    );
    assert.equal(f.updated, "2024-04-30T08:00:00+08:00");
  });

  it("should date an empty feed by its given instant, else by the build clock", () => {
    const f = feed([]);
    assert.deepEqual(f.entries, []);
    assert.equal(f.updated, "2024-05-02T12:00:00+08:00");
    const dated = feed([], { emptyUpdated: "2024-04-01T08:00:00+08:00" });
    assert.equal(dated.updated, "2024-04-01T08:00:00+08:00");
    assert.equal(
      feed([day(9)], { emptyUpdated: "2024-04-01T08:00:00+08:00" }).updated,
      feed([day(9)]).updated,
    );
  });

  it("should leave out a byline reported as an unknown author and excerpt a body without summary", () => {
    const a = makeArticle({ authors: ["li-mnig", "li-ming"] });
    const [entry] = feed([a]).entries;
    assert.deepEqual(
      entry?.authors.map((x) => x.name),
      ["Li Ming"],
    );
    assert.equal(entry?.summary, "The observatory raised the typhoon signal on Wednesday morning.");
  });
});
