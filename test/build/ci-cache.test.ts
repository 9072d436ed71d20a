// CI-incremental builds: a fresh clone with the cache of an earlier build restored at another path
// and an empty output folder renders only the pages the edit changed, restores the rest from the
// cache's page store, and is byte-identical to a clean build.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { loadManifest } from "../../src/incremental/manifest.ts";
import { copyApp, listTree, ROOT, runCli, tempDir } from "../helpers/cli.ts";

const NOW = "2025-01-01T00:00:00+08:00";
const EDITED = "content/articles/en/2023/metro-line-18-opens.md";

/** One checkout: the app's code and the sample content, copied once (the tree may change meanwhile). */
const checkout = copyApp("broadsheet-ci-checkout-");
fs.cpSync(path.join(ROOT, "content"), path.join(checkout, "content"), { recursive: true });

/** A clone of that checkout in a new folder, as each CI job makes. */
function clone(): string {
  const app = path.join(tempDir("broadsheet-ci-clone-"), "app");
  fs.cpSync(checkout, app, { recursive: true });
  return app;
}

interface Files {
  rendered: number;
  carried: number;
  restored?: number;
}

/** Builds a clone's content into `out` with `cache`, from the clone's root; returns `files`. */
function build(app: string, out: string, cache: string): Files {
  const run = runCli(
    ["build", "--content", "content", "--out", out, "--cache", cache, "--now", NOW, "--json"],
    { cwd: app, app, env: { CI: "" } },
  );
  assert.equal(run.status, 0, run.stderr + run.stdout);
  return (JSON.parse(run.stdout) as { files: Files }).files;
}

/** A cache restored at a new path, timestamps kept (as `actions/cache` restores its archive). */
function restoreCache(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, preserveTimestamps: true });
}

/** The files whose bytes differ between two output trees (or that only one of them has). */
function changedFiles(a: string, b: string): string[] {
  const all = new Set([...listTree(a), ...listTree(b)]);
  return [...all]
    .filter((f) => {
      const x = path.join(a, f);
      const y = path.join(b, f);
      return (
        !fs.existsSync(x) || !fs.existsSync(y) || !fs.readFileSync(x).equals(fs.readFileSync(y))
      );
    })
    .sort();
}

describe("CI-incremental builds from a restored cache", () => {
  it("should render only the pages an edit changed into a fresh output folder, as a clean build", () => {
    const first = clone();
    const firstCache = path.join(tempDir("broadsheet-ci-cache-"), ".cache");
    const before = path.join(first, "dist");
    const cold = build(first, before, firstCache);
    assert.equal(cold.carried, 0, "a cold build carries nothing");

    // A new job: a new clone, the cache restored into another folder, an empty output folder.
    const second = clone();
    const cache = path.join(second, ".cache");
    restoreCache(firstCache, cache);
    const file = path.join(second, EDITED);
    fs.writeFileSync(file, `${fs.readFileSync(file, "utf8")}\nA paragraph added in CI.\n`);
    const out = path.join(second, "dist");
    const ci = build(second, out, cache);

    const clean = path.join(tempDir("broadsheet-ci-clean-"), "dist");
    const cleanCache = path.join(path.dirname(clean), "empty-cache");
    build(second, clean, cleanCache);
    const want = listTree(clean);
    assert.deepEqual(listTree(out), want, "same files as a clean build");
    for (const f of want) {
      const same = fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(clean, f)));
      assert.ok(same, `${f} differs from a clean build`);
    }

    // The pages (render units: the manifest's files); media, assets and indexes have stages of their own.
    const pages = new Set(loadManifest(cache, out)?.files.keys());
    assert.equal(ci.rendered + ci.carried, pages.size, "every page rendered or carried");
    const changed = changedFiles(before, clean).filter((f) => pages.has(f));
    assert.ok(changed.includes("news/2023/12/metro-line-18-opens/index.html"), changed.join(" "));
    assert.equal(ci.rendered, changed.length, `rendered exactly the changed files: ${changed}`);
    assert.equal(ci.restored, ci.carried, "every other page came from the page store");
    assert.equal(pages.size, cold.rendered, "the same pages as before the edit");
    // Restored pages' facts (links, anchors, sitemap entries; verify checks them and the next build
    // reuses them) came from the first job's manifest: they are what a clean build learns.
    const facts = (m: ReturnType<typeof loadManifest>) =>
      new Map([...(m?.files ?? [])].map(([f, r]) => [f, r.facts]));
    assert.deepEqual(facts(loadManifest(cache, out)), facts(loadManifest(cleanCache, clean)));
  });

  it("should render again a page written over in place after it was published, not restore it", () => {
    const first = clone();
    const firstCache = path.join(tempDir("broadsheet-ci-cache-"), ".cache");
    const before = path.join(first, "dist");
    build(first, before, firstCache);
    // A post-processing step rewrites a published page in place (the same length, a second later):
    // the page store's entry is that page's inode.
    const page = path.join(before, "news/2023/12/metro-line-18-opens/index.html");
    const original = fs.readFileSync(page);
    const { mtimeMs } = fs.statSync(page);
    fs.writeFileSync(page, original.toString("latin1").replace("<body", "<BODY"), "latin1");
    fs.utimesSync(page, new Date(), new Date(mtimeMs + 5000));

    const second = clone();
    const cache = path.join(second, ".cache");
    restoreCache(firstCache, cache);
    const out = path.join(second, "dist");
    const ci = build(second, out, cache);
    assert.equal(ci.rendered, 1, "that page alone rendered");
    assert.ok(fs.readFileSync(path.join(out, path.relative(before, page))).equals(original));
  });
});
