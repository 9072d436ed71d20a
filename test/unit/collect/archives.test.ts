// Unit tests of src/collect/archives.ts: year and month archive pages of an edition.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { archivePages } from "../../../src/collect/archives.ts";
import type { ListView } from "../../../src/collect/lists.ts";
import type { Article } from "../../../src/content/article.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

/** Published news stories `slugs`, newest first, one a day back from 2024-04-20. */
function stories(slugs: string[], over: Partial<Article> = {}): Article[] {
  return slugs.map((slug, i) =>
    makeArticle({
      source: `articles/${slug}.md`,
      slug,
      title: `Story ${slug}`,
      date: makeStamp(`2024-04-${20 - i}T09:00:00+08:00`),
      ...over,
    }),
  );
}

const hrefs = (page: ListView) => page.items.map((c) => c.href);

describe("archive pages", () => {
  it("should build year and month archives, newest first, with the year linking its months", () => {
    const ctx = siteContext();
    const [may, april] = [stories(["m"])[0]!, stories(["p"])[0]!];
    const months = new Map([
      ["2024-05", [may]],
      ["2024-04", [april]],
      ["2023-12", [april]],
    ]);
    const zhHas = (l: Lang, ym: string) => l === "zh" && ym === "2024-04";
    const pages = archivePages(ctx, "en", months, zhHas, []);
    assert.deepEqual(
      pages.map((p) => p.path),
      ["/2024/", "/2024/05/", "/2024/04/", "/2023/", "/2023/12/"],
    );
    assert.deepEqual(
      pages[0]!.links?.map((l) => l.href),
      ["/news/2024/05/", "/news/2024/04/"],
    );
    assert.equal(pages[1]!.links, undefined);
    assert.deepEqual(hrefs(pages[0]!), [may.href, april.href]);
    const zhLinks = pages.map((p) => p.chrome.alternates.some((a) => a.hreflang === "zh-CN"));
    assert.deepEqual(zhLinks, [true, false, true, false, false]);
  });
});
