// SEO on article pages: canonical, Open Graph, Twitter card, hreflang.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import { ROOT, runCli, tempDir, writeTree } from "../helpers/cli.ts";
import { html } from "../helpers/output.ts";
import { article, siteYaml } from "../helpers/site.ts";

const NOW = "2024-06-01T12:00:00+08:00";
const EN = "news/2023/05/regatta/index.html";
const ZH = "zh/news/2023/05/long-zhou/index.html";
const PLAIN = "news/2023/06/plain/index.html";

function meta(doc: HTMLElement, property: string): string[] {
  return doc
    .querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
    .map((m) => m.getAttribute("content")!);
}

describe("SEO metadata of article pages", () => {
  let out = "";
  before(() => {
    const content = path.join(tempDir(), "content");
    writeTree(content, {
      "site.yaml": siteYaml(),
      "authors.yaml": 'li-ming: { name: { en: "Li Ming", zh: "李明" } }\n',
      "articles/en/regatta.md": article({
        title: '"Crews race on the river"',
        tags: '["#Chongqing", "#HongKong", "#Trade", "#DragonBoat", "#Jialing", "#Regatta", "#Tourism", "#Yuzhong"]',
        authors: "[li-ming]",
        updated: "2023-05-14 09:00",
        translationKey: "regatta",
        image: '{ src: ../../media/boats.jpg, alt: "Two boats racing" }',
      }),
      "articles/zh/long-zhou.md": article({
        title: '"龙舟赛"',
        lang: "zh",
        translationKey: "regatta",
      }),
      "articles/en/plain.md": article({ title: '"A plain story"', date: "2023-06-01 10:00" }),
    });
    fs.mkdirSync(path.join(content, "media"));
    fs.copyFileSync(
      path.join(ROOT, "content/media/dragon-boats.jpg"),
      path.join(content, "media/boats.jpg"),
    );
    out = path.join(tempDir(), "dist");
    const r = runCli(["build", "--content", content, "--out", out, "--now", NOW, "--quiet"]);
    assert.equal(r.status, 0, r.stderr);
  });

  it("should give an article an absolute canonical and Open Graph article fields with offsets", () => {
    const doc = html(out, EN);
    const canonical = "https://news.example.org/news/2023/05/regatta/";
    assert.equal(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), canonical);
    assert.deepEqual(meta(doc, "og:type"), ["article"]);
    assert.deepEqual(meta(doc, "og:url"), [canonical]);
    assert.deepEqual(meta(doc, "og:locale"), ["en_US"]);
    assert.deepEqual(meta(doc, "og:locale:alternate"), ["zh_CN"]);
    assert.deepEqual(meta(doc, "article:published_time"), ["2023-05-13T02:08:25+08:00"]);
    assert.deepEqual(meta(doc, "article:modified_time"), ["2023-05-14T09:00:00+08:00"]);
    assert.deepEqual(meta(doc, "article:section"), ["News"]);
  });

  it("should write at most 6 article:tag, in the article's order", () => {
    const tags = meta(html(out, EN), "article:tag");
    // A hashtag of capitalised words is labelled with spaces (#HongKong → Hong Kong).
    assert.deepEqual(tags, [
      "Chongqing",
      "Hong Kong",
      "Trade",
      "Dragon Boat",
      "Jialing",
      "Regatta",
    ]);
  });

  it("should give an article with an image a summary_large_image card with an absolute image", () => {
    const doc = html(out, EN);
    assert.deepEqual(meta(doc, "twitter:card"), ["summary_large_image"]);
    const [img] = meta(doc, "og:image");
    // The 1200×630 Open Graph crop (test/build/images.test.ts reads its size back).
    assert.match(img!, /^https:\/\/news\.example\.org\/media\/boats\.[0-9a-f]{12}-og-1200\.jpg$/);
    assert.deepEqual(meta(doc, "og:image:width"), ["1200"]);
    assert.deepEqual(meta(doc, "og:image:height"), ["630"]);
    assert.deepEqual(meta(doc, "twitter:image"), [img]);
    assert.deepEqual(meta(doc, "og:image:alt"), ["Two boats racing"]);
  });

  it("should use og:locale zh_CN on the zh edition and a summary card without an image", () => {
    const doc = html(out, ZH);
    assert.deepEqual(meta(doc, "og:locale"), ["zh_CN"]);
    assert.deepEqual(meta(doc, "og:locale:alternate"), ["en_US"]);
    assert.deepEqual(meta(doc, "twitter:card"), ["summary"]);
    assert.deepEqual(meta(doc, "og:image"), []);
  });

  it("should list hreflang alternates for self, the translation and x-default, absolute", () => {
    const alts = html(out, ZH)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]);
    assert.deepEqual(alts, [
      ["en", "https://news.example.org/news/2023/05/regatta/"],
      ["zh-CN", "https://news.example.org/zh/news/2023/05/long-zhou/"],
      ["x-default", "https://news.example.org/news/2023/05/regatta/"],
    ]);
  });

  it("should give list pages og:type website and articles without an update modified = published", () => {
    assert.deepEqual(meta(html(out, "index.html"), "og:type"), ["website"]);
    const doc = html(out, PLAIN);
    assert.deepEqual(meta(doc, "article:modified_time"), meta(doc, "article:published_time"));
  });
});
