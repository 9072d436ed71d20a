// Tests for src/collect/related-memo.ts and src/incremental/related-cache.ts: an edition's related
// lists come from the memo only while every input they were scored from is the same, and equal a
// fresh scoring when they do.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { memoRelated, type RelatedMemo } from "../../../src/collect/related-memo.ts";
import { packTerms, relatedArticles, termCounts } from "../../../src/collect/related.ts";
import type { Article } from "../../../src/content/article.ts";
import { heldBody } from "../../../src/content/body.ts";
import { relatedCache } from "../../../src/incremental/related-cache.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { tempDir } from "../../helpers/cli.ts";

const TOPICS = ["ferry harbour tide", "metro line station", "market price vegetables"];

/** Twelve articles on three topics, newest first, with their term counts set as the cache sets them. */
function edition(): Article[] {
  return Array.from({ length: 12 }, (_, i) => {
    const topic = TOPICS[i % 3]!;
    const title = `${topic} story ${i}`;
    const text = `${topic} ${topic} report number ${i}`;
    return makeArticle({
      id: `a${i}`,
      source: `articles/a${i}.md`,
      title,
      slug: `a${i}`,
      section: i % 2 ? "news" : "tech",
      date: makeStamp(new Date(Date.UTC(2024, 0, 30 - i)).toISOString()),
      body: heldBody("", text),
      textStats: {
        readingMinutes: 1,
        terms: () => packTerms(termCounts(title, text)),
        excerpt: "",
        termsDigest: packTerms(termCounts(title, text)),
      },
    });
  });
}

/** A memo in memory that counts what it served and stored. */
function memory(): RelatedMemo & { served: number; stored: number } {
  const m = new Map<string, number[][]>();
  return {
    served: 0,
    stored: 0,
    get(key) {
      const v = m.get(key);
      if (v) this.served++;
      return v;
    },
    set(key, lists) {
      this.stored++;
      m.set(key, lists);
    },
  };
}

const ids = (r: Map<Article, Article[]>, list: readonly Article[]) =>
  list.map((a) => (r.get(a) ?? []).map((b) => b.id));

describe("memoRelated", () => {
  it("should serve the lists it stored, equal to a fresh scoring", () => {
    const memo = memory();
    const first = edition();
    const groups = [first.filter((_, i) => i % 3 === 0)];
    const scored = memoRelated(first, groups, memo);
    assert.deepEqual([memo.served, memo.stored], [0, 1]);
    const again = edition();
    const served = memoRelated(again, [again.filter((_, i) => i % 3 === 0)], memo);
    assert.deepEqual([memo.served, memo.stored], [1, 1]);
    assert.deepEqual(ids(served, again), ids(scored, first));
    assert.deepEqual(
      ids(served, again),
      ids(
        relatedArticles(
          again,
          groups.map(() => again.filter((_, i) => i % 3 === 0)),
        ),
        again,
      ),
    );
  });

  it("should score again when a term, a date, a section, an id or a tag group changed", () => {
    const changes: ((list: Article[]) => void)[] = [
      (l) => (l[4]!.textStats = { ...l[4]!.textStats!, termsDigest: "ferry 9" }),
      (l) => (l[4]!.date = makeStamp("2020-01-01T00:00:00Z")),
      (l) => (l[4]!.section = "sport"),
      (l) => (l[4]!.id = "renamed"),
    ];
    for (const change of [...changes, undefined]) {
      const memo = memory();
      const base = edition();
      memoRelated(base, [base.slice(0, 2)], memo);
      const next = edition();
      change?.(next);
      memoRelated(next, change ? [next.slice(0, 2)] : [next.slice(0, 3)], memo);
      assert.deepEqual([memo.served, memo.stored], [0, 2], String(change));
    }
  });

  it("should score without a memo or when an article has no counted terms", () => {
    const memo = memory();
    const list = edition();
    list[2]!.textStats = undefined;
    memoRelated(list, [], memo);
    assert.deepEqual([memo.served, memo.stored], [0, 0]);
  });
});

describe("relatedCache", () => {
  it("should keep the lists across builds in the cache folder, and drop editions not used", () => {
    const dir = tempDir("related-");
    const first = relatedCache(dir);
    first.set("k1", [[1], [0]]);
    first.save();
    const second = relatedCache(dir);
    assert.deepEqual(second.get("k1"), [[1], [0]]);
    assert.equal(second.get("k2"), undefined);
    second.set("k2", [[0]]);
    second.save();
    const third = relatedCache(dir);
    assert.deepEqual([third.get("k1"), third.get("k2")], [[[1], [0]], [[0]]]);
    third.save();
    // The third build used both; a fourth that uses only k2 drops k1.
    const fourth = relatedCache(dir);
    fourth.get("k2");
    fourth.save();
    assert.equal(relatedCache(dir).get("k1"), undefined);
  });
});
