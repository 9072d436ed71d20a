// Tests for src/publish/html-scan.ts: the tokenizer reads a page as a browser does (no DOM).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scanHtml } from "../../../src/publish/html-scan.ts";

const messages = (html: string): string[] => scanHtml(html).findings.map((f) => f.message);

describe("scanHtml", () => {
  it("should read markup where a browser does: svg and math content, noscript", () => {
    // In foreign content textarea and style hold markup, and an <img> breaks out and runs.
    for (const html of [
      "<svg><textarea><img src=x onerror=alert(1)></textarea></svg>",
      "<math><style><img src=x onerror=alert(1)></style></math>",
      "<noscript><img src=x onerror=alert(1)></noscript>",
    ])
      assert.deepEqual(messages(html), ["an event handler attribute onerror on <img>"], html);
  });

  it("should read raw text where a browser does: title and textarea text never runs", () => {
    assert.deepEqual(messages("<title><img src=x onerror=alert(1)></title>"), []);
    assert.deepEqual(messages("<textarea><script>alert(1)</script></textarea>"), []);
  });

  it("should check every copy of a repeated attribute", () => {
    assert.deepEqual(messages('<a href="/ok" href="javascript:x">a</a>'), [
      "a href with a javascript: URL on <a>",
    ]);
  });

  it("should flag a script left open at the end of the file", () => {
    assert.deepEqual(messages("<p>x<script>alert(1)"), ["an inline <script> element"]);
  });

  it("should keep every URL for the link check and anchors apart", () => {
    const scan = scanHtml(
      '<a href="/a/">a</a><img src="/i.png" srcset="/i.png 1x, /j.png 2x"><link href="/s.css">' +
        '<meta http-equiv="Refresh" content="0; url=/moved/">',
    );
    assert.deepEqual(scan.urls, ["/a/", "/i.png", "/i.png", "/j.png", "/s.css", "/moved/"]);
    assert.deepEqual(scan.anchors, ["/a/"]);
    assert.deepEqual(scan.findings, []);
  });

  it("should check JSON-LD and our own scripts by their attributes, whatever their case", () => {
    assert.deepEqual(
      messages(
        '<SCRIPT TYPE="application/LD+json">{"a":1}</SCRIPT><script SRC="/assets/x.js"></script>',
      ),
      [],
    );
    assert.deepEqual(messages('<script src="/assets/x.js">alert(1)</script>'), [
      'a <script src="/assets/x.js">',
    ]);
  });
});
