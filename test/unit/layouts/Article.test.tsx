// Tests for layouts/Article.tsx: render an article view, parse the HTML, assert on it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ArticleLayout } from "../../../layouts/Article.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { STRINGS } from "../../../src/strings.ts";
import { articleView, chrome, doc, HOSTILE_TITLE, one, stamp, text } from "./views.ts";

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
});
