// Tests for src/content/index-articles.ts: status, URL, output file and hero image per article.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { ArticleMeta } from "../../../src/content/front-matter.ts";
import { indexArticles, type IndexOptions } from "../../../src/content/index-articles.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import { makeMedia, makeStamp } from "../../helpers/article.ts";
import { NOW, siteConfig } from "../../helpers/collect.ts";

/** An English news article's metadata from `articles/<slug>.md`, dated 1 May 2024. */
function meta(slug: string, over: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    source: `articles/${slug}.md`,
    id: `articles/${slug}.md`,
    lang: "en",
    title: `Story ${slug}`,
    date: makeStamp("2024-05-01T10:00:00+08:00"),
    section: "news",
    tags: [],
    authors: [],
    featured: false,
    draft: false,
    slug,
    corrections: [],
    displayPath: `content/articles/${slug}.md`,
    fieldAt: {},
    body: "A paragraph.\n",
    bodyLine: 5,
    ...over,
  };
}

const PHOTO = makeMedia("media/photo.jpg", "/media/photo.0123456789ab.jpg");

function options(over: Partial<IndexOptions> = {}, config: Partial<SiteConfig> = {}): IndexOptions {
  return {
    config: siteConfig(config),
    now: NOW,
    preview: false,
    media: new Map([[PHOTO.source, PHOTO]]),
    ...over,
  };
}

const future = makeStamp("2024-05-03T08:00:00+08:00");
const past = makeStamp("2024-05-02T11:00:00+08:00");
const STATUS_CASES: ArticleMeta[] = [
  meta("published"),
  meta("draft", { draft: true }),
  meta("dated-later", { date: future }),
  meta("embargoed", { publishAt: future }),
  meta("expired", { expires: past }),
  meta("expires-later", { expires: future }),
];

describe("indexArticles", () => {
  it("should set each article's status by the build clock", () => {
    const { articles, errors } = indexArticles(STATUS_CASES, options());
    assert.deepEqual(errors, []);
    assert.deepEqual(
      articles.map((a) => [a.slug, a.status]),
      [
        ["published", "published"],
        ["draft", "draft"],
        ["dated-later", "pending"],
        ["embargoed", "pending"],
        ["expired", "expired"],
        ["expires-later", "published"],
      ],
    );
  });

  it("should place the default language at the root and zh under /zh/, below the base path", () => {
    const en = meta("typhoon");
    const zh = meta("tai-feng", { lang: "zh", date: makeStamp("2023-12-31T23:30:00+08:00") });
    const [a, b] = indexArticles([en, zh], options()).articles;
    assert.deepEqual(
      [a!.path, a!.href, a!.url, a!.file],
      [
        "/news/2024/05/typhoon/",
        "/news/news/2024/05/typhoon/",
        "https://example.org/news/news/2024/05/typhoon/",
        "news/2024/05/typhoon/index.html",
      ],
    );
    assert.deepEqual(
      [b!.path, b!.href, b!.url, b!.file],
      [
        "/zh/news/2023/12/tai-feng/",
        "/news/zh/news/2023/12/tai-feng/",
        "https://example.org/news/zh/news/2023/12/tai-feng/",
        "zh/news/2023/12/tai-feng/index.html",
      ],
    );
    const zhFirst = indexArticles([en, zh], options({}, { languages: ["zh", "en"] })).articles;
    assert.deepEqual(
      zhFirst.map((x) => x.path),
      ["/en/news/2024/05/typhoon/", "/news/2023/12/tai-feng/"],
    );
  });

  it("should resolve the hero image to its media asset", () => {
    const image = { src: "media/photo.jpg", alt: "Flooded street", decorative: false };
    const withImage = meta("flood", { image: { ...image, credit: "Li Ming", line: 7, col: 8 } });
    const [a] = indexArticles([withImage], options()).articles;
    assert.deepEqual(a!.image, {
      media: PHOTO,
      alt: "Flooded street",
      caption: undefined,
      credit: "Li Ming",
      decorative: false,
    });
    assert.equal(a!.body, "A paragraph.\n");
  });

  it("should report a missing hero image at image.src and leave the article out", () => {
    const image = { src: "media/missing.jpg", alt: "Nothing", decorative: false, line: 7, col: 8 };
    const r = indexArticles([meta("broken", { image }), meta("fine")], options());
    assert.deepEqual(r.errors, [
      {
        file: "content/articles/broken.md",
        line: 7,
        col: 8,
        code: "E_IMAGE_MISSING",
        message: 'image.src "media/missing.jpg" does not exist',
        hint: "paths are relative to the article file, e.g. ../media/photo.jpg",
      },
    ]);
    assert.deepEqual(
      r.articles.map((a) => a.slug),
      ["fine"],
    );
    assert.deepEqual([...r.articleHrefs.keys()], ["articles/fine.md"]);
  });

  it("should let bodies link only to articles that get a page", () => {
    const built = indexArticles(STATUS_CASES, options());
    assert.deepEqual(
      [...built.articleHrefs],
      [
        ["articles/published.md", "/news/news/2024/05/published/"],
        ["articles/expires-later.md", "/news/news/2024/05/expires-later/"],
      ],
    );
    const preview = indexArticles(STATUS_CASES, options({ preview: true }));
    assert.deepEqual(
      [...preview.articleHrefs.keys()],
      [
        "articles/published.md",
        "articles/draft.md",
        "articles/dated-later.md",
        "articles/embargoed.md",
        "articles/expires-later.md",
      ],
    );
  });
});
