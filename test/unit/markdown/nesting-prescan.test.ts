// Tests for src/markdown/nesting-prescan.ts: lines opening with too many container markers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDeepLine } from "../../../src/markdown/nesting-prescan.ts";
import { render, errorsOf, L } from "./render-input.ts";

describe("findDeepLine", () => {
  it("should find the first line opening with more than 128 markers", () => {
    assert.deepEqual(findDeepLine("ok\n\n" + "> ".repeat(129) + "x\n" + ">".repeat(500)), {
      line: 3,
      markers: 129,
    });
  });
  it("should count list markers before text", () => {
    assert.deepEqual(findDeepLine("- ".repeat(200) + "x"), { line: 1, markers: 200 });
  });
  it("should pass 128 markers, thematic breaks, fenced and indented code", () => {
    assert.equal(findDeepLine("> ".repeat(128) + "x"), undefined);
    assert.equal(findDeepLine("- ".repeat(1000)), undefined);
    assert.equal(findDeepLine("~~~\n" + ">".repeat(500) + "\n~~~"), undefined);
    assert.equal(findDeepLine("    " + ">".repeat(500)), undefined);
  });
  it("should scan again after a fence closes", () => {
    assert.deepEqual(findDeepLine("```\nx\n```\n" + ">".repeat(200)), { line: 4, markers: 200 });
  });
});

describe("findDeepLine through renderMarkdown", () => {
  const cases: { name: string; body: string; expected: [string, number, number][] }[] = [
    { name: "`>` x 2000", body: ">".repeat(2000), expected: [["E_NESTING", L(1), 1]] },
    {
      name: "`- ` x 1000 before text",
      body: "Intro\n\n" + "- ".repeat(1000) + "x",
      expected: [["E_NESTING", L(3), 1]],
    },
  ];

  for (const { name, body, expected } of cases) {
    it(`should report ${name}`, () => {
      assert.deepEqual(errorsOf(body), expected);
    });
  }

  it("should render `- ` x 1000 alone on a line as a thematic break", () => {
    const result = render("- ".repeat(1000));
    assert.deepEqual(result, { ok: true, html: "<hr>\n", text: "", media: [] });
  });

  it("should not count markers inside fenced code as nesting", () => {
    const result = render("```\n" + "> ".repeat(300) + "\n```");
    assert.ok(result.ok);
    assert.match(result.html, /^<pre><code>(?:> ){300}/);
  });
});
