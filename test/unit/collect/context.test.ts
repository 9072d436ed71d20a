// Tests for src/collect/context.ts: the shared facts of a collect run (routes, links, texts).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeStamp } from "../../helpers/article.ts";
import { siteConfig, siteContext } from "../../helpers/collect.ts";

describe("makeContext", () => {
  it("should take the first language as the default, served at the root", () => {
    const en = siteContext();
    assert.equal(en.defaultLang, "en");
    assert.deepEqual([en.routes.home("en"), en.routes.home("zh")], ["/", "/zh/"]);
    const zh = siteContext({ languages: ["zh", "en"] });
    assert.equal(zh.defaultLang, "zh");
    assert.deepEqual([zh.routes.home("zh"), zh.routes.home("en")], ["/", "/en/"]);
  });

  it("should link with the base path and percent-encode CJK segments", () => {
    const ctx = siteContext();
    assert.equal(ctx.hrefOf("/"), "/news/");
    assert.equal(ctx.hrefOf("/zh/tags/台风/"), "/news/zh/tags/%E5%8F%B0%E9%A3%8E/");
    assert.equal(
      ctx.absOf("/zh/tags/台风/"),
      "https://example.org/news/zh/tags/%E5%8F%B0%E9%A3%8E/",
    );
    assert.equal(ctx.absOf("/feed.xml"), "https://example.org/news/feed.xml");
  });

  it("should link at the root for a site without a base path", () => {
    const ctx = siteContext({ baseUrl: "https://news.example.org/" });
    assert.equal(ctx.hrefOf("/news/"), "/news/");
    assert.equal(ctx.absOf("/news/"), "https://news.example.org/news/");
  });

  it("should give site texts and section titles in each language", () => {
    const ctx = siteContext();
    assert.equal(ctx.text(ctx.config.title, "en"), "Mountain City Daily");
    assert.equal(ctx.text(ctx.config.title, "zh"), "山城日报");
    assert.equal(ctx.text(undefined, "zh"), "");
    assert.equal(ctx.sectionTitle("business", "zh"), "财经");
    assert.equal(ctx.sectionTitle("business", "en"), "Business");
  });

  it("should fall back to the default language's text, and to the id of an unknown section", () => {
    const ctx = siteContext({
      title: { en: "Mountain City Daily" },
      sections: [{ id: "news", title: "News" }],
    });
    assert.equal(ctx.text(ctx.config.title, "zh"), "Mountain City Daily");
    assert.equal(ctx.sectionTitle("news", "zh"), "News");
    assert.equal(ctx.sectionTitle("sport", "zh"), "sport");
  });

  it("should show content paths under the content folder and keep the options", () => {
    const now = makeStamp("2024-06-01T08:00:00+08:00");
    const ctx = siteContext({}, { contentDisplay: "site/content", now, preview: true });
    assert.equal(ctx.displayPath("articles/2024/a.md"), "site/content/articles/2024/a.md");
    assert.equal(ctx.now, now);
    assert.equal(ctx.preview, true);
    assert.deepEqual(ctx.config, siteConfig());
  });
});
