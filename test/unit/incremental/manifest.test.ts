// Tests for src/incremental/manifest.ts: the page manifest's round trip, damage detection, pruning.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import {
  loadManifest,
  manifestPath,
  newestOtherManifest,
  encodeManifest,
  writeManifest,
  type PageManifest,
} from "../../../src/incremental/manifest.ts";
import { tempDir } from "../../helpers/cli.ts";

/** Writes `manifest` of `outDir` as a build does: encoded before its swap, written after. */
function saveManifest(cacheDir: string, outDir: string, manifest: PageManifest): void {
  writeManifest(cacheDir, encodeManifest(outDir, manifest));
}

function sample(): PageManifest {
  return {
    buildId: "abc123",
    files: new Map([
      [
        "news/index.html",
        {
          hash: "h1",
          ino: 42,
          size: 1000,
          mtimeMs: 1732500000123.456,
          facts: { urls: ["/", "/news/a/", "/media/x.png"], anchors: ["/", "/news/a/"] },
        },
      ],
      [
        "sitemap-en.xml",
        {
          hash: "h2",
          ino: 43,
          size: 10,
          mtimeMs: 1,
          facts: {
            xml: {
              urls: ["https://x.org/news/a/"],
              lastmod: [["https://x.org/news/a/", "2024-01-01T00:00:00+08:00"]],
              entries: 0,
            },
          },
        },
      ],
      ["robots.txt", { hash: "h3", ino: 44, size: 5, mtimeMs: 2, facts: {} }],
    ]),
  };
}

describe("page manifest", () => {
  it("should read back exactly what was saved", () => {
    const dir = tempDir();
    const out = path.join(dir, "dist");
    fs.mkdirSync(out);
    saveManifest(path.join(dir, "cache"), out, sample());
    assert.deepEqual(loadManifest(path.join(dir, "cache"), out), sample());
  });

  it("should treat a damaged, truncated or foreign manifest as absent", () => {
    const dir = tempDir();
    const out = path.join(dir, "dist");
    fs.mkdirSync(out);
    const cache = path.join(dir, "cache");
    const file = manifestPath(cache, out);
    const damage: ((t: string) => string)[] = [
      (t) => t.slice(0, 80) + (t[80] === "1" ? "2" : "1") + t.slice(81),
      (t) => t.slice(0, t.length - 10),
      (t) => t.replace(/^[0-9a-f]{64}/, "0".repeat(64)),
      () => "",
    ];
    for (const d of damage) {
      saveManifest(cache, out, sample());
      fs.writeFileSync(file, d(fs.readFileSync(file, "utf8")));
      assert.equal(loadManifest(cache, out), undefined);
    }
    assert.equal(loadManifest(cache, path.join(dir, "elsewhere")), undefined);
  });

  it("should drop the manifests of output folders that no longer exist", () => {
    const dir = tempDir();
    const cache = path.join(dir, "cache");
    const [a, b] = [path.join(dir, "a"), path.join(dir, "b")];
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    saveManifest(cache, a, sample());
    fs.rmSync(a, { recursive: true });
    saveManifest(cache, b, sample());
    assert.equal(fs.existsSync(manifestPath(cache, a)), false);
    assert.ok(fs.existsSync(manifestPath(cache, b)));
  });

  it("should give the newest manifest of another output folder, never the folder's own", () => {
    const dir = tempDir();
    const cache = path.join(dir, "cache");
    const [a, b, own] = [path.join(dir, "a"), path.join(dir, "b"), path.join(dir, "own")];
    for (const d of [a, b, own]) fs.mkdirSync(d);
    assert.equal(newestOtherManifest(cache, own), undefined, "no cache yet");
    saveManifest(cache, a, { ...sample(), buildId: "from-a" });
    saveManifest(cache, b, { ...sample(), buildId: "from-b" });
    saveManifest(cache, own, { ...sample(), buildId: "own" });
    const at = (f: string, s: number) => fs.utimesSync(manifestPath(cache, f), s, s);
    at(a, 2_000_000_000);
    at(b, 1_000_000_000);
    at(own, 2_100_000_000);
    assert.equal(newestOtherManifest(cache, own)?.buildId, "from-a");
    at(b, 2_050_000_000);
    assert.equal(newestOtherManifest(cache, own)?.buildId, "from-b");
    assert.deepEqual(newestOtherManifest(cache, own)?.files, sample().files);
    fs.writeFileSync(manifestPath(cache, b), "damaged");
    at(b, 2_050_000_000);
    assert.equal(newestOtherManifest(cache, own), undefined, "a damaged newest one is no source");
  });
});
