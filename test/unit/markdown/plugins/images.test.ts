// Tests for src/markdown/plugins/images.ts: body images must exist and have alt text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorsOf, L } from "../render-input.ts";

describe("remarkBodyImages", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "a missing image",
      body: "Text.\n\n![A photo](../media/none.jpg)",
      expected: [["E_IMAGE_MISSING", L(3), 1]],
    },
    {
      name: "an image with empty alt",
      body: "![](../media/street.jpg)",
      expected: [["E_ALT_MISSING", L(1), 1]],
    },
    {
      name: "an image with blank alt",
      body: "![  ](../media/street.jpg)",
      expected: [["E_ALT_MISSING", L(1), 1]],
    },
    {
      name: "a remote image with empty alt",
      body: "a ![](https://example.com/x.png)",
      expected: [["E_ALT_MISSING", L(1), 3]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }
});
