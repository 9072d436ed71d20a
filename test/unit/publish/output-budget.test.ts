// Tests for src/publish/output-budget.ts: the staged tree's size against its budget, and what the
// error names when it is over.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import {
  budgetFromEnv,
  checkOutputBudget,
  DEFAULT_BUDGET,
  formatBytes,
} from "../../../src/publish/output-budget.ts";

/** A staged tree of `files` (path → size in bytes). */
function staged(files: Record<string, number>): { dir: string; names: Set<string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-"));
  for (const [f, n] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), Buffer.alloc(n));
  }
  return { dir, names: new Set(Object.keys(files)) };
}

describe("checkOutputBudget", () => {
  const tree = staged({
    "news/2023/05/a/index.html": 3000,
    "tags/x/index.html": 1500,
    "tags/x/feed.xml": 1500,
    "zh/authors/li/feed.json": 800,
    "index.html": 100,
  });
  const opts = (base: number) => ({
    budget: { base, perArticle: 1000 },
    articles: 1,
    sourceOf: (f: string) => (f === "news/2023/05/a/index.html" ? "articles/a.md" : undefined),
    displayPath: (s: string) => `content/${s}`,
  });

  it("should not count media and assets: a photo-led site fits its budget", () => {
    const photos = staged({
      "news/2023/05/a/index.html": 3000,
      "media/big-photo.0123456789ab.jpg": 5_000_000,
      "assets/site.css": 200_000,
    });
    assert.equal(checkOutputBudget(photos.dir, photos.names, opts(2000)), undefined);
  });

  it("should not count the search runtime, but count the search index", () => {
    const search = staged({
      "news/2023/05/a/index.html": 3000,
      "pagefind/pagefind.js": 50_000,
      "pagefind/search.js": 9_000,
      "pagefind/en/2024/pagefind-worker.js": 45_000,
      "pagefind/en/2024/wasm.en.pagefind": 60_000,
    });
    assert.equal(checkOutputBudget(search.dir, search.names, opts(2000)), undefined);
    const index = staged({ "pagefind/en/2024/fragment/en_1.pf_fragment": 5000 });
    assert.match(
      checkOutputBudget(index.dir, index.names, opts(2000))?.message ?? "",
      /pagefind\/ 4\.9 KB/,
    );
  });

  it("should pass a tree within its budget", () => {
    assert.equal(checkOutputBudget(tree.dir, tree.names, opts(6000)), undefined);
  });

  it("should name the largest contributors, grouped by source and list, at the largest article", () => {
    const e = checkOutputBudget(tree.dir, tree.names, opts(100));
    assert.equal(e?.file, "content/articles/a.md");
    assert.equal(e?.code, "E_OUTPUT_BUDGET");
    assert.equal(
      e?.message,
      "the output is 6.7 KB, over its budget of 1.1 KB (1000 B per published article + 100 B); largest: content/articles/a.md 2.9 KB, tags/x/ 2.9 KB, zh/authors/li/ 800 B, index.html 100 B; by kind: articles and pages 2.9 KB, tag lists and feeds 2.9 KB, author lists and feeds 800 B, other 100 B",
    );
  });
});

describe("budget settings", () => {
  it("should default to 200 KB per article + 50 MB and read the environment", () => {
    assert.deepEqual(budgetFromEnv({}), DEFAULT_BUDGET);
    assert.deepEqual(DEFAULT_BUDGET, { perArticle: 204800, base: 52428800 });
    assert.deepEqual(
      budgetFromEnv({
        BROADSHEET_OUTPUT_BUDGET_MB: "1",
        BROADSHEET_OUTPUT_BUDGET_PER_ARTICLE_KB: "2",
      }),
      { base: 1048576, perArticle: 2048 },
    );
    assert.deepEqual(budgetFromEnv({ BROADSHEET_OUTPUT_BUDGET_MB: "lots" }), DEFAULT_BUDGET);
  });

  it("should format bytes for people", () => {
    assert.deepEqual([812, 34918, 1288490189].map(formatBytes), ["812 B", "34.1 KB", "1.2 GB"]);
  });
});
