import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  indexedYears,
  isIndexed,
  SEARCH_BUCKET_MAX,
  searchBuckets,
  searchView,
} from "../../../src/collect/search.ts";
import { bucketYears } from "../../../src/search/client/search.js";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

const at = (iso: string, status: "published" | "draft" | "pending" | "expired" = "published") =>
  makeArticle({ date: makeStamp(iso), status, draft: status === "draft" });

describe("isIndexed and indexedYears", () => {
  it("should index published articles only, by year in the site zone, newest year first", () => {
    assert.deepEqual(
      ["published", "draft", "pending", "expired"].map((s) => isIndexed({ status: s as "draft" })),
      [true, false, false, false],
    );
    const articles = [
      at("2023-12-31T23:30:00+08:00"),
      at("2024-03-01T10:00:00+08:00"),
      at("2022-05-01T10:00:00+08:00", "draft"),
      at("2025-01-01T10:00:00+08:00", "pending"),
    ];
    assert.deepEqual(indexedYears(articles), ["2024", "2023"]);
  });
});

describe("searchView", () => {
  it("should point at the edition's buckets and archives, with the base path, and be noindex", () => {
    const ctx = siteContext();
    const v = searchView(
      ctx,
      "zh",
      [at("2024-03-01T10:00:00+08:00"), at("2022-01-05T10:00:00+08:00")],
      [],
    );
    assert.equal(v.path, "/zh/search/");
    assert.deepEqual(v.buckets, ["/news/pagefind/zh/2024/", "/news/pagefind/zh/2022/"]);
    assert.equal(v.pagefindHref, "/news/pagefind/pagefind.js");
    assert.equal(v.scriptHref, "/news/pagefind/search.js");
    assert.deepEqual(
      v.archives.map((l) => [l.href, l.label]),
      [
        ["/news/zh/2024/", "2024年归档"],
        ["/news/zh/2022/", "2022年归档"],
      ],
    );
    assert.equal(v.tagsHref, "/news/zh/tags/");
    assert.equal(v.chrome.noindex, true);
    assert.equal(v.chrome.title.startsWith("搜索"), true);
  });
});

describe("searchBuckets", () => {
  /** `n` published articles on the 10th of `month` (1–12) of `year`. */
  const many = (year: number, month: number, n: number) =>
    Array.from({ length: n }, () =>
      at(`${year}-${String(month).padStart(2, "0")}-10T10:00:00+08:00`),
    );

  it("should keep a year that fits in one bucket, named by its year, newest first", () => {
    const b = searchBuckets([...many(2022, 3, 2), ...many(2024, 12, 3)], 5);
    assert.deepEqual(b.names, ["2024", "2022"]);
    assert.equal(b.of(at("2022-03-10T10:00:00+08:00")), "2022");
    assert.equal(SEARCH_BUCKET_MAX >= 1000, true, "a year of a 10k-article site is one bucket");
  });

  it("should cut a year too big for one bucket into the longest month ranges that fit", () => {
    // 4 in January, 4 in May, 4 in September: no half holds 4 + 4 under a cap of 5; thirds do.
    const year = [...many(2023, 1, 4), ...many(2023, 5, 4), ...many(2023, 9, 4)];
    const b = searchBuckets([...year, ...many(2024, 2, 1)], 5);
    assert.deepEqual(b.names, ["2024", "2023-09", "2023-05", "2023-01"]);
    assert.deepEqual(
      year.map((a) => b.of(a)),
      [...Array(4).fill("2023-01"), ...Array(4).fill("2023-05"), ...Array(4).fill("2023-09")],
    );
    // Each bucket holds at most the cap, and every article's bucket is one the page lists.
    const sizes = new Map<string, number>();
    for (const a of year) sizes.set(b.of(a), (sizes.get(b.of(a)) ?? 0) + 1);
    assert.ok([...sizes.values()].every((n) => n <= 5));
    assert.ok([...sizes.keys()].every((k) => b.names.includes(k)));
  });

  it("should list only the parts that hold articles, and fall back to months when a month is over the cap", () => {
    const b = searchBuckets([...many(2023, 2, 7), ...many(2023, 11, 1)], 5);
    assert.deepEqual(
      b.names,
      ["2023-11", "2023-02"],
      "months, the finest cut; empty ones unlisted",
    );
    const q = searchBuckets([...many(2023, 1, 3), ...many(2023, 2, 3), ...many(2023, 12, 1)], 6);
    assert.deepEqual(q.names, ["2023-07", "2023-01"], "halves when they fit");
  });

  it("should give the search page each year of its buckets once, newest first", () => {
    const b = searchBuckets([...many(2023, 1, 4), ...many(2023, 9, 4), ...many(2024, 2, 1)], 5);
    const folders = b.names.map((n) => `/news/pagefind/en/${n}/`);
    assert.deepEqual(bucketYears(folders), ["2024", "2023"]);
  });

  it("should leave drafts, pending and expired articles out of the count", () => {
    const b = searchBuckets([...many(2023, 1, 5), at("2023-06-01T10:00:00+08:00", "draft")], 5);
    assert.deepEqual(b.names, ["2023"]);
  });
});
