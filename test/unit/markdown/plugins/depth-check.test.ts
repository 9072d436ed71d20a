// Tests for src/markdown/plugins/depth-check.ts: trees nested deeper than the limit fail E_NESTING.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { render, errorsOf, L } from "../render-input.ts";

describe("remarkDepthCheck", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "nesting just over the depth limit",
      body: "Intro\n\n" + "> ".repeat(40) + "x",
      expected: [["E_NESTING", L(3), 65]],
    },
    {
      name: "lists indented 40 deep",
      body: Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"),
      expected: [["E_NESTING", L(16), 33]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }

  it("should report `*` x 5000 `a` `*` x 5000 as E_NESTING, not a RangeError", () => {
    assert.deepEqual(
      errorsOf("*".repeat(5000) + "a" + "*".repeat(5000)).map(([code]) => code),
      ["E_NESTING"],
    );
  });

  it("should render 30 nested quotes, under the depth limit", () => {
    const result = render("> ".repeat(30) + "x");
    assert.ok(result.ok);
    assert.equal(result.html.match(/<blockquote>/g)?.length, 30);
  });

  it("should tell the depth in an E_NESTING message", () => {
    const result = render("> ".repeat(40) + "x");
    assert.ok(!result.ok);
    assert.equal(result.errors[0]!.message, "nesting depth 42 > 32");
  });
});
