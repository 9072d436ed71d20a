import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectSite } from "../../../src/collect/site-data.ts";
import { pagefindRecord, searchRecords } from "../../../src/search/records.ts";
import { decodeCard } from "../../../src/search/client/search.js";
import { collectInput, sampleArticles } from "../../helpers/collect.ts";
import { makeArticle, makeStamp } from "../../helpers/article.ts";
import { SEARCH_BUCKET_MAX } from "../../../src/collect/search.ts";
import { heldBody } from "../../../src/content/body.ts";

/** The sample articles collected as a preview build (drafts and pending shown on pages). */
function previewModel() {
  const s = sampleArticles();
  const a = {
    ...s,
    typhoonEn: { ...s.typhoonEn, summary: "Signal 8 is up.", body: heldBody("", "Ferries stop.") },
  };
  return collectSite(collectInput(Object.values(a), { preview: true }));
}

describe("searchRecords", () => {
  it("should file records in the buckets the search page lists, a year over the cap cut into months", () => {
    // One more than the cap in 2023 (odd ones in March, even ones in October), a few in 2024.
    const articles = Array.from({ length: SEARCH_BUCKET_MAX + 1 }, (_, i) =>
      makeArticle({
        source: `articles/2023/a-${i}.md`,
        slug: `a-${i}`,
        date: makeStamp(`2023-${i % 2 ? "03" : "10"}-12T10:00:00+08:00`),
      }),
    );
    for (let i = 0; i < 3; i++)
      articles.push(
        makeArticle({
          source: `articles/2024/b-${i}.md`,
          slug: `b-${i}`,
          date: makeStamp("2024-01-05T10:00:00+08:00"),
        }),
      );
    const model = collectSite(collectInput(articles));
    const listed = model.site.searchPages.find((p) => p.path === "/search/")!.buckets;
    assert.deepEqual(listed, [
      "/news/pagefind/en/2024/",
      "/news/pagefind/en/2023-07/",
      "/news/pagefind/en/2023-01/",
    ]);
    const filed = new Map<string, number>();
    for (const r of searchRecords(model)) filed.set(r.bucket, (filed.get(r.bucket) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(filed), {
      "en/2023-01/": Math.floor((SEARCH_BUCKET_MAX + 1) / 2),
      "en/2023-07/": Math.ceil((SEARCH_BUCKET_MAX + 1) / 2),
      "en/2024/": 3,
    });
  });

  it("should hold only published articles, even when a preview shows drafts and pending ones", () => {
    const model = previewModel();
    assert.ok(
      model.shown.some((a) => a.status !== "published"),
      "the preview shows more",
    );
    assert.deepEqual(
      searchRecords(model).map((r) => [r.bucket, r.url, r.language]),
      [
        ["en/2024/", "/news/news/2024/04/metro-line/", "en"],
        ["en/2024/", "/news/news/2024/05/typhoon-signal/", "en"],
        ["zh/2024/", "/news/zh/news/2024/05/tai-feng/", "zh"],
      ],
    );
  });

  it("should index the title, summary and body only, with filters, a card and a date key", () => {
    const r = searchRecords(previewModel()).find((x) => x.url.endsWith("/typhoon-signal/"))!;
    assert.equal(pagefindRecord(r).content, "Signal 8 is up.\nFerries stop.");
    // The bucket key hashes the record as JSON: the body stands there by its digest, never its text.
    const json = JSON.stringify(r);
    assert.ok(json.includes(`\\u0000body:${r.content.body.digest()}`), json);
    assert.ok(!json.includes("Ferries"), json);
    assert.equal(r.meta.title, "Typhoon signal raised");
    assert.deepEqual(r.filters, {
      section: ["News"],
      tag: ["weather", "Typhoon"],
      author: ["Li Ming"],
      year: ["2024"],
    });
    assert.equal(r.sort.date, String(Date.parse("2024-05-01T10:00:00+08:00")).padStart(15, "0"));
    const card = decodeCard(r.meta.card)!;
    assert.deepEqual([card.section, card.datetime], ["News", "2024-05-01T10:00:00+08:00"]);
    assert.equal(card.image, undefined);
  });

  it("should give a result with a hero image its smallest rendition", () => {
    const r = searchRecords(previewModel()).find((x) => x.url.endsWith("/metro-line/"))!;
    const card = decodeCard(r.meta.card)!;
    assert.match(String(card.image), /^\/news\/media\//);
    assert.ok(Number(card.width) > 0 && Number(card.height) > 0);
  });
});
