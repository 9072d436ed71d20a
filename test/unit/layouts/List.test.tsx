// Tests for layouts/List.tsx: list pages (home, section, tag, author, archive) with cards and pager.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ArticleCard } from "../../../src/collect/cards.ts";
import { makePager } from "../../../src/collect/paginate.ts";
import { ListLayout } from "../../../layouts/List.tsx";
import { renderPage } from "../../../layouts/render.tsx";
import { card, doc, listView, NO_SOURCES, one, text } from "./views.ts";

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
    const view = listView({ pager: makePager(5, 10, (n) => `/page/${n}/`) });
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
    // One short date per edition on cards, no zone suffix (the zone stays in the byline).
    assert.equal(text(one(c, "time")), "11 May 2023");
    assert.doesNotMatch(text(c), /UTC/);
    assert.equal(one(c, ".kicker a").getAttribute("href"), "/news/");
    assert.equal(text(one(c, ".summary")), "Summary 1");
    assert.equal(c.querySelector(".updated-flag"), null);
  });

  it("should flag an updated story on its card", () => {
    const updated = { ...card(1), updated: card(5).date };
    const root = doc(renderPage(<ListLayout view={listView({ items: [updated] })} />));
    assert.equal(text(one(root, "article.card .meta .updated-flag")), "Updated");
  });

  it("should head a tag page as a topic: label, description, count and its own feeds", () => {
    const view = listView({
      intro: "Stories about the city.",
      count: 12,
      chrome: {
        ...listView().chrome,
        feeds: [
          { href: "/tags/chongqing/feed.xml", title: "Chongqing", type: "atom" },
          { href: "/tags/chongqing/feed.json", title: "Chongqing", type: "json" },
          { href: "/feed.xml", title: "Mountain City Daily", type: "atom" },
        ],
      },
    });
    const header = one(doc(renderPage(<ListLayout view={view} />)), "header.list-header.list-tag");
    assert.equal(text(one(header, ".kicker")), "Topic");
    assert.equal(text(one(header, "h1")), "Chongqing");
    assert.equal(text(one(header, ".intro")), "Stories about the city.");
    assert.equal(text(one(header, ".count")), "12 articles");
    assert.deepEqual(
      header.querySelectorAll(".feeds a").map((a) => a.getAttribute("href")),
      ["/tags/chongqing/feed.xml", "/tags/chongqing/feed.json"],
    );
  });

  it("should head an author page with role, bio, count and their own site", () => {
    const view = listView({
      kind: "author",
      heading: "Li Wei",
      intro: "City hall reporter.",
      count: 3,
      person: { role: "Transport correspondent", url: "https://example.org/li-wei" },
    });
    const header = one(doc(renderPage(<ListLayout view={view} />)), "header.list-author");
    assert.equal(text(one(header, "h1")), "Li Wei");
    assert.equal(text(one(header, ".role")), "Transport correspondent");
    assert.equal(text(one(header, ".intro")), "City hall reporter.");
    assert.equal(text(one(header, ".count")), "3 articles");
    assert.equal(one(header, "a.author-site").getAttribute("href"), "https://example.org/li-wei");
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
        ...NO_SOURCES,
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

  it("should render the home front: date line, lead, secondary leads, latest rail, section fronts", () => {
    const view = listView({
      kind: "home",
      heading: "Mountain City Daily",
      items: [],
      front: {
        dateLine: "Friday 4 December 2026",
        lead: card(9),
        secondary: [card(8), card(7)],
        latest: [card(6), card(5), card(4)],
        sections: [
          {
            section: { href: "/business/", label: "Business" },
            top: card(3),
            headlines: [card(2), card(1)],
          },
        ],
      },
      pager: { current: 1, total: 1, pages: [{ n: 1, href: "/" }] },
    });
    const root = doc(renderPage(<ListLayout view={view} />));
    assert.equal(text(one(root, ".date-line")), "Friday 4 December 2026");
    assert.equal(
      one(root, ".front-lead article.card-lead h3 a").getAttribute("href"),
      "/news/2023/05/story-9/",
    );
    assert.equal(root.querySelectorAll(".front-secondary article.card-secondary").length, 2);
    assert.equal(text(one(root, "section.latest h2")), "Latest");
    assert.equal(root.querySelectorAll("section.latest article.card").length, 3);
    const block = one(root, "section.section-block");
    const h2 = one(block, "h2");
    assert.equal(block.getAttribute("aria-labelledby"), h2.getAttribute("id"));
    assert.equal(one(h2, "a").getAttribute("href"), "/business/");
    assert.equal(block.querySelectorAll("article.card").length, 3);
    // No story twice on page 1.
    const hrefs = root
      .querySelectorAll("article.card .card-title a")
      .map((a) => a.getAttribute("href"));
    assert.equal(hrefs.length, 9);
    assert.equal(new Set(hrefs).size, 9);
    assert.equal(root.querySelectorAll("ol.list-cards").length, 0);
  });

  it("should keep the date line off tag pages (only fronts carry it)", () => {
    const root = doc(renderPage(<ListLayout view={listView()} />));
    assert.equal(root.querySelector(".date-line"), null);
  });
});
