// Front matter: splitting, gray-matter with our engines, YAML safety, the article/page metadata and
// where each field is written (R1–R7, R9).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it, mock } from "node:test";
import matter from "gray-matter";
import { parseArticle, parsePage } from "../../../src/content/front-matter.ts";
import {
  FrontMatterLanguageError,
  frontMatterEngines,
  readWithGrayMatter,
} from "../../../src/content/gray-matter.ts";
import type { SourceFile } from "../../../src/content/load.ts";
import type { ContentError } from "../../../src/content/errors.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import { sourceFile } from "../../helpers/content.ts";

const config: SiteConfig = {
  title: { en: "Mountain City Daily", zh: "山城日报" },
  description: "",
  baseUrl: "https://news.example.org/",
  timeZone: "Asia/Shanghai",
  languages: ["en", "zh"],
  sections: [{ id: "news", title: { en: "News", zh: "新闻" } }],
  pageSize: 20,
  slugStyle: "pinyin",
  commentsNotice: "",
};

const file = (p = "articles/2023/cq-hk.md"): SourceFile => sourceFile(p);
const GOOD = "title: Hello\ndate: 2023-05-13 02:08:25\nsection: news\n";

function errorsOf(text: string, f = file()): ContentError[] {
  const r = parseArticle(f, text, config);
  assert.equal(r.ok, false, "expected the article to fail");
  return r.ok ? [] : r.errors;
}

function located(errors: readonly ContentError[]): string[] {
  return errors.map((e) => `${e.line}:${e.col} ${e.code}`);
}

describe("parseArticle: the front-matter fence (R1, R3, R4)", () => {
  const payload = (marker: string): string => `require('fs').writeFileSync('${marker}', 'x')`;
  for (const opener of [
    "---js",
    "---javascript",
    "---JS",
    "--- js",
    "---json",
    "---coffee",
    "---constructor",
    "---toString",
    "--- x",
  ]) {
    it(`should refuse ${JSON.stringify(opener)} with E_FM_LANG and run nothing`, () => {
      const marker = path.join(tmpdir(), `pwned-${randomBytes(6).toString("hex")}`);
      const text = `${opener}\nmodule.exports = { title: ${payload(marker)} }\n---\nBody\n`;
      const [e, ...rest] = errorsOf(text);
      assert.equal(rest.length, 0);
      assert.equal(e?.code, "E_FM_LANG");
      assert.match(e?.message ?? "", /front matter language ".+" not allowed \(YAML only\)/);
      assert.equal(existsSync(marker), false);
    });
  }

  const MISSING: [string, string][] = [
    ["an empty file", ""],
    ["a file without front matter", "# Title\n\nBody\n"],
    ["a first line of four dashes", "----\ntitle: x\n----\nBody\n"],
    ["front matter not at the start", "\n---\ntitle: x\n---\nBody\n"],
  ];
  for (const [name, text] of MISSING) {
    it(`should report E_FM_MISSING for ${name}`, () => {
      assert.deepEqual(located(errorsOf(text)), ["1:1 E_FM_MISSING"]);
    });
  }

  it("should report E_FM_UNCLOSED with a one-line body and with blank lines", () => {
    assert.deepEqual(located(errorsOf(`---\n${GOOD}Body\n`)), ["1:1 E_FM_UNCLOSED"]);
    assert.deepEqual(located(errorsOf(`---\n${GOOD}\n\nBody\n\nMore\n`)), ["1:1 E_FM_UNCLOSED"]);
  });

  it("should close only at a whole --- line: ---- and --- # c inside stay YAML (errors as written)", () => {
    const [four, doc] = [
      `---\n${GOOD}summary: |\n  a\n----\n---\nB\n`,
      `---\n${GOOD}--- # c\n---\nB\n`,
    ];
    assert.deepEqual(located(errorsOf(four)), ["7:1 E_YAML_SYNTAX"]);
    assert.deepEqual(located(errorsOf(doc)), ["5:1 E_YAML_SYNTAX"]);
  });

  it("should take fences with trailing spaces and cap a comment-only block (E_YAML_SIZE 2:1)", () => {
    const r = parseArticle(file(), `---  \n${GOOD}---  \nBody\n`, config);
    assert.ok(r.ok);
    assert.equal(r.article.bodyLine, 6);
    assert.deepEqual(located(errorsOf(`---\n${"# c\n".repeat(20000)}---\nB\n`)), [
      "2:1 E_YAML_SIZE",
    ]);
  });

  it("should give the body and the file line it starts on", () => {
    const r = parseArticle(file(), `---\n${GOOD}---\nFirst line\n`, config);
    assert.ok(r.ok);
    assert.equal(r.article.body, "First line\n");
    assert.equal(r.article.bodyLine, 6);
  });

  it("should report an empty or whitespace body as E_BODY_EMPTY at the body line", () => {
    assert.deepEqual(located(errorsOf(`---\n${GOOD}---\n  \n\n`)), ["6:1 E_BODY_EMPTY"]);
    assert.deepEqual(located(errorsOf(`---\n${GOOD}---`)), ["6:1 E_BODY_EMPTY"]);
  });
});

describe("parseArticle: YAML safety (R2, R5, R6, R7)", () => {
  it("should fail the same invalid YAML every time (no cache, R2)", () => {
    const text = "---\ntitle: [unclosed\ndate: 2023-05-13\n---\nBody\n";
    const first = errorsOf(text);
    const second = errorsOf(text);
    assert.equal(first[0]?.code, "E_YAML_SYNTAX");
    assert.deepEqual(second, first);
    assert.notEqual(second, first);
  });

  it("should give two files with identical content separate values", () => {
    const text = `---\n${GOOD}tags: [a]\n---\nBody\n`;
    const a = parseArticle(file("articles/a.md"), text, config);
    const b = parseArticle(file("articles/b.md"), text, config);
    assert.ok(a.ok && b.ok);
    assert.notEqual(a.article.tags, b.article.tags);
    assert.equal(a.article.slug, "a");
    assert.equal(b.article.slug, "b");
  });

  const YAML_CASES: [name: string, yaml: string, expected: string[]][] = [
    ["a scalar", "just text\n", ["2:1 E_FM_NOT_MAPPING"]],
    ["a list", "- a\n- b\n", ["2:1 E_FM_NOT_MAPPING"]],
    ["empty front matter", "", ["1:1 E_DATE_REQUIRED", "1:1 E_FM_REQUIRED", "1:1 E_FM_REQUIRED"]],
    ["a duplicate key", `${GOOD}title: Again\n`, ["5:1 E_YAML_DUP_KEY"]],
    ["tab indentation", `${GOOD}image:\n\tsrc: x.jpg\n`, ["6:1 E_YAML_TAB"]],
    [
      "an anchor and alias",
      `${GOOD}summary: &s text\ntags: [*s]\n`,
      ["5:13 E_YAML_ALIAS", "6:8 E_YAML_ALIAS"],
    ],
    ["nesting deeper than 8", `${GOOD}tags: [[[[[[[[x]]]]]]]]\n`, ["5:14 E_YAML_DEPTH"]],
    ["__proto__ at the top", `${GOOD}__proto__: {polluted: 1}\n`, ["5:1 E_FM_FORBIDDEN_KEY"]],
    [
      "constructor nested",
      `${GOOD}image:\n  constructor: {prototype: {polluted: 1}}\n`,
      ["6:3 E_FM_FORBIDDEN_KEY", "6:17 E_FM_FORBIDDEN_KEY"],
    ],
    ["prototype in a list", `${GOOD}corrections:\n  - prototype: x\n`, ["6:5 E_FM_FORBIDDEN_KEY"]],
    ["a YAML tag", `${GOOD}summary: !!js/function "x"\n`, ["5:24 E_YAML_SYNTAX"]],
  ];
  for (const [name, yaml, expected] of YAML_CASES) {
    it(`should report ${expected.map((e) => e.split(" ")[1]).join(", ")} for ${name}`, () => {
      assert.deepEqual(located(errorsOf(`---\n${yaml}---\nBody\n`)), expected);
    });
  }

  it("should never pollute Object.prototype (R7)", () => {
    errorsOf(`---\n${GOOD}__proto__: {polluted: 1}\n---\nBody\n`);
    errorsOf(`---\n${GOOD}image: {__proto__: {polluted: 1}}\n---\nBody\n`);
    assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
  });

  it("should report front matter over 64 KiB as E_YAML_SIZE", () => {
    const big = `summary: "${"x".repeat(70 * 1024)}"\n`;
    assert.deepEqual(located(errorsOf(`---\n${GOOD}${big}---\nBody\n`)), ["2:1 E_YAML_SIZE"]);
  });

  for (const [name, bomb] of [
    ["`[`×20000", `tags: ${"[".repeat(20000)}\n`],
    ["`- `×20000", `${"- ".repeat(20000)}x\n`],
  ] as const) {
    it(`should refuse ${name} quickly with E_YAML_DEPTH`, () => {
      const started = Date.now();
      const errors = errorsOf(`---\n${bomb}---\nBody\n`);
      assert.equal(errors[0]?.code, "E_YAML_DEPTH");
      assert.ok(Date.now() - started < 5000);
    });
  }

  it("should refuse a billion-laughs document with E_YAML_ALIAS", () => {
    const lol = [
      "a: &a [x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join("\n");
    const errors = errorsOf(`---\n${lol}\n---\nBody\n`);
    assert.ok(
      errors.length > 0 && errors.every((e) => e.code === "E_YAML_ALIAS"),
      JSON.stringify(located(errors)),
    );
  });
});

describe("parseArticle: values", () => {
  it("should read the sample's naive date, quoted or not, in the site zone", () => {
    for (const d of ["2023-05-13 02:08:25", "'2023-05-13 02:08:25'", '"2023-05-13 02:08:25"']) {
      const r = parseArticle(
        file(),
        `---\ntitle: x\ndate: ${d}\nsection: news\n---\nBody\n`,
        config,
      );
      assert.ok(r.ok, d);
      assert.equal(r.article.date.iso, "2023-05-13T02:08:25+08:00");
      assert.equal(r.article.date.ms, Date.UTC(2023, 4, 12, 18, 8, 25));
    }
  });

  it("should keep every scalar a string (R9)", () => {
    const r = parseArticle(
      file(),
      `---\ntitle: 2024\ndate: 2024-01-02\nsection: news\nsummary: 01234 12:30 no\ntags: [no, "yes"]\n---\nBody\n`,
      config,
    );
    assert.ok(r.ok);
    assert.equal(r.article.title, "2024");
    assert.equal(r.article.summary, "01234 12:30 no");
    assert.deepEqual(r.article.tags, ["no", "yes"]);
  });

  it("should build the whole article from the sample's front matter", () => {
    const text = [
      "---",
      'title: "Chongqing and Hong Kong open a cooperation mechanism"',
      "date: 2023-05-13 02:08:25",
      "updated: 2023-05-14 09:00",
      "section: news",
      'tags: ["#Chongqing", "Hong Kong", "科技创新"]',
      "authors: li-ming",
      "summary: A short summary.",
      "lang: zh",
      "translationKey: cq-hk-2023-05",
      'image: { src: ../../media/x.jpg, alt: "Delegates", caption: Arrival, credit: Wang Fang, focus: center }',
      "featured: true",
      "draft: false",
      "publishAt: 2023-05-13 08:00",
      "expires: 2024-05-13",
      "series: cq-hk-visit",
      "slug: chongqing-hong-kong",
      "id: 01HZX3K8T9Q2M4N6P8R0S2T4V6",
      "corrections: [{ at: 2023-05-14 10:00, note: Fixed a name. }]",
      "---",
      "Body",
    ].join("\n");
    const r = parseArticle(file(), text, config);
    assert.ok(r.ok, JSON.stringify(r));
    const a = r.article;
    assert.equal(a.id, "01HZX3K8T9Q2M4N6P8R0S2T4V6");
    assert.equal(a.lang, "zh");
    assert.equal(a.date.display, "2023年5月13日 02:08");
    assert.equal(a.updated?.iso, "2023-05-14T09:00:00+08:00");
    assert.deepEqual(a.tags, ["#Chongqing", "Hong Kong", "科技创新"]);
    assert.deepEqual(a.authors, ["li-ming"]);
    assert.deepEqual(a.image, {
      src: "media/x.jpg",
      alt: "Delegates",
      caption: "Arrival",
      credit: "Wang Fang",
      decorative: false,
      focus: "center",
      line: 11,
      col: 15,
    });
    assert.equal(a.featured, true);
    assert.equal(a.draft, false);
    assert.equal(a.publishAt?.iso, "2023-05-13T08:00:00+08:00");
    assert.equal(a.expires?.dateOnly, true);
    assert.equal(a.slug, "chongqing-hong-kong");
    assert.equal(a.translationKey, "cq-hk-2023-05");
    assert.equal(a.corrections[0]?.at.iso, "2023-05-14T10:00:00+08:00");
    assert.equal(a.corrections[0]?.note, "Fixed a name.");
    assert.equal(a.displayPath, "content/articles/2023/cq-hk.md");
    assert.equal(a.bodyLine, 21);
  });

  it("should default id to the source path, lang to the first language and slug to the file name", () => {
    const r = parseArticle(file("articles/2023/台风登陆.md"), `---\n${GOOD}---\nBody\n`, config);
    assert.ok(r.ok);
    assert.equal(r.article.id, "articles/2023/台风登陆.md");
    assert.equal(r.article.lang, "en");
    assert.equal(r.article.slug, "tai-feng-deng-lu");
    assert.deepEqual(r.article.tags, []);
    assert.deepEqual(r.article.corrections, []);
    assert.equal(r.article.featured, false);
    assert.equal(r.article.image, undefined);
  });

  it("should resolve image paths from the content root when they start with /", () => {
    const r = parseArticle(
      file(),
      `---\n${GOOD}image: { src: /media/a.png, alt: A }\n---\nBody\n`,
      config,
    );
    assert.ok(r.ok);
    assert.equal(r.article.image?.src, "media/a.png");
  });

  it("should accept a decorative image without alt", () => {
    const r = parseArticle(
      file(),
      `---\n${GOOD}image: { src: a.png, decorative: true }\n---\nBody\n`,
      config,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.article.image, {
      src: "articles/2023/a.png",
      alt: "",
      decorative: true,
      line: 5,
      col: 15,
    });
  });

  it("should turn a single tag string into a list", () => {
    const r = parseArticle(file(), `---\n${GOOD}tags: x\n---\nBody\n`, config);
    assert.ok(r.ok);
    assert.deepEqual(r.article.tags, ["x"]);
  });
});

describe("gray-matter with our engines", () => {
  const marker = (): string => path.join(tmpdir(), `pwned-${randomBytes(6).toString("hex")}`);
  const hostile = (opener: string, m: string): string =>
    `${opener}\nrequire('fs').writeFileSync('${m}', 'x')\n---\nBody\n`;
  const yamlOptions = { file: "x.md", firstLine: 2, maxBytes: 1024 };

  it("should refuse javascript, coffee, json, toml… in its engines map before evaluating anything", () => {
    let yamlRan = false;
    const engines = frontMatterEngines(() => {
      yamlRan = true;
      return {};
    });
    for (const opener of [
      "---javascript",
      "---js",
      "---JS",
      "---coffee",
      "---cson",
      "---json",
      "---toml",
    ]) {
      const m = marker();
      assert.throws(
        () => matter(hostile(opener, m), { engines }),
        (e: unknown) => e instanceof FrontMatterLanguageError && e.code === "E_FM_LANG",
        opener,
      );
      assert.equal(existsSync(m), false, `${opener}: the payload ran`);
    }
    assert.equal(yamlRan, false);
  });

  it("should refuse any language it reads after ---, unknown ones and prototype members too", () => {
    for (const opener of [
      "---javascript",
      "---coffee",
      "---foo",
      "---toString",
      "---constructor",
      "---__proto__",
    ]) {
      const m = marker();
      const r = readWithGrayMatter(hostile(opener, m), yamlOptions);
      assert.ok(!r.ok, opener);
      assert.deepEqual(located(r.errors), ["1:4 E_FM_LANG"], opener);
      assert.equal(
        r.errors[0]?.message,
        `front matter language "${opener.slice(3)}" not allowed (YAML only)`,
      );
      assert.equal(existsSync(m), false, `${opener}: the payload ran`);
    }
  });

  it("should be what parses an article's front matter, with our engines and no excerpt", () => {
    const language = mock.method(matter, "language");
    try {
      assert.ok(parseArticle(file(), `---\n${GOOD}---\nBody\n`, config).ok);
      const inside = language.mock.calls.map((c) => c.arguments[1]).filter((o) => o !== undefined);
      assert.equal(inside.length, 1, "gray-matter parsed the file once");
      const opts = inside[0] as {
        engines: Record<string, { parse: (s: string) => object }>;
        excerpt: unknown;
      };
      assert.equal(opts.excerpt, false);
      assert.throws(() => opts.engines["javascript"]?.parse("1"), FrontMatterLanguageError);
    } finally {
      language.mock.restore();
    }
  });

  it("should fail two identical invalid files both, leaving gray-matter's cache empty", () => {
    // gray-matter keeps its cache on the function (not in its types): one entry per uncached parse.
    const cache = (): number => Object.keys((matter as unknown as { cache: object }).cache).length;
    const before = cache();
    const text = `---\n${GOOD}tags: [a, b\n---\nBody\n`;
    assert.deepEqual(located(errorsOf(text)), ["5:12 E_YAML_SYNTAX"]);
    assert.deepEqual(located(errorsOf(text)), ["5:12 E_YAML_SYNTAX"]);
    assert.equal(cache(), before);
  });
});

describe("parseArticle: where each field is written (fieldAt)", () => {
  it("should locate every top-level field at its value and each kept author and tag", () => {
    const text = [
      "---",
      "title: Hello",
      "date: 2023-05-13 02:08:25",
      "section: news",
      "authors: [li-ming, wang-fang, li-ming]",
      "tags:",
      "  - Chongqing",
      "  - Hong Kong",
      "translationKey: cq-hk",
      "slug: cq-hk",
      "id: 01HZX3K8T9Q2M4N6P8R0S2T4V6",
      "lang: zh",
      "image: { src: a.png, alt: A }",
      "---",
      "Body",
    ].join("\n");
    const r = parseArticle(file(), text, config);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.article.authors, ["li-ming", "wang-fang"]);
    const at = Object.entries(r.article.fieldAt).map(([k, p]) => `${k} ${p.line}:${p.col}`);
    assert.deepEqual(at, [
      "title 2:8",
      "date 3:7",
      "section 4:10",
      "authors 5:10",
      "tags 7:3",
      "translationKey 9:17",
      "slug 10:7",
      "id 11:5",
      "lang 12:7",
      "image 13:8",
      "authors.0 5:11",
      "authors.1 5:20",
      "tags.0 7:5",
      "tags.1 8:5",
    ]);
    assert.equal(r.article.image?.line, 13);
    assert.deepEqual(JSON.parse(JSON.stringify(r.article.fieldAt)), r.article.fieldAt);
  });

  it("should put a one-string list's item at the string, a repeated tag at its first writing", () => {
    const text = `---\n${GOOD}authors: li-ming\ntags: [b, b, a, a]\n---\nB\n`;
    const r = parseArticle(file(), text, config);
    assert.ok(r.ok, JSON.stringify(r));
    const at = Object.entries(r.article.fieldAt).map(([k, p]) => `${k} ${p.line}:${p.col}`);
    assert.deepEqual(at.slice(3), [
      "authors 5:10",
      "tags 6:7",
      "authors.0 5:10",
      "tags.0 6:8",
      "tags.1 6:14",
    ]);
  });
});

describe("parsePage", () => {
  it("should read a page with title, slug from the file name and default language", () => {
    const r = parsePage(
      file("pages/about.md"),
      "---\ntitle: About us\nsummary: Who we are\n---\nText\n",
      config,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.page, {
      source: "pages/about.md",
      lang: "en",
      slug: "about",
      title: "About us",
      summary: "Who we are",
      fieldAt: { title: { line: 2, col: 8 }, summary: { line: 3, col: 10 } },
      body: "Text\n",
      bodyLine: 5,
      displayPath: "content/pages/about.md",
    });
  });

  it("should refuse a page slug that takes a reserved first segment", () => {
    const r = parsePage(file("pages/tags.md"), "---\ntitle: Tags\n---\nText\n", config);
    assert.ok(!r.ok);
    assert.deepEqual(located(r.errors), ["1:1 E_SLUG_RESERVED"]);
    const s = parsePage(file("pages/x.md"), "---\ntitle: X\nslug: search\n---\nText\n", config);
    assert.ok(!s.ok);
    assert.deepEqual(located(s.errors), ["3:7 E_SLUG_RESERVED"]);
  });

  it("should refuse article-only keys on a page", () => {
    const r = parsePage(
      file("pages/about.md"),
      "---\ntitle: About\ndate: 2023-01-01\n---\nText\n",
      config,
    );
    assert.ok(!r.ok);
    assert.deepEqual(located(r.errors), ["3:1 E_FM_UNKNOWN_KEY"]);
  });
});
