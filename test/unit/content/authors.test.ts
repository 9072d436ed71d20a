// Tests for src/content/authors.ts: authors.yaml validated as strictly as article front matter.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAuthors } from "../../../src/content/authors.ts";
import { parseSiteConfig } from "../../../src/content/site-config.ts";
import { MINIMAL_SITE_YAML, sourceFile } from "../../helpers/content.ts";

describe("parseAuthors", () => {
  const parsed = parseSiteConfig(sourceFile("site.yaml", MINIMAL_SITE_YAML));
  assert.ok(parsed.ok);
  const config = parsed.config;

  it("should read authors with per-language names, url and bio", () => {
    const text =
      "li-ming:\n  name: { en: Li Ming, zh: 李明 }\n  url: https://example.org/li\n  role: { en: Reporter, zh: 记者 }\n  bio: Reporter.\nwang-fang:\n  name: Wang Fang\n";
    const r = parseAuthors(sourceFile("authors.yaml", text), config);
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.authors, [
      {
        id: "li-ming",
        name: { en: "Li Ming", zh: "李明" },
        url: "https://example.org/li",
        role: { en: "Reporter", zh: "记者" },
        bio: "Reporter.",
      },
      { id: "wang-fang", name: "Wang Fang" },
    ]);
  });

  it("should accept a missing authors.yaml", () => {
    assert.deepEqual(parseAuthors(undefined, config), { ok: true, authors: [] });
  });

  const CASES: [name: string, text: string, expected: string][] = [
    ["a javascript: url", "li:\n  name: Li\n  url: 'javascript:alert(1)'\n", "3:8 E_UNSAFE_URL"],
    ["an invalid id", "Li Ming:\n  name: Li\n", '1:1 E_FM_TYPE author id "Li Ming" is not valid'],
    ["a missing name", "li:\n  url: https://x.org/\n", "1:1 E_FM_REQUIRED li.name is required"],
    ["a name missing a language", "li:\n  name: { en: Li }\n", "2:3 E_I18N_MISSING"],
    [
      "an unknown key",
      "li:\n  name: Li\n  emial: x\n",
      '3:3 E_FM_UNKNOWN_KEY unknown key "emial" in li',
    ],
    ["an entry that is text", "li: Li Ming\n", "1:5 E_FM_TYPE li must be a map"],
  ];
  for (const [name, text, expected] of CASES) {
    it(`should report ${name} as ${expected.split(" ")[1]}`, () => {
      const r = parseAuthors(sourceFile("authors.yaml", text), config);
      assert.ok(!r.ok);
      const got = r.errors.map((e) => `${e.line}:${e.col} ${e.code} ${e.message}`);
      assert.equal(got.length, 1, got.join("\n"));
      assert.ok(got[0]!.startsWith(expected), `${got[0]}\n  expected ${expected}`);
    });
  }
});
