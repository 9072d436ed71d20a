// Tests for src/content/schema.ts: one row per article front-matter error code, located at line:col.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../../src/content/front-matter.ts";
import type { SourceFile } from "../../../src/content/load.ts";
import type { ContentError } from "../../../src/content/errors.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";

const config: SiteConfig = {
  title: "Daily",
  description: "",
  baseUrl: "https://news.example.org/",
  timeZone: "America/New_York",
  languages: ["en", "zh"],
  sections: [
    { id: "news", title: "News" },
    { id: "sport", title: "Sport" },
  ],
  pageSize: 20,
  slugStyle: "pinyin",
  commentsNotice: "",
};
const FILE: SourceFile = {
  path: "articles/2024/x.md",
  displayPath: "content/articles/2024/x.md",
  bytes: new Uint8Array(),
};
const BASE: Record<string, string> = { title: "T", date: "2024-01-02 10:00", section: "news" };

/** An article with the base fields, where `extra` lines replace or add keys (`null` removes one). */
function article(extra: Record<string, string | null>): string {
  const fields = { ...BASE, ...extra };
  const lines = Object.entries(fields).flatMap(([k, v]) => (v === null ? [] : [`${k}: ${v}`]));
  return `---\n${lines.join("\n")}\n---\nBody\n`;
}

function errors(extra: Record<string, string | null>): ContentError[] {
  const r = parseArticle(FILE, article(extra), config);
  return r.ok ? [] : r.errors;
}

const line = (e: ContentError): string => `${e.file}:${e.line}:${e.col} ${e.code} ${e.message}`;

// Keys appear in the order title, date, section, then the extra keys: file line = 2 + index.
const CASES: [name: string, extra: Record<string, string | null>, expected: string][] = [
  ["a misspelt key", { tittle: "x" }, ':5:1 E_FM_UNKNOWN_KEY unknown key "tittle"'],
  ["permalink", { permalink: "../../x" }, ':5:1 E_FM_UNKNOWN_KEY unknown key "permalink"'],
  ["layout", { layout: "x.html" }, ':5:1 E_FM_UNKNOWN_KEY unknown key "layout"'],
  ["eleventyComputed", { eleventyComputed: "{x: 1}" }, ":5:1 E_FM_UNKNOWN_KEY"],
  ["pagination", { pagination: "{size: 1}" }, ":5:1 E_FM_UNKNOWN_KEY"],
  ["templateEngineOverride", { templateEngineOverride: "njk" }, ":5:1 E_FM_UNKNOWN_KEY"],
  ["a missing title", { title: null }, ":1:1 E_FM_REQUIRED title is required"],
  ["a missing section", { section: null }, ":1:1 E_FM_REQUIRED section is required"],
  ["a missing date", { date: null }, ":1:1 E_DATE_REQUIRED date is required"],
  ["a title that is a map", { title: "{a: 1}" }, ":2:8 E_FM_TYPE title must be text"],
  ["a title that is a list", { title: "[a]" }, ":2:8 E_FM_TYPE title must be text"],
  ["an empty title", { title: '""' }, ":2:8 E_FM_TYPE title is empty"],
  ["a null title", { title: "" }, ":2:1 E_FM_TYPE title must be text, not empty"],
  [
    "a title over 300 chars",
    { title: "x".repeat(301) },
    ":2:8 E_FM_TYPE title is 301 characters long",
  ],
  [
    "a control char in the title",
    { title: '"a\\u0007b"' },
    ":2:8 E_FM_TYPE title contains a control character",
  ],
  [
    "an unknown section",
    { section: "weather" },
    ':4:10 E_FM_TYPE section "weather" is not a section of site.yaml',
  ],
  ["a reserved section", { section: "tags" }, ":4:10 E_SLUG_RESERVED"],
  ["an unknown language", { lang: "fr" }, ':5:7 E_FM_TYPE lang "fr"'],
  ["a non-boolean featured", { featured: "yes" }, ":5:11 E_FM_TYPE featured must be true or false"],
  ["a non-boolean draft", { draft: "True" }, ":5:8 E_FM_TYPE draft must be true or false"],
  [
    "a non-boolean decorative",
    { image: "{src: a.jpg, alt: A, decorative: 1}" },
    ":5:41 E_FM_TYPE image.decorative must be true or false",
  ],
  [
    "a tag string with a comma",
    { tags: '"a, b"' },
    ':5:7 E_TAG_INVALID tags "a, b" contains a comma',
  ],
  ["a null tag", { tags: "[x, null]" }, ":5:11 E_TAG_INVALID tags[1] is empty"],
  ["a ~ tag", { tags: "[~]" }, ":5:8 E_TAG_INVALID tags[0] is empty"],
  ["a map tag", { tags: "[{a: 1}]" }, ":5:8 E_TAG_INVALID tags[0] is a map"],
  ["a list tag", { tags: "[[x]]" }, ":5:8 E_TAG_INVALID tags[0] is a list"],
  ["an empty tag", { tags: '[""]' }, ":5:8 E_TAG_INVALID tags[0] is empty"],
  ["a blank tag", { tags: '["  "]' }, ":5:8 E_TAG_INVALID tags[0] is empty"],
  [
    "a tag over 64 chars",
    { tags: `[${"x".repeat(65)}]` },
    ":5:8 E_TAG_INVALID tags[0] is 65 characters long",
  ],
  ["a tag with no letter", { tags: "[a, 2.5]" }, ':5:11 E_TAG_INVALID tags[1] "2.5" has no letter'],
  ["tags as a map", { tags: "{a: 1}" }, ":5:7 E_TAG_INVALID tags must be a list"],
  ["authors with a comma", { authors: "Li Ming, Wang Fang" }, ":5:10 E_FM_TYPE authors"],
  [
    "an invalid slug",
    { slug: "Hello World" },
    ':5:7 E_SLUG_INVALID slug "Hello World" is not a valid slug',
  ],
  ["a reserved slug", { slug: "feed.xml" }, ":5:7 E_SLUG_RESERVED"],
  ["a Windows device slug", { slug: "con" }, ":5:7 E_SLUG_RESERVED"],
  ["an image without alt", { image: "{src: a.jpg}" }, ":5:1 E_ALT_MISSING image.alt is missing"],
  ["an image with empty alt", { image: '{src: a.jpg, alt: ""}' }, ":5:1 E_ALT_MISSING"],
  ["an image without src", { image: "{alt: A}" }, ":5:1 E_FM_REQUIRED image.src is required"],
  [
    "an image outside the tree",
    { image: "{src: ../../../../etc/passwd.jpg, alt: A}" },
    ":5:14 E_PATH_ESCAPE",
  ],
  ["a javascript: image", { image: "{src: 'javascript:alert(1)', alt: A}" }, ":5:14 E_UNSAFE_URL"],
  [
    "an unknown image key",
    { image: "{src: a.jpg, alt: A, width: 3}" },
    ':5:29 E_FM_UNKNOWN_KEY unknown key "width" in image',
  ],
  [
    "an impossible date",
    { date: "2023-02-30" },
    ':3:7 E_DATE_INVALID date "2023-02-30" is not a real day',
  ],
  ["not a date", { date: "not-a-date" }, ":3:7 E_DATE_INVALID"],
  ["month 13", { date: "2024-13-01" }, ":3:7 E_DATE_INVALID"],
  ["hour 25", { date: "2024-01-01T25:00" }, ":3:7 E_DATE_INVALID"],
  ["a time skipped by DST", { date: "2024-03-10 02:30" }, ":3:7 E_DATE_INVALID"],
  ["a date that is a list", { date: "[2024-01-01]" }, ":3:7 E_FM_TYPE date must be text"],
  ["updated before date", { updated: "2024-01-01" }, ":5:10 E_DATE_ORDER"],
  ["an invalid updated", { updated: "2024-02-31" }, ":5:10 E_DATE_INVALID updated"],
  ["an invalid publishAt", { publishAt: "soon" }, ":5:12 E_DATE_INVALID publishAt"],
  ["an invalid expires", { expires: "2024-1-1" }, ":5:10 E_DATE_INVALID expires"],
  ["an invalid featuredUntil", { featuredUntil: "soon" }, ":5:16 E_DATE_INVALID featuredUntil"],
  [
    "a correction without note",
    { corrections: "[{at: 2024-01-03}]" },
    ":5:15 E_FM_REQUIRED corrections[0].note is required",
  ],
  [
    "a correction with a bad date",
    { corrections: "[{at: 2024-01-32, note: x}]" },
    ":5:20 E_DATE_INVALID corrections[0].at",
  ],
  ["a non-ULID id", { id: "abc" }, ':5:5 E_FM_TYPE id "abc" is not a ULID'],
  ["a lower-case ULID", { id: "01hzx3k8t9q2m4n6p8r0s2t4v6" }, ":5:5 E_FM_TYPE id"],
  [
    "a summary over 500 chars",
    { summary: "x".repeat(501) },
    ":5:10 E_FM_TYPE summary is 501 characters long",
  ],
  ["a bad translationKey", { translationKey: "Big Key" }, ":5:17 E_FM_TYPE translationKey"],
];

describe("article schema", () => {
  for (const [name, extra, expected] of CASES) {
    it(`should report ${name} as ${expected.split(" ")[1]}`, () => {
      const got = errors(extra).map(line);
      assert.equal(got.length, 1, got.join("\n"));
      assert.ok(
        got[0]!.startsWith(`content/articles/2024/x.md${expected}`),
        `${got[0]}\n  expected ${expected}`,
      );
    });
  }

  it("should hint the closest key for a typo", () => {
    const [e] = errors({ tittle: "x" });
    assert.equal(e?.hint, 'did you mean "title"?');
    const [s] = errors({ sumary: "x" });
    assert.equal(s?.hint, 'did you mean "summary"?');
    const [p] = errors({ publishat: "2024-01-05" });
    assert.equal(p?.hint, 'did you mean "publishAt"?');
  });

  it("should list the allowed sections in the hint", () => {
    assert.equal(errors({ section: "weather" })[0]?.hint, "use one of: news, sport");
  });

  it("should suggest the slug form of an invalid slug", () => {
    assert.equal(errors({ slug: "Hello World" })[0]?.hint, 'use "hello-world"');
  });

  it("should report all field errors of a file together", () => {
    const got = errors({
      tittle: "x",
      section: "weather",
      lang: "fr",
      tags: "[1]",
      featured: "maybe",
      date: "2023-02-30",
    });
    assert.deepEqual(got.map((e) => e.code).sort(), [
      "E_DATE_INVALID",
      "E_FM_TYPE",
      "E_FM_TYPE",
      "E_FM_TYPE",
      "E_FM_UNKNOWN_KEY",
      "E_TAG_INVALID",
    ]);
    const lines = got.map((e) => e.line);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
  });

  it("should accept every optional field at once", () => {
    const r = parseArticle(
      FILE,
      article({
        updated: "2024-01-03",
        tags: "[a]",
        authors: "[li-ming, Wang Fang]",
        featured: "true",
        draft: "true",
        summary: "s",
        lang: "zh",
        translationKey: "k-1",
        series: "s-1",
        slug: "x-1",
        id: "01HZX3K8T9Q2M4N6P8R0S2T4V6",
        publishAt: "2024-01-02",
        expires: "2025-01-01",
        featuredUntil: "2024-01-04 18:00",
        corrections: "[{at: 2024-01-03, note: n}]",
        image: "{src: a.jpg, alt: A, caption: C, credit: D, focus: top, decorative: false}",
      }),
      config,
    );
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.article.authors, ["li-ming", "Wang Fang"]);
    assert.equal(r.article.draft, true);
    assert.equal(r.article.featuredUntil?.iso, "2024-01-04T18:00:00-05:00");
  });
});
