// Tests for layouts/TagIndex.tsx: the page listing every tag of an edition.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderPage } from "../../../layouts/render.tsx";
import { TagIndexLayout } from "../../../layouts/TagIndex.tsx";
import { doc, one, tagIndexView, text } from "./views.ts";

describe("TagIndexLayout", () => {
  it("should list the main tags with a pluralised, localised count, then one-article tags in a run", () => {
    const en = doc(renderPage(<TagIndexLayout view={tagIndexView("en")} />));
    assert.equal(text(one(en, "h1")), "All tags");
    assert.deepEqual(en.querySelectorAll(".tag-index li").map(text), ["Chongqing (5 articles)"]);
    // 33 rows of "(1 article)" become one short list under one heading, without a count each.
    assert.equal(text(one(en, "section h2")), "1 article");
    assert.deepEqual(en.querySelectorAll(".tag-cloud li").map(text), ["Hong Kong"]);
    assert.equal(en.querySelectorAll(".tag-cloud .count").length, 0);
    const zh = doc(renderPage(<TagIndexLayout view={tagIndexView("zh")} />));
    assert.equal(text(one(zh, "h1")), "全部标签");
    assert.equal(text(one(zh, ".tag-index li .count")), "(5 篇文章)");
  });
});
