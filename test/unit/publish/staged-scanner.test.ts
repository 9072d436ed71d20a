// Tests for src/publish/staged-scanner.ts: files scanned on a worker thread, batch by batch, give
// what scanning them in the main thread gives; a file the worker cannot read is left to verify.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { scanStagedFile } from "../../../src/publish/scan-file.ts";
import { StagedScanner } from "../../../src/publish/staged-scanner.ts";

const FILES: Record<string, string> = {
  "index.html": '<a href="/news/a/" onclick="x()">a</a><img src="/news/i.png">',
  "a/index.html": '<!doctype html><p><a href="https://x.org/">x</a><script>alert(1)</script>',
  "feed.xml":
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://n.org/news/a/</id>' +
    '<link href="https://n.org/news/a/"/><content type="html">&lt;p onclick=x&gt;</content></entry></feed>',
  "bad.xml": "<feed><entry></feed>",
  "feed.json": '{"items":[{"url":"javascript:x"}]}',
  "robots.txt": "User-agent: *\n",
};

describe("StagedScanner", () => {
  it("should give, batch by batch, what scanning each file in the main thread gives", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "broadsheet-scan-"));
    for (const [rel, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const scanner = new StagedScanner(dir, "https://n.org/news/");
    scanner.add(["index.html", "a/index.html", "missing.html"]);
    scanner.add(["feed.xml", "bad.xml", "feed.json", "robots.txt"]);
    const got = await scanner.finish();
    assert.deepEqual([...got.keys()].sort(), Object.keys(FILES).sort());
    for (const rel of Object.keys(FILES))
      assert.deepEqual(got.get(rel), scanStagedFile(dir, rel, "/news/"), rel);
    // The worker found what verify reports: not an empty scan.
    assert.deepEqual(
      got.get("index.html")?.findings.map((f) => f.message),
      ["an event handler attribute onclick on <a>"],
    );
    assert.deepEqual(got.get("feed.xml")?.facts.xml?.entries, 1);
    assert.equal(got.get("bad.xml")?.findings[0]?.code, "E_XML_INVALID");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should finish at once when nothing was added", async () => {
    const scanner = new StagedScanner(os.tmpdir(), "https://n.org/");
    assert.equal((await scanner.finish()).size, 0);
  });
});

describe("StagedScanner heap limit", () => {
  it("should leave to verify what its worker could not scan within its heap, and scan within it what fits", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "broadsheet-scan-heap-"));
    fs.writeFileSync(path.join(dir, "small.html"), '<a href="/a/">a</a>');
    // ~24 MB of links: their facts alone outgrow a 16 MB heap.
    const links = Array.from({ length: 400_000 }, (_, i) => `<a href="/p/${i}/">${i}</a>`);
    fs.writeFileSync(path.join(dir, "huge.html"), links.join("\n"));
    fs.writeFileSync(path.join(dir, "after.html"), '<a href="/b/">b</a>');
    const limited = new StagedScanner(dir, "https://n.org/", { heapMb: 16 });
    limited.add(["small.html"]);
    limited.add(["huge.html"]);
    limited.add(["after.html"]);
    const got = await limited.finish();
    assert.deepEqual(got.get("small.html")?.facts.urls, ["/a/"]);
    assert.equal(got.has("huge.html"), false, "the worker ran out of heap: verify scans it");
    assert.equal(got.has("after.html"), false, "a worker that stopped scans nothing more");
    // The same file fits the default heap.
    const roomy = new StagedScanner(dir, "https://n.org/");
    roomy.add(["huge.html"]);
    assert.equal((await roomy.finish()).get("huge.html")?.facts.urls?.length, 400_000);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("should send a batch's facts on in slices, so a batch bigger than the heap still fits", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "broadsheet-scan-slices-"));
    // 2,000 pages of 150 distinct links each: ~300,000 URLs, more than 24 MB held at once.
    const files = Array.from({ length: 2000 }, (_, p) => {
      const links = Array.from({ length: 150 }, (_, i) => `<a href="/p/${p}/l/${i}/">x</a>`);
      fs.writeFileSync(path.join(dir, `p${p}.html`), links.join(""));
      return `p${p}.html`;
    });
    const scanner = new StagedScanner(dir, "https://n.org/", { heapMb: 24 });
    scanner.add(files);
    const got = await scanner.finish();
    assert.equal(got.size, files.length, "every page scanned by the worker");
    assert.equal(got.get("p1999.html")?.facts.urls?.length, 150);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
