import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PLAIN_ASSET_FILES } from "../../../src/collect/assets.ts";
import { cacheRules, IMMUTABLE } from "../../../src/deploy/cache-rules.ts";

const FILES = {
  "site.css": "site.0123456789ab.css",
  "favicon.svg": "favicon.ba9876543210.svg",
  "logo.png": "logo.png",
};

/** A rule's path as a regex, as hosts read it: `:name` is one segment. */
function regexOf(rule: ReturnType<typeof cacheRules>[number]): RegExp {
  const body = rule.path
    .split("/")
    .map((s) => (s.startsWith(":") ? "[^/]+" : s.replace(/[.]/g, "\\.")))
    .join("/");
  return new RegExp(`^${body}${rule.match === "exact" ? "$" : ""}`);
}

/** The Cache-Control every rule matching `path` gives (a host would join them). */
function matching(rules: ReturnType<typeof cacheRules>, path: string): string[] {
  return rules.filter((r) => regexOf(r).test(path)).map((r) => r.cacheControl);
}

describe("cache rules", () => {
  const rules = cacheRules(FILES);

  it("should cache fingerprinted assets, media and Pagefind's hashed chunks for a year", () => {
    for (const p of [
      "/assets/site.0123456789ab.css",
      "/assets/favicon.ba9876543210.svg",
      "/media/harbour.3f2a9c1b7d4e.jpg",
      "/pagefind/fragment/en_11bf6c3.pf_fragment",
      "/pagefind/index/en_d1ed646.pf_index",
      "/pagefind/filter/en_0a1b2c3.pf_filter",
      "/pagefind/en/2023/fragment/en_11bf6c3.pf_fragment",
      "/pagefind/zh/2024/index/zh_d1ed646.pf_index",
    ])
      assert.deepEqual(matching(rules, p), [IMMUTABLE], p);
    assert.equal(IMMUTABLE, "public, max-age=31536000, immutable");
  });

  it("should keep names without a hash short: the logo, Pagefind's entry files, pages and feeds", () => {
    for (const p of [
      "/pagefind/pagefind.js",
      "/pagefind/search.js",
      "/pagefind/en/2023/pagefind-entry.json",
      "/pagefind/en/2024/wasm.en.pagefind",
      "/pagefind/en/2024/pagefind-worker.js",
      "/assets/logo.png",
      "/",
      "/zh/feed.xml",
      "/news/2023/05/x/",
      "/assets/site.css",
    ])
      assert.deepEqual(matching(rules, p), [], `${p}: the default (short) applies`);
  });

  it("should mark no asset immutable when the build passed no fingerprints", () => {
    const plain = cacheRules(PLAIN_ASSET_FILES);
    assert.deepEqual(matching(plain, "/assets/site.css"), []);
    assert.equal(plain.filter((r) => r.path.startsWith("/assets/")).length, 0);
  });

  it("should never let two rules match one path (hosts would join their values)", () => {
    for (const a of rules)
      for (const b of rules)
        if (a !== b) assert.ok(!regexOf(b).test(a.path.replace(/:[a-z]+/g, "x")), `${a.path}`);
  });
});
