// Tests for layouts/: render each layout from hand-built view models, parse the HTML, assert on it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parse } from "node-html-parser";
import type { HTMLElement } from "node-html-parser";
import type { ArticleView } from "../../src/collect/articles.ts";
import type { ArticleCard } from "../../src/collect/cards.ts";
import type { PageChrome } from "../../src/collect/chrome.ts";
import type { ListView, TagIndexView } from "../../src/collect/lists.ts";
import type { NotFoundView, PlainPageView } from "../../src/collect/plain-pages.ts";
import type { Stamp } from "../../src/content/values.ts";
import type { Lang } from "../../src/routes.ts";
import { ArticleLayout } from "../../layouts/Article.tsx";
import { ListLayout } from "../../layouts/List.tsx";
import { NotFoundLayout } from "../../layouts/NotFound.tsx";
import { PageLayout } from "../../layouts/Page.tsx";
import { TagIndexLayout } from "../../layouts/TagIndex.tsx";
import { renderPage } from "../../layouts/render.tsx";
import { STRINGS } from "../../layouts/strings.ts";

const HOSTILE_TITLE = "</title><script>alert(1)</script>";

function stamp(iso: string, display: string): Stamp {
  return { iso, ms: Date.parse(iso), dateOnly: false, display, ymd: iso.slice(0, 10) };
}

function chrome(over: Partial<PageChrome> = {}): PageChrome {
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
    noindex: false,
    preview: false,
    year: 2024,
    ...over,
  };
}

function articleView(over: Partial<ArticleView> = {}): ArticleView {
  return {
    path: "/news/2023/05/cq-hk/",
    chrome: chrome(),
    source: "articles/2023/cq-hk.md",
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
      width: 1200,
      height: 800,
      alt: "Delegates arrive at the hall",
      caption: "Delegates arrive",
      credit: "Wang Fang",
      decorative: false,
    },
    bodyHtml: "<p>First paragraph.</p><p>Second <em>paragraph</em>.</p>",
    tags: [
      { href: "/tags/chongqing/", label: "Chongqing" },
      { href: "/tags/hong-kong/", label: "Hong Kong" },
    ],
    prev: { href: "/news/2023/05/older/", label: "An older story" },
    next: { href: "/news/2023/05/newer/", label: "A newer story" },
    related: [{ href: "/news/2023/04/related/", label: "A related story" }],
    readingMinutes: 8,
    corrections: [],
    commentsNotice: "Comments are reviewed by a spam filter before they appear.",
    draft: false,
    pending: false,
    ...over,
  };
}

function card(n: number, lang: Lang = "en"): ArticleCard {
  return {
    href: `/news/2023/05/story-${n}/`,
    title: `Story ${n}`,
    summary: `Summary ${n}`,
    date: stamp(
      `2023-05-${String(10 + n).padStart(2, "0")}T09:00:00+08:00`,
      `${10 + n} May 2023, 09:00 (UTC+8)`,
    ),
    section: { href: "/news/", label: "News" },
    lang,
  };
}

function listView(over: Partial<ListView> = {}): ListView {
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

function tagIndexView(lang: Lang = "en"): TagIndexView {
  return {
    path: "/tags/",
    chrome: chrome({ lang }),
    tags: [
      { href: "/tags/chongqing/", label: "Chongqing", count: 5 },
      { href: "/tags/hong-kong/", label: "Hong Kong", count: 1 },
    ],
  };
}

function doc(html: string): HTMLElement {
  return parse(html);
}

function one(root: HTMLElement, selector: string): HTMLElement {
  const el = root.querySelector(selector);
  assert.ok(el, `expected an element matching ${selector}`);
  return el;
}

/** The elements of the body in document order that take keyboard focus. */
function focusables(root: HTMLElement): HTMLElement[] {
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

const text = (el: HTMLElement): string => el.text.replace(/\s+/g, " ").trim();

describe("layouts: Base frame", () => {
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
    assert.equal(one(head, 'link[rel="stylesheet"]').getAttribute("href"), "/assets/site.css");
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

describe("layouts: ArticleLayout", () => {
  it("should render breadcrumbs as a labelled ordered list with hidden » separators", () => {
    const nav = one(
      doc(renderPage(<ArticleLayout view={articleView()} />)),
      'nav[aria-label="Breadcrumb"]',
    );
    const items = nav.querySelectorAll("ol > li");
    assert.deepEqual(
      items.map((li) => text(one(li, "a"))),
      ["Home", "News", "Chongqing and Hong Kong open a cooperation mechanism"],
    );
    const seps = nav.querySelectorAll("span.sep");
    assert.equal(seps.length, 2);
    for (const sep of seps) {
      assert.equal(sep.getAttribute("aria-hidden"), "true");
      assert.equal(text(sep), "»");
    }
    const current = nav.querySelectorAll("[aria-current]");
    assert.equal(current.length, 1);
    assert.equal(current[0]?.getAttribute("aria-current"), "page");
    assert.equal(current[0], one(items[2]!, "a"));
  });

  it("should show the localised Home word for a breadcrumb with an empty label", () => {
    const base = articleView();
    const items = [{ ...base.breadcrumbs[0]!, label: "" }, ...base.breadcrumbs.slice(1)];
    for (const lang of ["en", "zh"] as const) {
      const view = articleView({ breadcrumbs: items, chrome: chrome({ lang }) });
      const first = one(doc(renderPage(<ArticleLayout view={view} />)), ".breadcrumbs li a");
      assert.equal(text(first), STRINGS[lang].home);
      assert.equal(first.getAttribute("href"), "/");
    }
  });

  it("should localise the breadcrumb label in zh", () => {
    const root = doc(
      renderPage(<ArticleLayout view={articleView({ chrome: chrome({ lang: "zh" }) })} />),
    );
    one(root, `nav[aria-label="${STRINGS.zh.breadcrumb}"] ol`);
  });

  it("should put the headline, byline authors and <time datetime> inside <article>", () => {
    const view = articleView({
      updated: stamp("2023-05-14T09:00:00+08:00", "14 May 2023, 09:00 (UTC+8)"),
    });
    const article = one(doc(renderPage(<ArticleLayout view={view} />)), "article");
    assert.equal(text(one(article, "h1")), view.title);
    const authors = article.querySelectorAll('.byline a[rel="author"]');
    assert.deepEqual(
      authors.map((a) => [a.getAttribute("href"), text(a)]),
      [
        ["/authors/li-ming/", "Li Ming"],
        ["/authors/wang-fang/", "Wang Fang"],
      ],
    );
    const times = article.querySelectorAll(".byline time");
    assert.deepEqual(
      times.map((t) => t.getAttribute("datetime")),
      ["2023-05-13T02:08:25+08:00", "2023-05-14T09:00:00+08:00"],
    );
    assert.equal(text(times[0]!), "13 May 2023, 02:08 (UTC+8)");
    assert.match(text(one(article, ".byline .updated")), /^Updated 14 May 2023, 09:00/);
  });

  it("should leave out the updated time when there is none", () => {
    const article = one(doc(renderPage(<ArticleLayout view={articleView()} />)), "article");
    assert.equal(article.querySelectorAll("time").length, 1);
    assert.equal(article.querySelector(".updated"), null);
  });

  it("should render the hero figure with size, eager loading and a credited figcaption", () => {
    const fig = one(doc(renderPage(<ArticleLayout view={articleView()} />)), "article figure");
    const img = one(fig, "img");
    assert.equal(img.getAttribute("src"), "/media/delegates.3f2a9c1b7d4e.jpg");
    assert.equal(img.getAttribute("width"), "1200");
    assert.equal(img.getAttribute("height"), "800");
    assert.equal(img.getAttribute("alt"), "Delegates arrive at the hall");
    assert.equal(img.getAttribute("loading"), "eager");
    const caption = one(fig, "figcaption");
    assert.equal(text(one(caption, "small.credit")), "Wang Fang");
    assert.equal(text(caption), "Delegates arrive Wang Fang");
  });

  it("should give a decorative hero image an empty alt", () => {
    const base = articleView();
    const view = articleView({
      image: { ...base.image!, decorative: true, caption: undefined, credit: undefined },
    });
    const fig = one(doc(renderPage(<ArticleLayout view={view} />)), "article figure");
    assert.equal(one(fig, "img").getAttribute("alt"), "");
    assert.equal(fig.querySelector("figcaption"), null);
  });

  it("should put bodyHtml, unescaped, inside div.article-body", () => {
    const body = one(
      doc(renderPage(<ArticleLayout view={articleView()} />)),
      "article div.article-body",
    );
    assert.equal(body.querySelectorAll("p").length, 2);
    assert.equal(text(one(body, "em")), "paragraph");
  });

  it("should link each tag once inside ul.tags", () => {
    const tags = doc(renderPage(<ArticleLayout view={articleView()} />)).querySelectorAll(
      "article ul.tags a",
    );
    assert.deepEqual(
      tags.map((a) => [a.getAttribute("href"), text(a)]),
      [
        ["/tags/chongqing/", "Chongqing"],
        ["/tags/hong-kong/", "Hong Kong"],
      ],
    );
  });

  it("should link the previous and next article with rel=prev and rel=next", () => {
    const root = doc(renderPage(<ArticleLayout view={articleView()} />));
    assert.equal(
      one(root, '.article-nav a[rel="prev"]').getAttribute("href"),
      "/news/2023/05/older/",
    );
    assert.equal(
      one(root, '.article-nav a[rel="next"]').getAttribute("href"),
      "/news/2023/05/newer/",
    );
    const alone = doc(
      renderPage(<ArticleLayout view={articleView({ prev: undefined, next: undefined })} />),
    );
    assert.equal(alone.querySelector(".article-nav"), null);
  });

  it("should render the comments notice in a section labelled by its Comments heading", () => {
    for (const lang of ["en", "zh"] as const) {
      const root = doc(
        renderPage(
          <ArticleLayout
            view={articleView({ chrome: chrome({ lang }), commentsNotice: "评论需审核" })}
          />,
        ),
      );
      const section = one(root, "section.comments");
      const heading = one(section, "h2");
      assert.equal(section.getAttribute("aria-labelledby"), heading.getAttribute("id"));
      assert.equal(text(heading), lang === "en" ? "Comments" : "评论");
      assert.equal(text(one(section, "p")), "评论需审核");
    }
  });

  it("should render corrections as 'Correction (<time>): note' only when there are some", () => {
    const view = articleView({
      corrections: [
        {
          at: stamp("2023-05-14T10:00:00+08:00", "14 May 2023, 10:00 (UTC+8)"),
          note: "The date was wrong.",
        },
      ],
    });
    const li = one(doc(renderPage(<ArticleLayout view={view} />)), ".corrections li");
    assert.equal(text(li), "Correction (14 May 2023, 10:00 (UTC+8)): The date was wrong.");
    assert.equal(one(li, "time").getAttribute("datetime"), "2023-05-14T10:00:00+08:00");
    assert.equal(
      doc(renderPage(<ArticleLayout view={articleView()} />)).querySelector(".corrections"),
      null,
    );
  });

  it("should show the draft banner only for drafts, localised", () => {
    assert.equal(
      doc(renderPage(<ArticleLayout view={articleView()} />)).querySelector(".banner-draft"),
      null,
    );
    const zh = doc(
      renderPage(
        <ArticleLayout view={articleView({ draft: true, chrome: chrome({ lang: "zh" }) })} />,
      ),
    );
    assert.match(text(one(zh, "main .banner-draft")), /草稿/);
  });

  it("should escape hostile titles, summaries and labels (R27)", () => {
    const view = articleView({
      chrome: chrome({ title: HOSTILE_TITLE, description: '" onmouseover="x' }),
      title: HOSTILE_TITLE,
      summary: '" onmouseover="x',
      tags: [{ href: "/tags/x/", label: "<img src=x onerror=alert(1)>" }],
      bodyHtml: "<p>safe</p>",
    });
    const html = renderPage(<ArticleLayout view={view} />);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img src=x/);
    const root = doc(html);
    assert.equal(one(root, "title").text, HOSTILE_TITLE);
    assert.equal(text(one(root, "h1")), HOSTILE_TITLE);
    assert.equal(one(root, 'meta[name="description"]').getAttribute("content"), '" onmouseover="x');
    for (const el of root.querySelectorAll("*")) {
      assert.ok(!Object.keys(el.attributes).some((a) => /^on/i.test(a)), el.outerHTML);
    }
  });

  it("should never emit a <script> element from any layout", () => {
    const pages = [
      renderPage(<ArticleLayout view={articleView()} />),
      renderPage(<ListLayout view={listView()} />),
      renderPage(<TagIndexLayout view={tagIndexView()} />),
    ];
    for (const html of pages) assert.equal(doc(html).querySelectorAll("script").length, 0);
  });
});

describe("layouts: ListLayout", () => {
  it("should mark the current page in the pager and link prev/next with rel", () => {
    const root = doc(renderPage(<ListLayout view={listView()} />));
    const pager = one(root, 'nav[aria-label="Pagination"]');
    const current = pager.querySelectorAll('[aria-current="page"]');
    assert.equal(current.length, 1);
    assert.equal(text(current[0]!), "2");
    assert.equal(current[0]?.getAttribute("href"), "/tags/chongqing/page/2/");
    assert.equal(one(pager, 'a[rel="prev"]').getAttribute("href"), "/tags/chongqing/");
    assert.equal(one(pager, 'a[rel="next"]').getAttribute("href"), "/tags/chongqing/page/3/");
    assert.equal(pager.querySelectorAll("a").length, 5);
    assert.equal(text(one(pager, ".page-of")), "Page 2 of 3");
  });

  it("should put <link rel=prev/next> in the head, only where the pager has them", () => {
    const head = one(doc(renderPage(<ListLayout view={listView()} />)), "head");
    assert.equal(one(head, 'link[rel="prev"]').getAttribute("href"), "/tags/chongqing/");
    assert.equal(one(head, 'link[rel="next"]').getAttribute("href"), "/tags/chongqing/page/3/");
    const first = listView({
      pager: {
        current: 1,
        total: 2,
        next: "/tags/chongqing/page/2/",
        pages: [
          { n: 1, href: "/tags/chongqing/" },
          { n: 2, href: "/tags/chongqing/page/2/" },
        ],
      },
    });
    const head1 = one(doc(renderPage(<ListLayout view={first} />)), "head");
    assert.equal(head1.querySelector('link[rel="prev"]'), null);
    assert.ok(head1.querySelector('link[rel="next"]'));
  });

  it("should show only the first, last and nearby pages of a long pager, with gaps", () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ n: i + 1, href: `/page/${i + 1}/` }));
    const view = listView({
      pager: { current: 5, total: 10, prev: "/page/4/", next: "/page/6/", pages },
    });
    const pager = one(doc(renderPage(<ListLayout view={view} />)), ".pager");
    const numbered = pager.querySelectorAll("li:not(.pager-prev):not(.pager-next) a").map(text);
    assert.deepEqual(numbered, ["1", "3", "4", "5", "6", "7", "10"]);
    assert.equal(pager.querySelectorAll(".gap").length, 2);
    assert.equal(text(one(pager, '[aria-current="page"]')), "5");
  });

  it("should leave out the pager for a single page", () => {
    const view = listView({
      pager: { current: 1, total: 1, pages: [{ n: 1, href: "/tags/chongqing/" }] },
    });
    assert.equal(doc(renderPage(<ListLayout view={view} />)).querySelector(".pager"), null);
  });

  it("should render cards with title link, time, section link and summary", () => {
    const root = doc(renderPage(<ListLayout view={listView()} />));
    assert.equal(text(one(root, "h1")), "Chongqing");
    const cards = root.querySelectorAll("ol.cards > li > article.card");
    assert.equal(cards.length, 3);
    const c = cards[0]!;
    assert.equal(one(c, "h2 a").getAttribute("href"), "/news/2023/05/story-1/");
    assert.equal(one(c, "time").getAttribute("datetime"), "2023-05-11T09:00:00+08:00");
    assert.equal(one(c, ".meta a").getAttribute("href"), "/news/");
    assert.equal(text(one(c, ".summary")), "Summary 1");
  });

  it("should set lang on a card only when its language differs from the page's", () => {
    const view = listView({ items: [card(1, "en"), card(2, "zh")] });
    const cards = doc(renderPage(<ListLayout view={view} />)).querySelectorAll("article.card");
    assert.equal(cards[0]?.getAttribute("lang"), undefined);
    assert.equal(cards[1]?.getAttribute("lang"), "zh-CN");
  });

  it("should render a card thumbnail with its intrinsic size", () => {
    const withImage: ArticleCard = {
      ...card(1),
      image: {
        src: "/media/a.0123456789ab.jpg",
        width: 640,
        height: 360,
        alt: "A",
        decorative: false,
      },
    };
    const img = one(
      doc(renderPage(<ListLayout view={listView({ items: [withImage] })} />)),
      "article.card img",
    );
    assert.equal(img.getAttribute("width"), "640");
    assert.equal(img.getAttribute("height"), "360");
    assert.equal(img.getAttribute("loading"), "lazy");
  });

  it("should render the home page's lead story and per-section blocks", () => {
    const view = listView({
      kind: "home",
      heading: "Mountain City Daily",
      lead: card(9),
      sections: [{ section: { href: "/business/", label: "Business" }, items: [card(4)] }],
      pager: { current: 1, total: 1, pages: [{ n: 1, href: "/" }] },
    });
    const root = doc(renderPage(<ListLayout view={view} />));
    assert.equal(
      one(root, ".lead article.card-lead h3 a").getAttribute("href"),
      "/news/2023/05/story-9/",
    );
    const block = one(root, "section.section-block");
    const h2 = one(block, "h2");
    assert.equal(block.getAttribute("aria-labelledby"), h2.getAttribute("id"));
    assert.equal(one(h2, "a").getAttribute("href"), "/business/");
    assert.equal(block.querySelectorAll("article.card").length, 1);
    assert.equal(text(one(root, "section.latest h2")), "Latest");
    assert.equal(root.querySelectorAll("section.latest article.card").length, 3);
  });
});

describe("layouts: TagIndexLayout, PageLayout, NotFoundLayout", () => {
  it("should list every tag with a pluralised, localised count", () => {
    const en = doc(renderPage(<TagIndexLayout view={tagIndexView("en")} />));
    assert.equal(text(one(en, "h1")), "All tags");
    assert.deepEqual(en.querySelectorAll(".tag-index li").map(text), [
      "Chongqing (5 articles)",
      "Hong Kong (1 article)",
    ]);
    const zh = doc(renderPage(<TagIndexLayout view={tagIndexView("zh")} />));
    assert.equal(text(one(zh, "h1")), "全部标签");
    assert.equal(text(one(zh, ".tag-index li .count")), "(5 篇文章)");
  });

  it("should render a plain page's title and sanitized body", () => {
    const view: PlainPageView = {
      path: "/about/",
      source: "pages/about.md",
      chrome: chrome(),
      title: "About us",
      bodyHtml: "<h2>Who</h2><p>We are.</p>",
    };
    const root = doc(renderPage(<PageLayout view={view} />));
    assert.equal(text(one(root, "main h1")), "About us");
    assert.equal(text(one(root, "main .page-body h2")), "Who");
  });

  it("should render a localised 404 with a link home", () => {
    const view: NotFoundView = {
      path: "/zh/404.html",
      chrome: chrome({ lang: "zh", homeHref: "/zh/" }),
    };
    const root = doc(renderPage(<NotFoundLayout view={view} />));
    assert.equal(text(one(root, "main h1")), "页面未找到");
    assert.equal(one(root, 'main a[href="/zh/"]').text, "返回首页");
    assert.equal(one(root, "html").getAttribute("lang"), "zh-CN");
  });
});

describe("layouts: strings", () => {
  it("should have the same keys in every language", () => {
    assert.deepEqual(Object.keys(STRINGS.zh).sort(), Object.keys(STRINGS.en).sort());
  });

  it("should pluralise English counts and not Chinese ones", () => {
    assert.equal(STRINGS.en.articleCount(1), "1 article");
    assert.equal(STRINGS.en.articleCount(0), "0 articles");
    assert.equal(STRINGS.zh.articleCount(2), "2 篇文章");
    assert.equal(STRINGS.zh.pageOf(2, 10), "第 2 页，共 10 页");
  });
});
