// Tests for src/strings.ts: the site's own words in each language, page titles and archive headings.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { STRINGS, stringsFor } from "../../src/strings.ts";

describe("STRINGS", () => {
  it("should pluralise English counts and not Chinese ones", () => {
    assert.equal(STRINGS.en.articleCount(1), "1 article");
    assert.equal(STRINGS.en.articleCount(0), "0 articles");
    assert.equal(STRINGS.zh.articleCount(2), "2 篇文章");
    assert.equal(STRINGS.zh.pageOf(2, 10), "第 2 页，共 10 页");
  });

  it("should name the tag index, the 404 page and the first breadcrumb in each language", () => {
    assert.deepEqual(
      [STRINGS.en.allTags, STRINGS.en.notFoundTitle, STRINGS.en.home],
      ["All tags", "Page not found", "Home"],
    );
    assert.deepEqual(
      [STRINGS.zh.allTags, STRINGS.zh.notFoundTitle, STRINGS.zh.home],
      ["全部标签", "页面未找到", "首页"],
    );
  });

  it("should title year archives", () => {
    assert.equal(STRINGS.en.archiveYear("2024"), "Archive 2024");
    assert.equal(STRINGS.zh.archiveYear("2024"), "2024年归档");
  });

  it("should title month archives from the two-digit month of the URL", () => {
    assert.equal(STRINGS.en.archiveMonth("2024", "01"), "January 2024");
    assert.equal(STRINGS.en.archiveMonth("2023", "05"), "May 2023");
    assert.equal(STRINGS.en.archiveMonth("2024", "12"), "December 2024");
    assert.equal(STRINGS.zh.archiveMonth("2024", "05"), "2024年5月");
    assert.equal(STRINGS.zh.archiveMonth("2024", "12"), "2024年12月");
  });

  it("should hand out one language's table with stringsFor", () => {
    assert.equal(stringsFor("zh"), STRINGS.zh);
    assert.equal(stringsFor("en").readingTime(8), "8 min read");
    assert.equal(stringsFor("zh").readingTime(8), "阅读约 8 分钟");
  });
});
