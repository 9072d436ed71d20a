// Tests for src/markdown/plugins/links.ts: links to article files must name an article that exists.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { render, errorsOf, L } from "../render-input.ts";

describe("remarkArticleLinks", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "a link to a missing article",
      body: "Read\n[this](../2023/none.md#x).",
      expected: [["E_LINK_BROKEN", L(2), 1]],
    },
    {
      name: "a reference link to a missing article",
      body: "[this][n]\n\n[n]: none.md",
      expected: [["E_LINK_BROKEN", L(1), 1]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }

  it("should name the target and hint at the relative path for a broken link", () => {
    const result = render("[this](../2023/none.md)");
    assert.ok(!result.ok);
    assert.match(result.errors[0]!.message, /\.\.\/2023\/none\.md/);
    assert.match(result.errors[0]!.hint, /relative to this article file/);
  });
});
