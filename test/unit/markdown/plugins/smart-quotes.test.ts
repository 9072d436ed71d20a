// Tests for src/markdown/plugins/smart-quotes.ts: curly quotes and dashes, never inside code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorsOf, render } from "../render-input.ts";

/** The HTML of a body that renders. */
function html(body: string): string {
  const r = render(body);
  assert.ok(r.ok, JSON.stringify(r));
  return r.html;
}

describe("remarkSmartQuotes", () => {
  it("should curl quotes and set dashes and ellipses in English text", () => {
    assert.equal(
      html(`He said "it's -- done..." and 'fine'.`),
      "<p>He said \u201cit\u2019s \u2014 done\u2026\u201d and \u2018fine\u2019.</p>\n",
    );
  });

  it("should leave inline code and code blocks exactly as written", () => {
    const out = html('Run `"x" -- y` now.\n\n```\n"a" -- \'b\'...\n```');
    assert.match(out, /<code>"x" -- y<\/code>/);
    assert.match(out, /<pre><code>"a" -- 'b'...\n<\/code><\/pre>/);
  });

  it("should open a Chinese quote after a Han character", () => {
    assert.equal(
      html('他说"好的"，又说"再见"。'),
      "<p>他说\u201c好的\u201d，又说\u201c再见\u201d。</p>\n",
    );
  });

  it("should curl quotes across a link and keep the link", () => {
    assert.equal(
      html('"[the report](https://example.org/r)" said'),
      '<p>\u201c<a href="https://example.org/r">the report</a>\u201d said</p>\n',
    );
  });

  it("should open a quote at the start of every block, and keep text after inline code aligned", () => {
    assert.equal(
      html(`Ends mid-word\n\n"Starts" a block\n\n# 'Head' line\n\nUse \`a\` then "b" -- c`),
      "<p>Ends mid-word</p>\n<p>\u201cStarts\u201d a block</p>\n<h1>\u2018Head\u2019 line</h1>\n" +
        "<p>Use <code>a</code> then \u201cb\u201d \u2014 c</p>\n",
    );
  });

  it("should set spaced ellipses, double backticks, nested quotes and decades", () => {
    assert.equal(
      html(`Wait . . . \`\`so'' in the '80s: "'Quoted' words"`),
      "<p>Wait \u2026 \u201cso\u201d in the \u201980s: \u201c\u2018Quoted\u2019 words\u201d</p>\n",
    );
  });

  it("should leave text with nothing to educate as written", () => {
    assert.equal(html("Plain text, one dot. Two.. a-b"), "<p>Plain text, one dot. Two.. a-b</p>\n");
  });

  it("should not walk a tree the depth check refused", () => {
    assert.deepEqual(
      errorsOf(`"quoted"\n\n${"> ".repeat(40)}"x"`).map(([code]) => code),
      ["E_NESTING"],
    );
  });
});
