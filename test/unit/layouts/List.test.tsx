// Tests for layouts/List.tsx: list pages (home, section, tag, author, archive) with cards and pager.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ArticleCard } from "../../../src/collect/cards.ts";
import { ListLayout } from "../../../layouts/List.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { card, doc, listView, one, text } from "./views.ts";

describe("ListLayout", () => {
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
