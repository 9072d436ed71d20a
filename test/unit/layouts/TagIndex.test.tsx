// Tests for layouts/TagIndex.tsx: the page listing every tag of an edition.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderPage } from "../../../layouts/render.tsx";
import { TagIndexLayout } from "../../../layouts/TagIndex.tsx";
import { doc, one, tagIndexView, text } from "./views.ts";

describe("TagIndexLayout", () => {
  it("should list every tag with a pluralised, localised count", () => {
    const en = doc(renderPage(<TagIndexLayout view={tagIndexView("en")} />));
    assert.equal(text(one(en, "h1")), "All tags");
    assert.deepEqual(en.querySelectorAll(".tag-index li").map(text), [
      "Chongqing (5 articles)",
      "Hong Kong (1 article)",
    ]);
    const zh = doc(renderPage(<TagIndexLayout view={tagIndexView("zh")} />));
    assert.equal(text(one(zh, "h1")), "全部标签");
    assert.equal(text(one(zh, ".tag-index li .count")), "(5 篇文章)");
  });
});
