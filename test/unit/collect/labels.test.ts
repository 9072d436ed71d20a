// Tests for src/collect/labels.ts: the titles of generated pages in each language.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PAGE_TITLES } from "../../../src/collect/labels.ts";

describe("PAGE_TITLES", () => {
  it("should name the tag index, the 404 page and the first breadcrumb in each language", () => {
    assert.deepEqual(
      [PAGE_TITLES.en.tags, PAGE_TITLES.en.notFound, PAGE_TITLES.en.home],
      ["All tags", "Page not found", "Home"],
    );
    assert.deepEqual(
      [PAGE_TITLES.zh.tags, PAGE_TITLES.zh.notFound, PAGE_TITLES.zh.home],
      ["全部标签", "页面未找到", "首页"],
    );
  });

  it("should title year archives", () => {
    assert.equal(PAGE_TITLES.en.year("2024"), "Archive 2024");
    assert.equal(PAGE_TITLES.zh.year("2024"), "2024年归档");
  });

  it("should title month archives from the two-digit month of the URL", () => {
    assert.equal(PAGE_TITLES.en.month("2024", "01"), "January 2024");
    assert.equal(PAGE_TITLES.en.month("2023", "05"), "May 2023");
    assert.equal(PAGE_TITLES.en.month("2024", "12"), "December 2024");
    assert.equal(PAGE_TITLES.zh.month("2024", "05"), "2024年5月");
    assert.equal(PAGE_TITLES.zh.month("2024", "12"), "2024年12月");
  });
});
