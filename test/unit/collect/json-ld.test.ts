// Tests for src/collect/json-ld.ts: the publisher, NewsArticle and BreadcrumbList objects of a page.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  publisherJsonLd,
  type NewsArticleInput,
} from "../../../src/collect/json-ld.ts";
import { makeArticle } from "../../helpers/article.ts";
import { siteContext } from "../../helpers/collect.ts";

const ctx = siteContext();
const BUNDLED_LOGO = {
  "@type": "ImageObject",
  url: "https://example.org/news/assets/logo.png",
  width: 512,
  height: 512,
};

const input = (over: Partial<NewsArticleInput> = {}): NewsArticleInput => ({
  canonical: "https://example.org/news/news/2024/05/typhoon-signal/",
  description: "The observatory raised the typhoon signal.",
  authors: [{ name: "Li Ming", url: "https://example.org/news/authors/li-ming/" }],
  images: ["https://example.org/news/media/delegates.3f2a9c1b7d4e.jpg"],
  dateModified: "2024-05-02T09:30:00+08:00",
  section: "News",
  keywords: ["Typhoon", "Hong Kong"],
  ...over,
});

describe("publisherJsonLd", () => {
  it("should name the edition's site with the bundled logo and its size", () => {
    assert.deepEqual(publisherJsonLd(ctx, "zh"), {
      "@type": "Organization",
      name: "山城日报",
      url: "https://example.org/news/zh/",
      logo: BUNDLED_LOGO,
    });
  });

  it("should take site.yaml's logo as given, without a size", () => {
    const own = siteContext({ logo: "https://cdn.example.org/logo.svg" });
    assert.deepEqual(publisherJsonLd(own, "en").logo, {
      "@type": "ImageObject",
      url: "https://cdn.example.org/logo.svg",
    });
  });
});

describe("newsArticleJsonLd", () => {
  it("should describe an article with its authors, image, dates, section and keywords", () => {
    const a = makeArticle();
    assert.deepEqual(newsArticleJsonLd(ctx, a, input()), {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      mainEntityOfPage: {
        "@type": "WebPage",
        "@id": "https://example.org/news/news/2024/05/typhoon-signal/",
      },
      url: "https://example.org/news/news/2024/05/typhoon-signal/",
      headline: "Typhoon signal raised as storm nears the coast",
      description: "The observatory raised the typhoon signal.",
      image: ["https://example.org/news/media/delegates.3f2a9c1b7d4e.jpg"],
      datePublished: "2024-05-01T10:00:00+08:00",
      dateModified: "2024-05-02T09:30:00+08:00",
      author: [
        { "@type": "Person", name: "Li Ming", url: "https://example.org/news/authors/li-ming/" },
      ],
      publisher: {
        "@type": "Organization",
        name: "Mountain City Daily",
        url: "https://example.org/news/",
        logo: BUNDLED_LOGO,
      },
      inLanguage: "en",
      articleSection: "News",
      keywords: ["Typhoon", "Hong Kong"],
    });
  });

  it("should credit the site, show the logo and leave out keywords when there are none", () => {
    const a = makeArticle({ lang: "zh", title: "台风信号升级" });
    const ld = newsArticleJsonLd(ctx, a, input({ authors: [], images: [], keywords: [] }));
    assert.deepEqual(ld["author"], [
      { "@type": "Organization", name: "山城日报", url: "https://example.org/news/zh/" },
    ]);
    assert.deepEqual(ld["image"], ["https://example.org/news/assets/logo.png"]);
    assert.equal("keywords" in ld, false);
    assert.equal(ld["inLanguage"], "zh-CN");
    assert.equal(ld["headline"], "台风信号升级");
  });

  it("should use site.yaml's logo as the stand-in image", () => {
    const own = siteContext({ logo: "https://cdn.example.org/logo.png" });
    const ld = newsArticleJsonLd(own, makeArticle(), input({ images: [] }));
    assert.deepEqual(ld["image"], ["https://cdn.example.org/logo.png"]);
  });

  it("should be plain JSON that survives a round trip, hostile text included", () => {
    const a = makeArticle({ title: "</script><script>alert(1)</script>" });
    const ld = newsArticleJsonLd(ctx, a, input());
    assert.deepEqual(JSON.parse(JSON.stringify(ld)), ld);
    assert.equal(ld["headline"], "</script><script>alert(1)</script>");
  });
});

describe("breadcrumbJsonLd", () => {
  it("should number the visible breadcrumbs and make their links absolute", () => {
    const items = [
      { href: "/news/zh/", label: "首页" },
      { href: "/news/zh/tags/", label: "全部标签" },
      { href: "/news/zh/tags/%E5%8F%B0%E9%A3%8E/", label: "台风" },
    ];
    assert.deepEqual(breadcrumbJsonLd(ctx, items), {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "首页", item: "https://example.org/news/zh/" },
        {
          "@type": "ListItem",
          position: 2,
          name: "全部标签",
          item: "https://example.org/news/zh/tags/",
        },
        {
          "@type": "ListItem",
          position: 3,
          name: "台风",
          item: "https://example.org/news/zh/tags/%E5%8F%B0%E9%A3%8E/",
        },
      ],
    });
  });

  it("should give an empty list for no breadcrumbs", () => {
    assert.deepEqual(breadcrumbJsonLd(ctx, [])["itemListElement"], []);
  });
});
