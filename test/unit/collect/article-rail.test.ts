// Tests for src/collect/article-rail.ts: related cards without prev/next, and earlier stories only.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleRail } from "../../../src/collect/article-rail.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

const ctx = siteContext();
const section = ["a", "b", "c", "d", "e", "f", "g", "h"].map((slug, i) =>
  makeArticle({
    source: `articles/${slug}.md`,
    slug,
    date: makeStamp(`2024-04-${20 - i}T09:00:00+08:00`),
  }),
);

describe("articleRail", () => {
  it("should leave prev and next out of related and earlier, and list no story twice", () => {
    const [a, b, , d, e, f, g, h] = section;
    // The article is c (index 2): next is b, prev is d.
    const rail = articleRail(ctx, section, 2, [b!, a!, e!]);
    assert.deepEqual(
      rail.related.map((x) => x.href),
      [a!.href, e!.href],
    );
    assert.deepEqual(
      rail.earlier.map((x) => x.href),
      [f!.href, g!.href, h!.href],
    );
    assert.ok(!rail.earlier.some((x) => x.href === d!.href || x.href === b!.href));
  });

  it("should only list stories dated before the article as earlier (never newer ones)", () => {
    const rail = articleRail(ctx, section, 6, []);
    assert.deepEqual(rail.earlier, []);
    const top = articleRail(ctx, section, 0, []);
    assert.deepEqual(
      top.earlier.map((x) => x.href),
      section.slice(2, 6).map((x) => x.href),
    );
  });
});
