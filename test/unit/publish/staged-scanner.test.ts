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
