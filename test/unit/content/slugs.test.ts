// Tests for src/content/slugs.ts: slugs in each style and the merge keys of tags.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { isValidSlug, slugify, tagKey } from "../../../src/content/slugs.ts";
import type { SlugStyle } from "../../../src/content/slugs.ts";

const hash8 = (s: string): string =>
  `t-${createHash("sha256").update(s).digest("hex").slice(0, 8)}`;

const CASES: [input: string, style: SlugStyle, expected: string][] = [
  ["台风", "pinyin", "tai-feng"],
  ["重庆", "pinyin", "chong-qing"],
  ["台風", "pinyin", "tai-feng"],
  ["银行行长", "pinyin", "yin-hang-hang-zhang"],
  ["中国abc银行", "pinyin", "zhong-guo-abc-yin-hang"],
  ["Ünïcode", "pinyin", "unicode"],
  ["Ünïcode", "ascii", "unicode"],
  ["Straße", "ascii", "strasse"],
  ["C#", "pinyin", "c-sharp"],
  ["C++", "pinyin", "c-plus-plus"],
  ["C", "pinyin", "c"],
  ["C++ tips", "ascii", "c-plus-plus-tips"],
  ["#Tech", "pinyin", "tech"],
  ["tech ", "pinyin", "tech"],
  ["a b", "pinyin", "a-b"],
  ["a/b", "pinyin", "a-b"],
  ["  --Hello,   World!--  ", "ascii", "hello-world"],
  ["台风 Typhoon", "ascii", "typhoon"],
  ["台风", "unicode", "台风"],
  ["Café Déjà", "unicode", "café-déjà"],
  ["😀", "pinyin", hash8("😀")],
  ["..", "pinyin", hash8("..")],
  ["日本語", "ascii", hash8("日本語")],
  ["😀", "unicode", hash8("😀")],
];

describe("slugify", () => {
  for (const [input, style, expected] of CASES) {
    it(`should turn ${JSON.stringify(input)} into "${expected}" under ${style}`, () => {
      assert.equal(slugify(input, style), expected);
    });
  }

  it("should hash the tag key so variants of one tag get one fallback slug", () => {
    assert.equal(slugify("#😀", "ascii"), slugify("😀", "ascii"));
  });

  it("should cut long slugs at a hyphen and stay within 80 characters", () => {
    const s = slugify("word ".repeat(30), "ascii");
    assert.ok(s.length <= 80, s);
    assert.match(s, /^word(-word)*$/);
    assert.equal(s.length, 79);
  });

  it("should hard-cut a single long word at 80 characters", () => {
    assert.equal(slugify("x".repeat(100), "ascii"), "x".repeat(80));
  });

  it("should count code points when cutting unicode slugs", () => {
    const s = slugify("台".repeat(100), "unicode");
    assert.equal([...s].length, 80);
  });

  it("should always return a valid slug in its own style", () => {
    for (const [input, style] of CASES)
      assert.ok(isValidSlug(slugify(input, style), style), `${input} ${style}`);
  });
});

describe("isValidSlug", () => {
  const TABLE: [slug: string, style: SlugStyle, valid: boolean][] = [
    ["tai-feng", "pinyin", true],
    ["c-plus-plus", "ascii", true],
    ["Tai-feng", "pinyin", false],
    ["tai--feng", "pinyin", false],
    ["-tai", "pinyin", false],
    ["tai-", "pinyin", false],
    ["", "pinyin", false],
    ["台风", "pinyin", false],
    ["台风", "unicode", true],
    ["Café", "unicode", false],
    ["café", "unicode", true],
    ["cafe\u0301", "unicode", false],
    ["../x", "ascii", false],
    ["a%2e", "ascii", false],
    ["a\\b", "unicode", false],
    ["con", "ascii", false],
    ["nul", "unicode", false],
    ["com1", "pinyin", false],
    ["lpt9", "pinyin", false],
    ["console", "pinyin", true],
    ["a".repeat(80), "ascii", true],
    ["a".repeat(81), "ascii", false],
  ];
  for (const [slug, style, valid] of TABLE) {
    it(`should ${valid ? "accept" : "reject"} ${JSON.stringify(slug)} under ${style}`, () => {
      assert.equal(isValidSlug(slug, style), valid);
    });
  }
});

describe("tagKey", () => {
  it("should merge hashtag, case, width and whitespace variants", () => {
    for (const v of ["#Tech", "Tech", "tech ", " TECH", "＃Ｔｅｃｈ"])
      assert.equal(tagKey(v), "tech", v);
  });

  it("should collapse inner whitespace and keep other signs", () => {
    assert.equal(tagKey("  Hong \t Kong "), "hong kong");
    assert.equal(tagKey("C#"), "c#");
    assert.equal(tagKey("C++"), "c++");
  });

  it("should strip only one leading hash", () => {
    assert.equal(tagKey("##x"), "#x");
  });

  it("should merge NFC and NFD spellings", () => {
    assert.equal(tagKey("Cafe\u0301"), tagKey("Café"));
  });

  it("should keep distinct CJK variants distinct", () => {
    assert.notEqual(tagKey("台风"), tagKey("台風"));
  });
});
