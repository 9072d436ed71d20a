// Tests for layouts/Article.tsx: render an article view, parse the HTML, assert on it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ArticleLayout } from "../../../layouts/Article.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { STRINGS } from "../../../src/strings.ts";
import { INLINE_SCRIPTS } from "../../../layouts/inline-scripts.ts";
import { articleView, chrome, doc, HOSTILE_TITLE, one, stamp, text } from "./views.ts";
import { heldBody } from "../../../src/content/body.ts";

describe("ArticleLayout", () => {
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
    const base = articleView();
    const view = articleView({ image: { ...base.image!, priority: true } });
    const fig = one(doc(renderPage(<ArticleLayout view={view} />)), "article figure");
    const img = one(fig, "img");
    assert.equal(img.getAttribute("src"), "/media/delegates.3f2a9c1b7d4e.jpg");
    assert.equal(img.getAttribute("width"), "1200");
    assert.equal(img.getAttribute("height"), "800");
    assert.equal(img.getAttribute("alt"), "Delegates arrive at the hall");
    assert.equal(img.getAttribute("loading"), "eager");
    const caption = one(fig, "figcaption");
    assert.equal(text(one(caption, "small.credit")), "Photo: Wang Fang");
    assert.equal(text(caption), "Delegates arrive Photo: Wang Fang");
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

  it("should say in the scheduled banner when the article goes live, in both languages", () => {
    const liveAt = { ...articleView().date, display: "12 Apr 2024, 06:00 (UTC+8)" };
    const en = doc(renderPage(<ArticleLayout view={articleView({ pending: true, liveAt })} />));
    assert.equal(
      text(one(en, "main .banner-pending")),
      "Scheduled: this article goes live on 12 Apr 2024, 06:00 (UTC+8).",
    );
    const zhAt = { ...liveAt, display: "2024年4月12日 06:00" };
    const zh = doc(
      renderPage(
        <ArticleLayout
          view={articleView({ pending: true, liveAt: zhAt, chrome: chrome({ lang: "zh" }) })}
        />,
      ),
    );
    assert.equal(
      text(one(zh, "main .banner-pending")),
      "定时发布：本文将于2024年4月12日 06:00发布。",
    );
  });

  it("should escape hostile titles, summaries and labels", () => {
    const view = articleView({
      chrome: chrome({ title: HOSTILE_TITLE, description: '" onmouseover="x' }),
      title: HOSTILE_TITLE,
      summary: '" onmouseover="x',
      tags: [{ href: "/tags/x/", label: "<img src=x onerror=alert(1)>" }],
      body: heldBody("<p>safe</p>", ""),
    });
    const html = renderPage(<ArticleLayout view={view} />);
    assert.doesNotMatch(html, /<script>alert/i);
    assert.doesNotMatch(html, /<img src=x/);
    const root = doc(html);
    // The only scripts: the registered theme script, the deferred site.js and JSON-LD data.
    const scripts = root.querySelectorAll("script").map((el) => el.getAttribute("src") ?? el.text);
    assert.deepEqual(scripts, [INLINE_SCRIPTS.theme, "/assets/site.0123456789ab.js"]);
    assert.equal(one(root, "title").text, HOSTILE_TITLE);
    assert.equal(text(one(root, "h1")), HOSTILE_TITLE);
    assert.equal(one(root, 'meta[name="description"]').getAttribute("content"), '" onmouseover="x');
    for (const el of root.querySelectorAll("*")) {
      assert.ok(!Object.keys(el.attributes).some((a) => /^on/i.test(a)), el.outerHTML);
    }
  });

  it("should share through plain links and a build-time QR code, loading nothing", () => {
    const view0Url = "https://news.example.org/news/2023/05/cq-hk/";
    const root = doc(renderPage(<ArticleLayout view={articleView()} />));
    const share = one(root, "aside.share");
    const hrefs = share.querySelectorAll(".share-links a").map((a) => a.getAttribute("href")!);
    assert.deepEqual(
      hrefs.map((h) => new URL(h).protocol + (new URL(h).host || "")),
      [
        "mailto:",
        "https:x.com",
        "https:www.facebook.com",
        "https:service.weibo.com",
        "https:www.linkedin.com",
      ],
    );
    for (const h of hrefs)
      assert.ok(h.includes(encodeURIComponent("https://news.example.org/news/2023/05/cq-hk/")), h);
    assert.equal(share.querySelectorAll("img, iframe, script").length, 0);
    // Shown by the stylesheet only under `.can-share` (set by the head script where the browser
    // has navigator.share); the Chromium test of comments checks the same rule with JS off.
    assert.equal(one(share, "button.share-native").getAttribute("data-share-url"), view0Url);
    const qr = one(share, "svg[role=img]");
    assert.equal(qr.getAttribute("aria-label"), "Scan to read on your phone (WeChat)");
    assert.match(one(qr, "path").getAttribute("d")!, /^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it("should read as a quiet complete note without a comments provider", () => {
    const root = doc(renderPage(<ArticleLayout view={articleView({ commentsNotice: "" })} />));
    const section = one(root, "section.comments");
    assert.equal(text(one(section, "h2")), "Comments");
    assert.equal(text(one(section, ".comments-note")), "Comments are not open on this article.");
    assert.equal(section.querySelectorAll("button, script, iframe").length, 0);
  });

  it("should offer a Show comments button, hidden without JS, that names the provider", () => {
    const view = articleView({
      comments: {
        provider: "giscus",
        src: "https://giscus.app/client.js",
        data: { repo: "mountain-city/comments", "repo-id": "R_1", mapping: "url" },
      },
    });
    const html = renderPage(<ArticleLayout view={view} />);
    assert.doesNotMatch(html, /giscus\.app\/client\.js"[^>]*><\/script>|<script[^>]*giscus/);
    const section = one(doc(html), "section.comments");
    const button = one(section, "button.comments-load");
    assert.equal(button.getAttribute("type"), "button");
    assert.equal(button.getAttribute("data-provider"), "giscus");
    assert.equal(button.getAttribute("data-src"), "https://giscus.app/client.js");
    assert.equal(button.getAttribute("data-repo"), "mountain-city/comments");
    assert.match(text(one(section, ".comments-consent")), /giscus/);
    assert.ok(section.querySelector("#comments-thread"));
  });

  it("should put related and earlier stories in the rail as cards, and print the URL", () => {
    const root = doc(renderPage(<ArticleLayout view={articleView()} />));
    const rail = one(root, "aside.rail");
    assert.equal(text(one(rail, "section.related h2")), "Related articles");
    assert.equal(
      one(rail, "section.related article.card h3 a").getAttribute("href"),
      "/news/2023/05/story-7/",
    );
    assert.equal(text(one(rail, "section.earlier h2")), "Earlier in this section");
    assert.equal(text(one(root, ".print-url")), "https://news.example.org/news/2023/05/cq-hk/");
    assert.equal(text(one(root, ".article-header .kicker a")), "News");
  });

  it("should break a Chinese headline only between words, leaving codes whole", () => {
    const view = articleView({
      chrome: chrome({ lang: "zh", htmlLang: "zh-CN" }),
      title: "滨江商贸区U12-7734次列车三小时抵达",
    });
    const h1 = one(doc(renderPage(<ArticleLayout view={view} />)), "h1");
    const pieces = h1.innerHTML.split("<wbr>");
    assert.ok(pieces.length > 2, h1.innerHTML);
    assert.equal(pieces.join(""), "滨江商贸区U12-7734次列车三小时抵达");
    assert.ok(
      pieces.some((p) => p.includes("U12-7734")),
      h1.innerHTML,
    );
    for (const word of ["小时", "列车", "抵达", "滨江"])
      assert.ok(
        pieces.some((p) => p.includes(word)),
        `${word} split: ${h1.innerHTML}`,
      );
  });
});
