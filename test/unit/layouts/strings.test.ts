// Tests for layouts/strings.ts: the UI words of each language.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { STRINGS } from "../../../layouts/strings.ts";

describe("STRINGS", () => {
  it("should pluralise English counts and not Chinese ones", () => {
    assert.equal(STRINGS.en.articleCount(1), "1 article");
    assert.equal(STRINGS.en.articleCount(0), "0 articles");
    assert.equal(STRINGS.zh.articleCount(2), "2 篇文章");
    assert.equal(STRINGS.zh.pageOf(2, 10), "第 2 页，共 10 页");
  });
});
