// Tests for src/markdown/state.ts: link and image paths may not leave the content root.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorsOf, L } from "./render-input.ts";

describe("RenderState path checks", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "a link leaving the content root",
      body: "[a](../../../secret.md)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "a rooted link leaving the content root",
      body: "[a](/../secret.md)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an image leaving the content root",
      body: "![a](../../../../etc/x.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an encoded image path leaving the content root",
      body: "![a](%2e%2e/%2e%2e/%2e%2e/x.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
    {
      name: "an image path with a backslash",
      body: "![a](..%5C..%5Cx.png)",
      expected: [["E_PATH_ESCAPE", L(1), 1]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }
});
