// Tests for src/markdown/plugins/url-check.ts: script and data URLs refused however they are spelled.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorsOf, L } from "../render-input.ts";

describe("remarkUrlCheck", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    {
      name: "javascript: in mixed case",
      body: "Intro.\n\n[a](JaVaScRiPt:alert(1))",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: with a character reference",
      body: "x [a](jav&#x61;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 3]],
    },
    {
      name: "javascript: with a named reference colon",
      body: "[a](javascript&colon;alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by a tab",
      body: "[a](<java\tscript:alert(1)>)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by an encoded newline",
      body: "[a](java&#10;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: split by an encoded tab",
      body: "[a](java&#9;script:alert(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: behind leading spaces",
      body: "[a](< javascript:alert(1)>)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "javascript: in a reference definition",
      body: "See [the link][x].\n\n[x]: javascript:alert(1)",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: in an unused reference definition",
      body: "Text.\n\n[x]: JAVASCRIPT:alert(1)",
      expected: [["E_UNSAFE_URL", L(3), 1]],
    },
    {
      name: "javascript: in an autolink",
      body: "Go <javascript:alert(1)> now",
      expected: [["E_UNSAFE_URL", L(1), 4]],
    },
    {
      name: "data: in a link",
      body: "[a](data:text/html;base64,PHNjcmlwdD4=)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "data: in an image",
      body: "![a](data:image/png;base64,AAAA)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "vbscript: in a link",
      body: "[a](vbscript:msgbox(1))",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
    {
      name: "file: in a link",
      body: "[a](file:///etc/passwd)",
      expected: [["E_UNSAFE_URL", L(1), 1]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }
});
