// Tests for src/collect/plain-pages.ts: plain pages with their translations, and the 404 pages.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Link } from "../../../src/collect/link.ts";
import { notFoundView, plainPageView } from "../../../src/collect/plain-pages.ts";
import type { PlainPage } from "../../../src/content/article.ts";
import type { Lang } from "../../../src/routes.ts";
import { siteContext } from "../../helpers/collect.ts";
import { heldBody } from "../../../src/content/body.ts";

/** A plain page `pages/<file>.md` in `lang`. */
function page(file: string, lang: Lang, slug: string, title: string): PlainPage {
  return {
    source: `pages/${file}.md`,
    lang,
    slug,
    title,
    body: heldBody(`<p>${title}</p>`, ""),
    media: [],
  };
}

const about = page("about", "en", "about", "About us");
const aboutZh = page("about.zh", "zh", "about", "关于我们");
const contact = page("contact", "en", "contact", "Contact");
const ALL = [about, aboutZh, contact];
const FOOTER = new Map<Lang, Link[]>([
  ["en", [{ href: "/news/tags/", label: "All tags" }]],
  ["zh", [{ href: "/news/zh/tags/", label: "全部标签" }]],
]);

describe("plainPageView", () => {
  it("should place a page at its slug in its edition", () => {
    const ctx = siteContext();
    const v = plainPageView(ctx, aboutZh, ALL, FOOTER);
    assert.deepEqual(
      [v.path, v.source, v.title, v.body.html()],
      ["/zh/about/", "pages/about.zh.md", "关于我们", "<p>关于我们</p>"],
    );
    assert.equal(v.chrome.title, "关于我们 – 山城日报");
    assert.equal(v.chrome.canonical, "https://example.org/news/zh/about/");
    assert.deepEqual(v.chrome.footerLinks, FOOTER.get("zh"));
    assert.equal(v.chrome.noindex, false);
  });

  it("should take the page of the same slug in the other language as its translation", () => {
    const ctx = siteContext();
    const v = plainPageView(ctx, about, ALL, FOOTER);
    assert.deepEqual(v.chrome.alternates, [
      { hreflang: "en", href: "https://example.org/news/about/" },
      { hreflang: "zh-CN", href: "https://example.org/news/zh/about/" },
      { hreflang: "x-default", href: "https://example.org/news/about/" },
    ]);
    assert.deepEqual(
      v.chrome.languageSwitch.map((l) => l.href),
      ["/news/zh/about/"],
    );
  });

  it("should give a page with no other-language twin no alternates", () => {
    const ctx = siteContext();
    const v = plainPageView(ctx, contact, ALL, FOOTER);
    assert.equal(v.path, "/contact/");
    assert.deepEqual(v.chrome.alternates, []);
    assert.deepEqual(
      v.chrome.languageSwitch.map((l) => l.href),
      ["/news/zh/"],
    );
  });
});

describe("notFoundView", () => {
  it("should build a never-indexed 404 page per edition", () => {
    const ctx = siteContext();
    const en = notFoundView(ctx, "en", FOOTER.get("en")!);
    const zh = notFoundView(ctx, "zh", FOOTER.get("zh")!);
    assert.deepEqual([en.path, zh.path], ["/404.html", "/zh/404.html"]);
    assert.deepEqual([en.chrome.noindex, zh.chrome.noindex], [true, true]);
    assert.equal(en.chrome.title, "Page not found – Mountain City Daily");
    assert.equal(zh.chrome.title, "页面未找到 – 山城日报");
    assert.equal(zh.chrome.lang, "zh");
    assert.deepEqual(zh.chrome.footerLinks, FOOTER.get("zh"));
  });
});
