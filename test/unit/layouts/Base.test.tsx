// Tests for layouts/Base.tsx: the frame of every page (head metadata, landmarks, skip link, JSON-LD).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ArticleLayout } from "../../../layouts/Article.tsx";
import { ListLayout } from "../../../layouts/List.tsx";
import { NotFoundLayout } from "../../../layouts/NotFound.tsx";
import { PageLayout } from "../../../layouts/Page.tsx";
import { TagIndexLayout } from "../../../layouts/TagIndex.tsx";
import { INLINE_SCRIPTS } from "../../../layouts/inline-scripts.ts";
import { renderPage } from "../../../layouts/render.tsx";
import type { JsonObject } from "../../../src/collect/json.ts";
import {
  articleView,
  chrome,
  doc,
  focusables,
  HOSTILE_TITLE,
  listView,
  one,
  tagIndexView,
  text,
} from "./views.ts";
import { heldBody } from "../../../src/content/body.ts";

describe("Base", () => {
  it("should start with <!doctype html> and set <html lang> from chrome.htmlLang", () => {
    const en = renderPage(<ArticleLayout view={articleView()} />);
    assert.ok(en.startsWith("<!doctype html><html"));
    assert.equal(one(doc(en), "html").getAttribute("lang"), "en");
    const zh = renderPage(<ArticleLayout view={articleView({ chrome: chrome({ lang: "zh" }) })} />);
    assert.equal(one(doc(zh), "html").getAttribute("lang"), "zh-CN");
  });

  it("should make the skip link the first focusable element, pointing at #main", () => {
    for (const lang of ["en", "zh"] as const) {
      const root = doc(
        renderPage(<ArticleLayout view={articleView({ chrome: chrome({ lang }) })} />),
      );
      const first = focusables(root)[0];
      assert.ok(first);
      assert.equal(first.getAttribute("href"), "#main");
      assert.equal(text(first), lang === "en" ? "Skip to content" : "跳到正文");
    }
  });

  it("should have exactly one <main id=main>, a header and a footer", () => {
    const root = doc(renderPage(<ListLayout view={listView()} />));
    const mains = root.querySelectorAll("main");
    assert.equal(mains.length, 1);
    assert.equal(mains[0]?.getAttribute("id"), "main");
    assert.equal(root.querySelectorAll("header.site-header").length, 1);
    assert.equal(root.querySelectorAll("footer").length, 1);
    assert.match(text(one(root, "footer")), /© 2024 Mountain City Daily/);
  });

  it("should label every <nav> and mark the current section with aria-current", () => {
    const root = doc(renderPage(<ArticleLayout view={articleView()} />));
    for (const nav of root.querySelectorAll("nav"))
      assert.ok(nav.getAttribute("aria-label"), nav.outerHTML);
    const sections = one(root, 'nav[aria-label="Sections"]');
    const current = sections.querySelectorAll('[aria-current="page"]');
    assert.equal(current.length, 1);
    assert.equal(current[0]?.getAttribute("href"), "/news/");
  });

  it("should write canonical, hreflang alternates, feeds and the stylesheet in the head", () => {
    const head = one(doc(renderPage(<ArticleLayout view={articleView()} />)), "head");
    assert.equal(one(head, "meta[charset]").getAttribute("charset"), "utf-8");
    assert.equal(
      one(head, 'link[rel="canonical"]').getAttribute("href"),
      "https://news.example.org/news/2023/05/cq-hk/",
    );
    const alternates = head.querySelectorAll('link[rel="alternate"][hreflang]');
    assert.deepEqual(
      alternates.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      [
        ["en", "https://news.example.org/news/2023/05/cq-hk/"],
        ["zh-CN", "https://news.example.org/zh/news/2023/05/yu-gang/"],
        ["x-default", "https://news.example.org/news/2023/05/cq-hk/"],
      ],
    );
    assert.equal(one(head, 'link[type="application/atom+xml"]').getAttribute("href"), "/feed.xml");
    assert.equal(
      one(head, 'link[rel="stylesheet"]').getAttribute("href"),
      "/assets/site.0123456789ab.css",
    );
    assert.equal(
      one(head, 'link[rel="icon"]').getAttribute("href"),
      "/assets/favicon.0123456789ab.svg",
    );
    assert.equal(one(head, 'meta[name="description"]').getAttribute("content"), "A sample story");
  });

  it("should write the robots noindex meta only when chrome.noindex is set", () => {
    const off = doc(renderPage(<ArticleLayout view={articleView()} />));
    assert.equal(off.querySelector('meta[name="robots"]'), null);
    const on = doc(
      renderPage(<ArticleLayout view={articleView({ chrome: chrome({ noindex: true }) })} />),
    );
    assert.equal(one(on, 'meta[name="robots"]').getAttribute("content"), "noindex");
  });

  it("should render the language switch with hreflang, lang and the language's name", () => {
    const root = doc(renderPage(<ArticleLayout view={articleView()} />));
    const link = one(root, 'nav[aria-label="Language"] a');
    assert.equal(link.getAttribute("href"), "/zh/news/2023/05/yu-gang/");
    assert.equal(link.getAttribute("hreflang"), "zh-CN");
    assert.equal(link.getAttribute("lang"), "zh-CN");
    assert.equal(text(link), "中文");
  });

  it("should show the preview banner only in a preview build", () => {
    const plain = renderPage(<ArticleLayout view={articleView()} />);
    assert.equal(doc(plain).querySelector(".banner-preview"), null);
    const preview = doc(
      renderPage(<ArticleLayout view={articleView({ chrome: chrome({ preview: true }) })} />),
    );
    assert.match(text(one(preview, ".banner-preview")), /Preview/);
  });
});

describe("Base: structured data", () => {
  /** JSON-LD as collect builds it, with text an author controls set to hostile strings. */
  const structuredData: JsonObject[] = [
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "</script><script>alert(1)</script>",
      description: "<!-- a comment opener --> & </SCRIPT >",
      keywords: ["<img src=x onerror=alert(1)>", "line\u2028separator", "重庆 & 香港"],
      author: [{ "@type": "Person", name: HOSTILE_TITLE, url: "https://news.example.org/a/" }],
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "</script>", item: "https://news.example.org/" },
      ],
    },
  ];
  const withData = chrome({ structuredData });
  const pages: [string, string][] = [
    ["article", renderPage(<ArticleLayout view={articleView({ chrome: withData })} />)],
    ["list", renderPage(<ListLayout view={listView({ chrome: withData })} />)],
    ["tag index", renderPage(<TagIndexLayout view={{ ...tagIndexView(), chrome: withData }} />)],
    [
      "page",
      renderPage(
        <PageLayout
          view={{
            path: "/about/",
            source: "pages/about.md",
            chrome: withData,
            title: "About",
            body: heldBody("<p>x</p>", ""),
          }}
        />,
      ),
    ],
    ["404", renderPage(<NotFoundLayout view={{ path: "/404.html", chrome: withData }} />)],
  ];

  it("should emit only the theme script, site.js and one JSON-LD block per object, in order", () => {
    for (const [name, html] of pages) {
      assert.equal(html.match(/<script/gi)?.length, structuredData.length + 2, name);
      assert.equal(html.match(/<\/script/gi)?.length, structuredData.length + 2, name);
      const scripts = doc(html).querySelectorAll("script");
      assert.deepEqual(
        scripts.map((el) => el.getAttribute("type") ?? el.getAttribute("src") ?? el.text),
        [
          INLINE_SCRIPTS.theme,
          "/assets/site.0123456789ab.js",
          ...structuredData.map(() => "application/ld+json"),
        ],
        name,
      );
      // The theme script runs before the stylesheet is applied: it comes first in <head>.
      assert.ok(html.indexOf(INLINE_SCRIPTS.theme!) < html.indexOf("stylesheet"), name);
    }
  });

  it("should write JSON-LD that parses back to the input and holds no raw <", () => {
    for (const [name, html] of pages) {
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs),
      ].map((m) => m[1]!);
      assert.equal(blocks.length, structuredData.length, name);
      blocks.forEach((json, i) => {
        assert.ok(!json.includes("<"), `${name}: raw < in ${json}`);
        assert.deepEqual(JSON.parse(json), structuredData[i], name);
      });
    }
  });

  it("should emit no script but the theme script and the deferred site.js without structured data", () => {
    for (const html of [
      renderPage(<ArticleLayout view={articleView()} />),
      renderPage(<ListLayout view={listView()} />),
      renderPage(<TagIndexLayout view={tagIndexView()} />),
    ]) {
      const scripts = doc(html).querySelectorAll("script");
      assert.deepEqual(
        scripts.map((el) => [el.text, el.getAttribute("src"), el.hasAttribute("defer")]),
        [
          [INLINE_SCRIPTS.theme, undefined, false],
          ["", "/assets/site.0123456789ab.js", true],
        ],
      );
    }
  });
});
