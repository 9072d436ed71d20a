// View models for the layout tests: hand-built chrome, article, card and list views, and DOM helpers.
import assert from "node:assert/strict";
import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import type { ArticleView } from "../../../src/collect/articles.ts";
import type { ArticleCard } from "../../../src/collect/cards.ts";
import type { PageChrome } from "../../../src/collect/chrome.ts";
import type { ListView, TagIndexView } from "../../../src/collect/lists.ts";
import type { Lang } from "../../../src/routes.ts";
import { makeStamp } from "../../helpers/article.ts";
import { shareOf } from "../../../src/collect/share.ts";
import { heldBody } from "../../../src/content/body.ts";

/** The `<picture>` fields of an image view with no modern sources (a plain `<img>`). */
export const NO_SOURCES = { sources: [], srcset: "", sizes: "", wideSizes: "", priority: false };

export const HOSTILE_TITLE = "</title><script>alert(1)</script>";

export const stamp = makeStamp;

export function chrome(over: Partial<PageChrome> = {}): PageChrome {
  const lang = over.lang ?? "en";
  return {
    lang,
    htmlLang: lang === "zh" ? "zh-CN" : "en",
    title: "Chongqing and Hong Kong – Mountain City Daily",
    description: "A sample story",
    canonical: "https://news.example.org/news/2023/05/cq-hk/",
    alternates: [
      { hreflang: "en", href: "https://news.example.org/news/2023/05/cq-hk/" },
      { hreflang: "zh-CN", href: "https://news.example.org/zh/news/2023/05/yu-gang/" },
      { hreflang: "x-default", href: "https://news.example.org/news/2023/05/cq-hk/" },
    ],
    feeds: [{ href: "/feed.xml", title: "Mountain City Daily" }],
    siteTitle: "Mountain City Daily",
    homeHref: "/",
    nav: [
      { href: "/news/", label: "News", current: true },
      { href: "/business/", label: "Business" },
    ],
    languageSwitch: [{ href: "/zh/news/2023/05/yu-gang/", label: "中文", lang: "zh" }],
    footerLinks: [
      { href: "/tags/", label: "All tags" },
      { href: "/about/", label: "About" },
    ],
    assetsHref: "/assets/",
    assets: {
      css: "/assets/site.0123456789ab.css",
      favicon: "/assets/favicon.0123456789ab.svg",
      js: "/assets/site.0123456789ab.js",
    },
    noindex: false,
    preview: false,
    year: 2024,
    ...over,
  };
}

export function articleView(over: Partial<ArticleView> = {}): ArticleView {
  return {
    path: "/news/2023/05/cq-hk/",
    chrome: chrome(),
    source: "articles/2023/cq-hk.md",
    listedIn: [
      { kind: "home", href: "/" },
      { kind: "section", href: "/news/" },
    ],
    feed: "/feed.xml",
    lastModified: "2023-05-13T02:08:25+08:00",
    breadcrumbs: [
      { href: "/", label: "Home" },
      { href: "/news/", label: "News" },
      {
        href: "/news/2023/05/cq-hk/",
        label: "Chongqing and Hong Kong open a cooperation mechanism",
      },
    ],
    title: "Chongqing and Hong Kong open a cooperation mechanism",
    summary: "Officials met on Saturday.",
    date: stamp("2023-05-13T02:08:25+08:00", "13 May 2023, 02:08 (UTC+8)"),
    authors: [
      { href: "/authors/li-ming/", label: "Li Ming" },
      { href: "/authors/wang-fang/", label: "Wang Fang" },
    ],
    image: {
      src: "/media/delegates.3f2a9c1b7d4e.jpg",
      ...NO_SOURCES,
      width: 1200,
      height: 800,
      alt: "Delegates arrive at the hall",
      caption: "Delegates arrive",
      credit: "Wang Fang",
      decorative: false,
    },
    body: heldBody("<p>First paragraph.</p><p>Second <em>paragraph</em>.</p>", ""),
    tags: [
      { href: "/tags/chongqing/", label: "Chongqing" },
      { href: "/tags/hong-kong/", label: "Hong Kong" },
    ],
    prev: { href: "/news/2023/05/older/", label: "An older story" },
    next: { href: "/news/2023/05/newer/", label: "A newer story" },
    related: [{ href: "/news/2023/04/related/", label: "A related story" }],
    rail: { related: [card(7)], earlier: [card(2)] },
    share: shareOf("https://news.example.org/news/2023/05/cq-hk/", "Chongqing and Hong Kong", "en"),
    readingMinutes: 8,
    corrections: [],
    commentsNotice: "Comments are reviewed by a spam filter before they appear.",
    draft: false,
    pending: false,
    ...over,
  };
}

export function card(n: number, lang: Lang = "en"): ArticleCard {
  return {
    href: `/news/2023/05/story-${n}/`,
    title: `Story ${n}`,
    summary: `Summary ${n}`,
    date: stamp(
      `2023-05-${String(10 + n).padStart(2, "0")}T09:00:00+08:00`,
      `${10 + n} May 2023, 09:00 (UTC+8)`,
    ),
    dateText: `${10 + n} May 2023`,
    section: { href: "/news/", label: "News" },
    lang,
  };
}

export function listView(over: Partial<ListView> = {}): ListView {
  return {
    path: "/tags/chongqing/page/2/",
    chrome: chrome({ canonical: "https://news.example.org/tags/chongqing/page/2/" }),
    kind: "tag",
    heading: "Chongqing",
    items: [card(1), card(2), card(3)],
    pager: {
      current: 2,
      total: 3,
      prev: "/tags/chongqing/",
      next: "/tags/chongqing/page/3/",
      pages: [
        { n: 1, href: "/tags/chongqing/" },
        { n: 2, href: "/tags/chongqing/page/2/" },
        { n: 3, href: "/tags/chongqing/page/3/" },
      ],
    },
    ...over,
  };
}

export function tagIndexView(lang: Lang = "en"): TagIndexView {
  return {
    path: "/tags/",
    chrome: chrome({ lang }),
    tags: [
      { href: "/tags/chongqing/", label: "Chongqing", count: 5 },
      { href: "/tags/hong-kong/", label: "Hong Kong", count: 1 },
    ],
  };
}

export function doc(html: string): HTMLElement {
  return parse(html);
}

export function one(root: HTMLElement, selector: string): HTMLElement {
  const el = root.querySelector(selector);
  assert.ok(el, `expected an element matching ${selector}`);
  return el;
}

/** The elements of the body in document order that take keyboard focus. */
export function focusables(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (el: HTMLElement): void => {
    const tag = el.tagName?.toLowerCase();
    const tabindex = el.getAttribute?.("tabindex");
    const focusable =
      (tag === "a" && el.hasAttribute("href")) ||
      ["button", "input", "select", "textarea", "summary", "iframe"].includes(tag ?? "") ||
      (tabindex !== undefined && tabindex !== "-1");
    if (focusable) out.push(el);
    for (const child of el.childNodes) if ("tagName" in child) walk(child as HTMLElement);
  };
  walk(one(root, "body"));
  return out;
}

export const text = (el: HTMLElement): string => el.text.replace(/\s+/g, " ").trim();
