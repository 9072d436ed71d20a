// Tests for src/markdown/plugins/raw-html-check.ts: raw HTML in a body is an error, located.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { render, errorsOf, L } from "../render-input.ts";

describe("remarkRawHtmlCheck", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "raw HTML, one error per occurrence",
      body: "<div>text</div>\n\n<script>alert(1)</script>\n\nSome <!-- hidden --> text",
      expected: [
        ["E_RAW_HTML", L(1), 1],
        ["E_RAW_HTML", L(3), 1],
        ["E_RAW_HTML", L(5), 6],
      ],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }

  it("should hint at Markdown for raw HTML", () => {
    const result = render("<iframe src=x></iframe>");
    assert.ok(!result.ok);
    assert.match(result.errors[0]!.hint, /Markdown instead of HTML/);
  });
});
