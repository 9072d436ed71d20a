import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { indexedYears, isIndexed, searchView } from "../../../src/collect/search.ts";
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
