// Tests for src/serve/overlay.ts: every problem listed with its hint, untrusted text escaped.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "node-html-parser";
import type { ContentError } from "../../../src/content/errors.ts";
import { escapeHtml, injectOverlay, OVERLAY_ID, overlayHtml } from "../../../src/serve/overlay.ts";

const HOSTILE: ContentError = {
  file: "content/articles/<b>x</b>.md",
  line: 2,
  col: 1,
  code: "E_FM_UNKNOWN_KEY",
  message: 'unknown key "<img src=x onerror=alert(1)>"',
  hint: "allowed: title & \"date\" <script>alert('h')</script>",
};
const PLAIN: ContentError = {
  file: "content/articles/a.md",
  line: 3,
  col: 7,
  code: "E_DATE_INVALID",
  message: 'date "2023-02-30" is not a real day',
  hint: "use YYYY-MM-DD",
};

describe("overlayHtml", () => {
  it("should list each problem as file:line:col CODE message and its hint, as text", () => {
    const doc = parse(`<body>${overlayHtml([HOSTILE, PLAIN])}</body>`);
    const box = doc.getElementById(OVERLAY_ID);
    assert.ok(box);
    const items = box.querySelectorAll("li");
    assert.equal(items.length, 2);
    assert.equal(
      items[0]!.querySelector("code")!.textContent,
      `content/articles/<b>x</b>.md:2:1 E_FM_UNKNOWN_KEY unknown key "<img src=x onerror=alert(1)>"`,
    );
    assert.match(
      items[0]!.textContent,
      /hint: allowed: title & "date" <script>alert\('h'\)<\/script>/,
    );
    assert.equal(
      items[1]!.querySelector("code")!.textContent,
      'content/articles/a.md:3:7 E_DATE_INVALID date "2023-02-30" is not a real day',
    );
    assert.match(box.textContent, /^2 errors/);
  });

  it("should never let problem text become markup", () => {
    const html = overlayHtml([HOSTILE]);
    const doc = parse(html);
    for (const tag of ["img", "script", "b"])
      assert.equal(doc.querySelectorAll(tag).length, 0, tag);
    assert.doesNotMatch(html, /<img|<script|<b>/);
  });

  it("should escape the five characters that matter in text and attributes", () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&</a>`),
      "&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;",
    );
  });
});

describe("injectOverlay", () => {
  it("should put the overlay first in the body", () => {
    const out = injectOverlay(
      '<html><head><title>t</title></head><body class="x"><p>page</p></body></html>',
      "<div id=o></div>",
    );
    assert.equal(
      out,
      '<html><head><title>t</title></head><body class="x"><div id=o></div><p>page</p></body></html>',
    );
  });

  it("should prepend without a body tag and leave the page alone without an overlay", () => {
    assert.equal(injectOverlay("<p>x</p>", "<div></div>"), "<div></div><p>x</p>");
    assert.equal(injectOverlay("<body><p>x</p></body>", ""), "<body><p>x</p></body>");
  });
});
