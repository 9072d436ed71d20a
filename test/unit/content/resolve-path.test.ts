// Tests for src/markdown/resolve.ts: link and image targets resolved against the article file.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveTarget } from "../../../src/content/resolve-path.ts";

describe("resolveTarget", () => {
  const table: [string, string, ReturnType<typeof resolveTarget>][] = [
    [
      "articles/2023/a.md",
      "../media/x.jpg",
      { ok: true, path: "articles/media/x.jpg", query: "", fragment: "" },
    ],
    [
      "articles/2023/a.md",
      "other.md#sec",
      { ok: true, path: "articles/2023/other.md", query: "", fragment: "#sec" },
    ],
    [
      "articles/2023/a.md",
      "./b.md?x=1#y",
      { ok: true, path: "articles/2023/b.md", query: "?x=1", fragment: "#y" },
    ],
    [
      "articles/2023/a.md",
      "/media/x.jpg",
      { ok: true, path: "media/x.jpg", query: "", fragment: "" },
    ],
    [
      "articles/2023/a.md",
      "caf%C3%A9%20noir.md",
      { ok: true, path: "articles/2023/café noir.md", query: "", fragment: "" },
    ],
    ["a.md", "x.md", { ok: true, path: "x.md", query: "", fragment: "" }],
    ["articles/2023/a.md", "../../../x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "/../x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "%2e%2e/%2e%2e/%2E%2E/x.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "a%5Cb.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "a%00.md", { ok: false, reason: "escape" }],
    ["articles/2023/a.md", "%E0%A4%A.md", { ok: false, reason: "malformed" }],
  ];
  for (const [source, target, expected] of table) {
    it(`should resolve ${JSON.stringify(target)} from ${source}`, () => {
      assert.deepEqual(resolveTarget(source, target), expected);
    });
  }
});
