// Tests for src/collect/chrome.ts: the frame of a page (title, canonical, hreflang alternates,
// navigation, language switch, feeds, robots, Open Graph).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeChrome, type ChromeInput } from "../../../src/collect/chrome.ts";
import { siteContext } from "../../helpers/collect.ts";

const ctx = siteContext();
const input = (over: Partial<ChromeInput> = {}): ChromeInput => ({
  lang: "en",
  path: "/news/2024/05/typhoon-signal/",
  footerLinks: [],
  ...over,
});

describe("makeChrome", () => {
  it("should title a page 'page – site' and link its canonical URL under the base path", () => {
    const c = makeChrome(ctx, input({ title: "Typhoon signal raised" }));
    assert.equal(c.title, "Typhoon signal raised – Mountain City Daily");
    assert.equal(c.canonical, "https://example.org/news/news/2024/05/typhoon-signal/");
    assert.equal(c.htmlLang, "en");
    assert.equal(c.siteTitle, "Mountain City Daily");
    assert.equal(c.homeHref, "/news/");
    assert.equal(c.assetsHref, "/news/assets/");
    assert.equal(c.year, 2024);
  });

  it("should write hreflang alternates, x-default at the default language, when a translation exists", () => {
    const zh = makeChrome(
      ctx,
      input({
        lang: "zh",
        path: "/zh/news/2024/05/tai-feng/",
        translations: { en: "/news/2024/05/typhoon-signal/" },
      }),
    );
    assert.deepEqual(zh.alternates, [
      { hreflang: "en", href: "https://example.org/news/news/2024/05/typhoon-signal/" },
      { hreflang: "zh-CN", href: "https://example.org/news/zh/news/2024/05/tai-feng/" },
      { hreflang: "x-default", href: "https://example.org/news/news/2024/05/typhoon-signal/" },
    ]);
    assert.equal(zh.htmlLang, "zh-CN");
    assert.deepEqual(zh.languageSwitch, [
      { href: "/news/news/2024/05/typhoon-signal/", label: "English", lang: "en" },
    ]);
    assert.equal(zh.social?.locale, "zh_CN");
    assert.deepEqual(zh.social?.alternateLocales, ["en_US"]);
  });

  it("should point x-default at the default edition's page in a zh-first site, and need a translation", () => {
    const zhFirst = siteContext({ languages: ["zh", "en"] });
    const en = makeChrome(
      zhFirst,
      input({ path: "/en/news/2024/05/x/", translations: { en: "/en/news/2024/05/x/" } }),
    );
    assert.deepEqual(en.alternates, []);
    const both = makeChrome(
      zhFirst,
      input({ path: "/en/about/", translations: { zh: "/about/" } }),
    );
    assert.equal(both.alternates.at(-1)?.href, "https://example.org/news/about/");
  });

  it("should leave out alternates and switch to the other language's home without a translation", () => {
    const c = makeChrome(ctx, input());
    assert.deepEqual(c.alternates, []);
    assert.deepEqual(c.languageSwitch, [{ href: "/news/zh/", label: "中文", lang: "zh" }]);
    assert.deepEqual(c.social?.alternateLocales, []);
  });

  it("should title the home page with the site title alone", () => {
    const c = makeChrome(ctx, input({ lang: "zh", path: "/zh/" }));
    assert.equal(c.title, "山城日报");
    assert.equal(c.social?.title, "山城日报");
    assert.equal(c.homeHref, "/news/zh/");
  });

  it("should describe a page by its own text, else the site description, else the site title", () => {
    assert.equal(
      makeChrome(ctx, input({ description: "Storm warning." })).description,
      "Storm warning.",
    );
    assert.equal(makeChrome(ctx, input({ lang: "zh", path: "/zh/" })).description, "重庆新闻");
    const bare = siteContext({ description: "" });
    assert.equal(makeChrome(bare, input()).description, "Mountain City Daily");
  });

  it("should list the sections in the page's language and mark only the current one", () => {
    const c = makeChrome(ctx, input({ lang: "zh", path: "/zh/business/", section: "business" }));
    assert.deepEqual(c.nav, [
      { href: "/news/zh/news/", label: "新闻", current: undefined },
      { href: "/news/zh/business/", label: "财经", current: true },
    ]);
    assert.ok(makeChrome(ctx, input()).nav.every((l) => l.current === undefined));
  });

  it("should link the list's own feeds before the edition's Atom and JSON feeds", () => {
    const own = {
      href: "/news/zh/tags/tai-feng/feed.xml",
      title: "台风 – 山城日报",
      type: "atom" as const,
    };
    const c = makeChrome(ctx, input({ lang: "zh", path: "/zh/tags/tai-feng/", feeds: [own] }));
    assert.deepEqual(c.feeds, [
      own,
      { href: "/news/zh/feed.xml", title: "山城日报", type: "atom" },
      { href: "/news/zh/feed.json", title: "山城日报", type: "json" },
    ]);
  });

  it("should say noindex for preview builds, noindex pages and a fuller robots value", () => {
    assert.deepEqual(
      [makeChrome(ctx, input()).noindex, makeChrome(ctx, input()).robots],
      [false, undefined],
    );
    assert.equal(makeChrome(ctx, input({ noindex: true })).noindex, true);
    const thin = makeChrome(ctx, input({ robots: "noindex,follow" }));
    assert.deepEqual([thin.noindex, thin.robots], [true, "noindex,follow"]);
    const preview = makeChrome(
      siteContext({}, { preview: true }),
      input({ robots: "noindex,follow" }),
    );
    assert.deepEqual([preview.noindex, preview.robots, preview.preview], [true, undefined, true]);
  });

  it("should fill Open Graph as a website and take the page's article fields over it", () => {
    const site = makeChrome(ctx, input({ title: "About" }));
    assert.deepEqual(site.social, {
      type: "website",
      locale: "en_US",
      alternateLocales: [],
      siteName: "Mountain City Daily",
      title: "About",
      description: "News from Chongqing",
      url: "https://example.org/news/news/2024/05/typhoon-signal/",
      tags: [],
    });
    const article = makeChrome(
      ctx,
      input({
        social: { type: "article", publishedTime: "2024-05-01T10:00:00+08:00", tags: ["Typhoon"] },
      }),
    );
    assert.equal(article.social?.type, "article");
    assert.equal(article.social?.publishedTime, "2024-05-01T10:00:00+08:00");
    assert.deepEqual(article.social?.tags, ["Typhoon"]);
  });

  it("should pass footer links and structured data through", () => {
    const footerLinks = [{ href: "/news/about/", label: "About" }];
    const structuredData = [{ "@type": "BreadcrumbList", itemListElement: [] }];
    const c = makeChrome(ctx, input({ footerLinks, structuredData }));
    assert.deepEqual([c.footerLinks, c.structuredData], [footerLinks, structuredData]);
    assert.deepEqual(makeChrome(ctx, input()).structuredData, []);
  });
});
