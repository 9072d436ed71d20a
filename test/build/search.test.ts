// The search index (issue 11): Pagefind buckets per edition × year built from the model's records
// (title, summary, body only), the search pages, byte-identical builds, per-bucket incremental
// re-indexing, and a failed index that leaves the previous output untouched.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { decodeCard } from "../../src/search/client/search.js";
import { listTree, runCli, tempDir, treeHash } from "../helpers/cli.ts";
import { html, textOf } from "../helpers/output.ts";
import { fragments, searchSite } from "../helpers/pagefind.ts";

const NOW = "2024-06-01 12:00";

/** Builds `content` into `out` with `cache`; returns the run (stage lines on stderr). */
function build(content: string, out: string, cache: string, env: Record<string, string> = {}) {
  const args = ["build", "--content", content, "--out", out, "--now", NOW, "--cache", cache];
  return runCli([...args, "--verbose"], { env });
}

/** The search stage's line: buckets, indexed, from the cache. */
function searchLine(stderr: string): { buckets: number; indexed: number; carried: number } {
  const m = /search\s+(\d+) buckets \((\d+) indexed, (\d+) from the cache\)/.exec(stderr);
  assert.ok(m, stderr);
  return { buckets: Number(m[1]), indexed: Number(m[2]), carried: Number(m[3]) };
}

describe("search index", () => {
  let content: string;
  let out: string;
  let cache: string;
  before(() => {
    content = searchSite();
    const dir = tempDir();
    [out, cache] = [path.join(dir, "dist"), path.join(dir, "cache")];
    const r = build(content, out, cache);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(searchLine(r.stderr), { buckets: 4, indexed: 4, carried: 0 });
  });

  it("should write one bucket per edition and year, the runtime in each edition's newest", () => {
    const files = listTree(path.join(out, "pagefind"));
    const buckets = [...new Set(files.map((f) => /^(\w+\/\d{4}\/)/.exec(f)?.[1]).filter(Boolean))];
    assert.deepEqual(buckets, ["en/2023/", "en/2024/", "zh/2023/", "zh/2024/"]);
    for (const b of buckets) assert.ok(files.includes(`${b}pagefind-entry.json`), b);
    assert.ok(
      files.includes("en/2024/wasm.en.pagefind") && files.includes("en/2024/pagefind-worker.js"),
    );
    assert.ok(files.includes("zh/2024/wasm.unknown.pagefind"));
    assert.ok(
      !files.some((f) => /^(en|zh)\/2023\/(wasm|pagefind-worker)/.test(f)),
      "runtime only in the newest",
    );
    assert.ok(files.includes("pagefind.js") && files.includes("search.js"));
    assert.ok(!files.some((f) => /ui|highlight|playground/.test(f)), "no Pagefind UI files");
  });

  it("should index exactly the published articles, each with title, summary and body only", () => {
    const frags = fragments(out);
    assert.deepEqual(
      frags.map((f) => [f.bucket, f.url]),
      [
        ["en/2024/", "/news/2024/02/bridge/"],
        ["en/2024/", "/news/2024/03/pier/"],
        ["en/2023/", "/tech/2023/11/cable/"],
        ["zh/2023/", "/zh/news/2023/12/metro/"],
        ["zh/2024/", "/zh/news/2024/05/typhoon/"],
      ],
    );
    const pier = frags.find((f) => f.url.endsWith("/pier/"))!;
    assert.equal(pier.meta.title, "Ferry pier reopens at Chaotianmen");
    assert.match(pier.content, /Quayside lanterns light the new pontoons\./);
    assert.match(pier.content, /floating pontoons for the river barges/);
    // The page around the body is not indexed: comments notice, navigation, related articles.
    for (const f of frags) {
      assert.doesNotMatch(f.content, /Comments are checked|评论经过|Technology|Skip to content/);
      assert.doesNotMatch(f.content, f.url.endsWith("/pier/") ? /Bridge lights/ : /Ferry pier/);
    }
    assert.deepEqual(pier.filters, {
      author: ["Ada Lovelace"],
      section: ["News"],
      tag: ["Ferries", "River"],
      year: ["2024"],
    });
  });

  it("should carry each result's image, date and section in a card meta Pagefind cannot index", () => {
    const pier = fragments(out).find((f) => f.url.endsWith("/pier/"))!;
    assert.deepEqual(Object.keys(pier.meta).sort(), ["card", "title"]);
    assert.match(pier.meta.card!, /^[!$%()+,\-./:;=?@~]+$/);
    const card = decodeCard(pier.meta.card)!;
    assert.equal(card.section, "News");
    assert.equal(card.datetime, "2024-03-02T09:00:00+08:00");
    assert.match(String(card.date), /2 March 2024/);
    const img = String(card.image);
    assert.ok(img.startsWith("/media/") && fs.existsSync(path.join(out, img)), img);
    const zh = decodeCard(fragments(out).find((f) => f.url.endsWith("/typhoon/"))!.meta.card)!;
    assert.equal(zh.section, "新闻");
  });

  it("should give each edition a noindex search page with a labelled box, out of the sitemaps", () => {
    for (const [rel, buckets] of [
      ["search/index.html", "/pagefind/en/2024/ /pagefind/en/2023/"],
      ["zh/search/index.html", "/pagefind/zh/2024/ /pagefind/zh/2023/"],
    ] as const) {
      const doc = html(out, rel);
      assert.equal(doc.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
      const input = doc.querySelector("input[name=q]")!;
      assert.ok(textOf(doc.querySelector(`label[for="${input.id}"]`)), rel);
      assert.ok(doc.querySelector("[role=status]"), rel);
      const root = doc.querySelector("#search")!;
      assert.equal(root.getAttribute("data-buckets"), buckets);
      assert.equal(
        doc.querySelector("script[type=module]")?.getAttribute("src"),
        "/pagefind/search.js",
      );
      // Without JavaScript: links to the tag index and the year archives.
      const links = doc.querySelectorAll(".search-nojs a").map((a) => a.getAttribute("href"));
      const pre = rel.startsWith("zh/") ? "/zh" : "";
      assert.deepEqual(links, [`${pre}/tags/`, `${pre}/2024/`, `${pre}/2023/`]);
    }
    for (const f of listTree(out).filter((x) => /sitemap.*\.xml$/.test(x)))
      assert.ok(!fs.readFileSync(path.join(out, f), "utf8").includes("/search/"), f);
  });

  it("should write byte-identical indexes from build to build (cache or none)", () => {
    const other = path.join(tempDir(), "dist");
    const r = build(content, other, path.join(tempDir(), "cache"));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(searchLine(r.stderr).indexed, 4);
    assert.equal(treeHash(path.join(other, "pagefind")), treeHash(path.join(out, "pagefind")));
  });

  it("should re-index only the bucket of an edited article, and equal a clean build", () => {
    const again = build(content, out, cache);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(searchLine(again.stderr), { buckets: 4, indexed: 0, carried: 4 });
    // A draft is not indexed: editing it re-indexes nothing.
    const draft = path.join(content, "articles/en/draft.md");
    fs.appendFileSync(draft, "More xylophones.\n");
    assert.equal(searchLine(build(content, out, cache).stderr).indexed, 0);
    const typhoon = path.join(content, "articles/zh/typhoon.md");
    fs.appendFileSync(typhoon, "\n台风过后，轮渡恢复。\n");
    const edited = build(content, out, cache);
    assert.equal(edited.status, 0, edited.stderr);
    assert.deepEqual(searchLine(edited.stderr), { buckets: 4, indexed: 1, carried: 3 });
    const clean = path.join(tempDir(), "dist");
    assert.equal(build(content, clean, path.join(tempDir(), "cache")).status, 0);
    assert.equal(treeHash(path.join(out, "pagefind")), treeHash(path.join(clean, "pagefind")));
    assert.ok(fragments(out).some((f) => f.content.includes("轮渡恢复")));
  });

  it("should fail the build when Pagefind fails, leaving the previous output untouched", () => {
    fs.appendFileSync(path.join(content, "articles/en/pier.md"), "\nA late paragraph.\n");
    const before = treeHash(out);
    const r = build(content, out, cache, { PAGEFIND_EXTENDED_BINARY_PATH: "/bin/false" });
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      /<output>\/pagefind\/en\/2024\/:1:1 E_SEARCH_INDEX .*could not be built/,
    );
    assert.equal(r.stderr.match(/E_SEARCH_INDEX/g)?.length, 1, "the failure is listed once");
    assert.equal(treeHash(out), before);
    assert.deepEqual(
      fs.readdirSync(path.dirname(out)).filter((n) => n.includes("staging")),
      [],
      "no staging folder left",
    );
  });
});
