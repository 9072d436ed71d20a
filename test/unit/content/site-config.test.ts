// Tests for src/content/site-config.ts: site.yaml validated as strictly as article front matter.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseSiteConfig } from "../../../src/content/site-config.ts";
import type { ContentError } from "../../../src/content/errors.ts";
import type { SiteConfig } from "../../../src/content/site-config.ts";
import { MINIMAL_SITE_YAML, sourceFile } from "../../helpers/content.ts";

function siteErrors(text: string): string[] {
  const r = parseSiteConfig(sourceFile("site.yaml", text));
  assert.equal(r.ok, false, "expected site.yaml to fail");
  return r.ok ? [] : r.errors.map((e: ContentError) => `${e.line}:${e.col} ${e.code} ${e.message}`);
}

describe("parseSiteConfig", () => {
  it("should read the smallest site.yaml with defaults", () => {
    const r = parseSiteConfig(sourceFile("site.yaml", MINIMAL_SITE_YAML));
    assert.ok(r.ok, JSON.stringify(r));
    const expected: SiteConfig = {
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
    assert.deepEqual(r.config, expected);
  });

  it("should read every optional key", () => {
    const text = `${MINIMAL_SITE_YAML}\ndescription: News\npageSize: 10\nslugStyle: unicode\ncommentsNotice: { en: Be kind., zh: 请文明发言。 }\n`;
    const r = parseSiteConfig(
      sourceFile("site.yaml", text.replace("news.example.org", "example.org/news")),
    );
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.config.baseUrl, "https://example.org/news/");
    assert.equal(r.config.pageSize, 10);
    assert.equal(r.config.slugStyle, "unicode");
    assert.equal(r.config.description, "News");
    assert.deepEqual(r.config.commentsNotice, { en: "Be kind.", zh: "请文明发言。" });
  });

  const CASES: [name: string, text: string, expected: string][] = [
    [
      "an unknown key with a hint",
      `${MINIMAL_SITE_YAML}\npagesize: 10\n`,
      '7:1 E_FM_UNKNOWN_KEY unknown key "pagesize"',
    ],
    [
      "a missing baseUrl",
      MINIMAL_SITE_YAML.replace(/baseUrl.*\n/, ""),
      "1:1 E_FM_REQUIRED baseUrl is required",
    ],
    [
      "a missing timeZone",
      MINIMAL_SITE_YAML.replace(/timeZone.*\n/, ""),
      "1:1 E_FM_REQUIRED timeZone is required",
    ],
    [
      "a javascript: baseUrl",
      MINIMAL_SITE_YAML.replace("https://news.example.org", "'javascript:alert(1)'"),
      "2:10 E_UNSAFE_URL",
    ],
    [
      "a relative baseUrl",
      MINIMAL_SITE_YAML.replace("https://news.example.org", "/news/"),
      "2:10 E_FM_TYPE baseUrl",
    ],
    [
      "an unknown time zone",
      MINIMAL_SITE_YAML.replace("Asia/Shanghai", "Mars/Olympus"),
      '3:11 E_FM_TYPE timeZone "Mars/Olympus" is not a time zone',
    ],
    [
      "the machine's zone",
      MINIMAL_SITE_YAML.replace("Asia/Shanghai", "local"),
      "3:11 E_FM_TYPE timeZone",
    ],
    [
      "an unsupported language",
      MINIMAL_SITE_YAML.replace("[en, zh]", "[en, fr]"),
      '4:17 E_FM_TYPE languages[1] "fr" is not a supported language',
    ],
    [
      "no languages",
      MINIMAL_SITE_YAML.replace("[en, zh]", "[]"),
      "4:12 E_FM_TYPE languages must not be empty",
    ],
    [
      "a title missing a language",
      MINIMAL_SITE_YAML.replace(', zh: "山城日报"', ""),
      '1:1 E_I18N_MISSING title has no "zh" text',
    ],
    [
      "a title in an unknown language",
      MINIMAL_SITE_YAML.replace('zh: "山城日报"', 'zh: "山城日报", fr: "x"'),
      '1:49 E_FM_UNKNOWN_KEY title.fr unknown language "fr"',
    ],
    [
      "a reserved section id",
      MINIMAL_SITE_YAML.replace("id: news", "id: tags"),
      "6:11 E_SLUG_RESERVED",
    ],
    [
      "a four-digit section id",
      MINIMAL_SITE_YAML.replace("id: news", "id: '2023'"),
      "6:11 E_SLUG_RESERVED",
    ],
    [
      "an invalid section id",
      MINIMAL_SITE_YAML.replace("id: news", "id: News"),
      "6:11 E_FM_TYPE sections[0].id",
    ],
    [
      "a duplicate section id",
      `${MINIMAL_SITE_YAML}\n  - { id: news, title: x }`,
      '7:11 E_FM_TYPE sections[1].id "news" is used twice',
    ],
    ["a pageSize of 0", `${MINIMAL_SITE_YAML}\npageSize: 0\n`, "7:11 E_FM_TYPE pageSize"],
    ["a pageSize of 101", `${MINIMAL_SITE_YAML}\npageSize: 101\n`, "7:11 E_FM_TYPE pageSize"],
    ["a fractional pageSize", `${MINIMAL_SITE_YAML}\npageSize: 2.5\n`, "7:11 E_FM_TYPE pageSize"],
    [
      "an unknown slugStyle",
      `${MINIMAL_SITE_YAML}\nslugStyle: kebab\n`,
      "7:12 E_FM_TYPE slugStyle",
    ],
    ["a list at the top", "- a\n", "1:1 E_FM_NOT_MAPPING"],
    [
      "a forbidden key",
      `${MINIMAL_SITE_YAML}\n__proto__: { polluted: 1 }\n`,
      "7:1 E_FM_FORBIDDEN_KEY",
    ],
    ["a duplicate key", `${MINIMAL_SITE_YAML}\ntimeZone: UTC\n`, "7:1 E_YAML_DUP_KEY"],
  ];
  for (const [name, text, expected] of CASES) {
    it(`should report ${name} as ${expected.split(" ")[1]}`, () => {
      const got = siteErrors(text);
      assert.equal(got.length, 1, got.join("\n"));
      assert.ok(got[0]!.startsWith(expected), `${got[0]}\n  expected ${expected}`);
    });
  }

  it("should hint the closest key", () => {
    const r = parseSiteConfig(sourceFile("site.yaml", `${MINIMAL_SITE_YAML}\ntimezone: UTC\n`));
    assert.ok(!r.ok);
    assert.equal(r.errors[0]?.hint, 'did you mean "timeZone"?');
  });

  it("should report an undecodable file as E_ENCODING", () => {
    const r = parseSiteConfig(sourceFile("site.yaml", new Uint8Array([0x74, 0x3a, 0x20, 0xe9])));
    assert.ok(!r.ok);
    assert.equal(r.errors[0]?.code, "E_ENCODING");
  });

  it("should report an empty site.yaml as missing every required key", () => {
    const codes = siteErrors("").map((e) => e.split(" ").slice(1, 3).join(" "));
    assert.deepEqual(codes.sort(), [
      "E_FM_REQUIRED baseUrl",
      "E_FM_REQUIRED languages",
      "E_FM_REQUIRED sections",
      "E_FM_REQUIRED timeZone",
      "E_FM_REQUIRED title",
    ]);
  });
});
