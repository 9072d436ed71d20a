// Tests for src/collect/article-page.ts: what the site model keeps of an article page agrees with the
// view its template renders, and that view is built on each call, never kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectSite } from "../../../src/collect/site-data.ts";
import type { Article } from "../../../src/content/article.ts";
import { collectInput, sampleArticles } from "../../helpers/collect.ts";

const all: Article[] = Object.values(sampleArticles());

describe("articlePage", () => {
  it("should keep the fields verify, sitemaps and search read, equal to its view's", () => {
    // Preview shows drafts and pending articles too; the typhoon stories are translations.
    const { site } = collectSite(collectInput(all, { preview: true }));
    assert.equal(site.articlePages.length, 5);
    assert.ok(site.articlePages.some((p) => p.alternates.length > 0));
    assert.ok(site.articlePages.some((p) => p.image !== undefined));
    assert.ok(site.articlePages.some((p) => p.draft) && site.articlePages.some((p) => p.pending));
    for (const p of site.articlePages) {
      const v = p.view();
      assert.deepEqual(
        {
          path: p.path,
          source: p.source,
          lang: p.lang,
          canonical: p.canonical,
          alternates: p.alternates,
          date: p.date,
          lastModified: p.lastModified,
          listedIn: p.listedIn,
          feed: p.feed,
          draft: p.draft,
          pending: p.pending,
          section: p.section,
          tags: p.tags,
          authors: p.authors,
          image: p.image,
        },
        {
          path: v.path,
          source: v.source,
          lang: v.chrome.lang,
          canonical: v.chrome.canonical,
          alternates: v.chrome.alternates,
          date: v.date,
          lastModified: v.lastModified,
          listedIn: v.listedIn,
          feed: v.feed,
          draft: v.draft,
          pending: v.pending,
          section: v.breadcrumbs[1]!.label,
          tags: v.tags,
          authors: v.authors,
          image: v.image,
        },
        p.path,
      );
    }
  });

  it("should build a new view on each call (the model keeps none)", () => {
    const { site } = collectSite(collectInput(all));
    const p = site.articlePages[0]!;
    const a = p.view();
    const b = p.view();
    assert.notEqual(a, b);
    assert.deepEqual(JSON.stringify(a), JSON.stringify(b));
  });
});
