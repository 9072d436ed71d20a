// The body cache through the real CLI: warm builds serve bodies from `.cache/`, stay byte-identical,
// re-render what a change invalidates, and survive a corrupt or deleted cache.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { build, type BuildReport } from "../../src/pipeline.ts";
import { terminalProgress } from "../../src/progress.ts";
import { copyContent, listTree, tempDir, treeHash } from "../helpers/cli.ts";
import { html } from "../helpers/output.ts";

/** Builds `content` into `out` with its body cache in `cacheDir`; returns the report. */
async function buildWith(cacheDir: string, content: string, out: string): Promise<BuildReport> {
  const r = await build(
    { contentDir: content, outDir: out, now: "2024-06-01", preview: false, cacheDir },
    terminalProgress({ quiet: true }),
  );
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  return r;
}

const TARGET = "articles/en/2023/jialing-riverside-fair-announced.md";
const LINKING_URL = "news/2023/05/hong-kong-crews-jialing-river-regatta/index.html";

describe("body cache in builds", () => {
  const content = copyContent();
  const cache = path.join(tempDir("cache-dir-"), "cache");
  const outs = tempDir("cache-out-");
  // Every body is rendered, scheduled ones too: the sample's 57 articles and 6 pages.
  const total = 63;

  it("should render every body cold and serve every body warm, with identical output", async () => {
    const cold = await buildWith(cache, content, path.join(outs, "a"));
    assert.deepEqual(cold.bodies, { cached: 0, rendered: total });
    assert.ok(listTree(path.join(cache, "md")).length >= total - 3);
    const warm = await buildWith(cache, content, path.join(outs, "b"));
    assert.deepEqual(warm.bodies, { cached: total, rendered: 0 });
    assert.equal(treeHash(path.join(outs, "b")), treeHash(path.join(outs, "a")));
  });

  it("should re-render exactly the two articles that link to an article whose URL changed", async () => {
    const file = path.join(content, TARGET);
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace(/^---\n/, "---\nslug: fair-plans\n"),
    );
    const r = await buildWith(cache, content, path.join(outs, "c"));
    assert.deepEqual(r.bodies, { cached: total - 2, rendered: 2 });
    const page = html(path.join(outs, "c"), LINKING_URL);
    const hrefs = page.querySelectorAll("article a").map((a) => a.getAttribute("href"));
    assert.ok(
      hrefs.some((h) => h?.endsWith("/fair-plans/")),
      `hrefs: ${hrefs.join(" ")}`,
    );
  });

  it("should rebuild corrupt entries and give the output of a build without cache", async () => {
    for (const f of listTree(path.join(cache, "md"))) {
      const p = path.join(cache, "md", f);
      fs.writeFileSync(p, fs.readFileSync(p, "utf8").slice(0, 40));
    }
    const r = await buildWith(cache, content, path.join(outs, "d"));
    assert.equal(r.bodies.cached, 0);
    const clean = await buildWith(
      path.join(tempDir("cache-clean-"), "c"),
      content,
      path.join(outs, "e"),
    );
    assert.deepEqual(clean.bodies, { cached: 0, rendered: total });
    assert.equal(treeHash(path.join(outs, "d")), treeHash(path.join(outs, "e")));
  });

  it("should build when the cache folder is deleted", async () => {
    fs.rmSync(cache, { recursive: true, force: true });
    const r = await buildWith(cache, content, path.join(outs, "f"));
    assert.deepEqual(r.bodies, { cached: 0, rendered: total });
    assert.equal(treeHash(path.join(outs, "f")), treeHash(path.join(outs, "e")));
  });
});
