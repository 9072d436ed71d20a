// Tests for src/collect/cards.ts: summaries, image views and the list card of an article.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { imageView, mediaHref, summaryOf, toCard } from "../../../src/collect/cards.ts";
import type { HeroImage } from "../../../src/content/values.ts";
import { makeArticle, makeMedia } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";
import { heldBody } from "../../../src/content/body.ts";

const ctx = siteContext();
const media = makeMedia("media/delegates.jpg", "/media/delegates.3f2a9c1b7d4e.jpg", 1200, 800);
const hero = (over: Partial<HeroImage> = {}): HeroImage => ({
  media,
  alt: "Delegates arrive at the hall",
  caption: "Delegates arrive",
  credit: "Wang Fang",
  decorative: false,
  ...over,
});

describe("summaryOf", () => {
  it("should take the article's own summary, even an empty one", () => {
    assert.equal(summaryOf(makeArticle({ summary: "Officials met." })), "Officials met.");
    assert.equal(summaryOf(makeArticle({ summary: "" })), "");
  });

  it("should excerpt the body text when there is no summary", () => {
    const bodyText = `${"暴雨".repeat(30)}。${"洪水".repeat(30)}！${"山洪".repeat(40)}`;
    assert.equal(
      summaryOf(makeArticle({ body: heldBody("", bodyText) })),
      `${"暴雨".repeat(30)}。${"洪水".repeat(30)}！`,
    );
    assert.equal(
      summaryOf(makeArticle()),
      "The observatory raised the typhoon signal on Wednesday morning.",
    );
  });
});

describe("imageView", () => {
  it("should show a hero as renditions under the base path, eager, with caption and credit", () => {
    const { sources, srcset, ...rest } = imageView(ctx, hero());
    assert.deepEqual(rest, {
      src: "/news/media/delegates.3f2a9c1b7d4e-960.jpg",
      sizes: "(min-width: 44rem) 44rem, 100vw",
      wideSizes: "(min-width: 44rem) 44rem, 100vw",
      width: 960,
      height: 640,
      priority: true,
      alt: "Delegates arrive at the hall",
      caption: "Delegates arrive",
      credit: "Wang Fang",
      decorative: false,
    });
    assert.deepEqual(
      sources.map((s) => s.type),
      ["image/avif", "image/webp"],
    );
    assert.match(srcset, /^\/news\/media\/delegates\.3f2a9c1b7d4e-320\.jpg 320w, .* 1200w$/);
  });

  it("should give a decorative image an empty alt", () => {
    const view = imageView(ctx, hero({ decorative: true, caption: undefined, credit: undefined }));
    assert.equal(view.alt, "");
    assert.equal(view.decorative, true);
  });
});

describe("mediaHref", () => {
  it("should link a media file with the base path, or at the root without one", () => {
    assert.equal(mediaHref(ctx, media), "/news/media/delegates.3f2a9c1b7d4e.jpg");
    const root = siteContext({ baseUrl: "https://news.example.org/" });
    assert.equal(mediaHref(root, media), "/media/delegates.3f2a9c1b7d4e.jpg");
  });
});

describe("toCard", () => {
  it("should make a card with the article's link, summary, date and section in its language", () => {
    const a = makeArticle({
      lang: "zh",
      title: "台风信号升级",
      slug: "tai-feng",
      section: "business",
      summary: "天文台周三上午发出台风信号。",
    });
    assert.deepEqual(toCard(ctx, a), {
      href: "/news/zh/business/2024/05/tai-feng/",
      title: "台风信号升级",
      summary: "天文台周三上午发出台风信号。",
      date: a.date,
      dateText: "2024年5月1日",
      section: { href: "/news/zh/business/", label: "财经" },
      image: undefined,
      lang: "zh",
    });
  });

  it("should show the hero image on the card", () => {
    const card = toCard(ctx, makeArticle({ image: hero() }));
    assert.equal(card.image?.src, "/news/media/delegates.3f2a9c1b7d4e-16x9-960.jpg");
    assert.deepEqual(
      [card.image?.width, card.image?.height, card.image?.priority],
      [960, 540, false],
    );
    assert.equal(card.section.href, "/news/news/");
    assert.equal(card.section.label, "News");
  });
});
