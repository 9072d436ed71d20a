// Tests for src/collect/article-inputs.ts: every article page is keyed, pages whose keys match build
// the same view, and a change to anything an article page shows changes its key.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  articleKey,
  type ArticleInputs,
  contextDigest,
} from "../../../src/collect/article-inputs.ts";
import { pageKeyOf } from "../../../src/collect/page-keys.ts";
import { collectSite, type CollectInput } from "../../../src/collect/site-data.ts";
import type { Article } from "../../../src/content/article.ts";
import { heldBody } from "../../../src/content/body.ts";
import { makeStamp } from "../../helpers/article.ts";
import { collectInput, sampleArticles, siteContext } from "../../helpers/collect.ts";

/** The sample's articles, the English typhoon story with its own summary (its card reads no body). */
function articles(over: Partial<Article> = {}): Article[] {
  const s = sampleArticles();
  return Object.values({
    ...s,
    typhoonEn: { ...s.typhoonEn, summary: "Signal 8 is up.", ...over },
  });
}

/** Each article page's key and view (as JSON, bodies by digest), by path. */
function pages(input: CollectInput): Map<string, { key?: string; view: string }> {
  const { site } = collectSite(input);
  return new Map(
    site.articlePages.map((p) => [p.path, { key: pageKeyOf(p), view: JSON.stringify(p.view()) }]),
  );
}

/** The inputs of `article`'s page with nothing around it. */
function baseInputs(article: Article): ArticleInputs {
  const rail = { related: [], earlier: [] };
  return { article, related: [], rail, authors: [], tags: [], translations: {}, footer: [] };
}

const METRO = "/news/2024/04/metro-line/";
const TYPHOON = "/news/2024/05/typhoon-signal/";

describe("article page keys", () => {
  it("should key every article page, and build the same view whatever the build clock", () => {
    const noon = pages(collectInput(articles()));
    const evening = pages(
      collectInput(articles(), { now: makeStamp("2024-05-02T18:30:00+08:00") }),
    );
    assert.equal(noon.size, 3);
    for (const [path, p] of noon) {
      assert.match(p.key ?? "", /^[0-9a-f]{64}$/, path);
      assert.deepEqual(evening.get(path), p, path);
    }
  });

  it("should keep a neighbour's key when only what its page shows changes", () => {
    const before = pages(collectInput(articles()));
    const body = pages(collectInput(articles({ body: heldBody("<p>More.</p>", "More.") })));
    assert.notEqual(body.get(TYPHOON)!.key, before.get(TYPHOON)!.key, "its own page changes");
    assert.deepEqual(body.get(METRO), before.get(METRO), "its card on the metro page does not");
    const title = pages(collectInput(articles({ title: "Typhoon signal 8 raised" })));
    assert.notEqual(title.get(METRO)!.key, before.get(METRO)!.key, "a new headline: the card");
    assert.notEqual(title.get(METRO)!.view, before.get(METRO)!.view);
  });

  it("should keep the key when only what errors show moves (field lines, the working folder)", () => {
    const [a] = articles();
    const moved = { ...a!, fieldAt: { title: { line: 9, col: 8 } }, displayPath: "../c/x.md" };
    const ctx = siteContext();
    assert.equal(articleKey(ctx, baseInputs(moved)), articleKey(ctx, baseInputs(a!)));
    assert.notEqual(
      articleKey(ctx, baseInputs({ ...a!, slug: "x" })),
      articleKey(ctx, baseInputs(a!)),
    );
  });

  it("should change with the site settings and the preview flag", () => {
    const before = pages(collectInput(articles())).get(METRO)!.key;
    const retitled = collectInput(articles());
    retitled.config = { ...retitled.config, title: { en: "Mountain City Post", zh: "山城日报" } };
    assert.notEqual(pages(retitled).get(METRO)!.key, before);
    const inputs = baseInputs(articles()[0]!);
    assert.notEqual(
      articleKey(siteContext({}, { preview: true }), inputs),
      articleKey(siteContext(), inputs),
    );
  });

  it("should change when any one of its inputs changes", () => {
    const ctx = siteContext();
    const [a, b] = articles();
    const link = { href: "/news/x/", label: "X" };
    const card = { href: "/news/x/", title: "X", date: a!.date, dateText: "1 May", lang: "en" };
    const base = baseInputs(a!);
    const changed = {
      article: b!,
      prev: link,
      next: link,
      related: [link],
      rail: { related: [], earlier: [card as never] },
      authors: [{ path: "/authors/x/", label: "X" }],
      tags: [link],
      translations: { zh: "/zh/x/" },
      footer: [link],
    } satisfies Required<ArticleInputs>;
    const key = articleKey(ctx, base);
    for (const field of Object.keys(changed) as (keyof ArticleInputs)[]) {
      assert.notEqual(articleKey(ctx, { ...base, [field]: changed[field] }), key, field);
    }
    assert.match(contextDigest(ctx), /^[0-9a-f]{64}$/);
  });
});
