// Tests for src/serve/terminal.ts: problems in the contract format, controls made visible.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { terminalError, visibleControls } from "../../../src/serve/terminal.ts";

describe("terminalError", () => {
  it("should print file:line:col CODE message and an indented hint", () => {
    const line = terminalError({
      file: "content/a.md",
      line: 3,
      col: 7,
      code: "E_X",
      message: "bad",
      hint: "fix it",
    });
    assert.equal(line, "content/a.md:3:7 E_X bad\n  hint: fix it");
  });

  it("should show escapes and newlines of content as text, so no line can be faked", () => {
    const line = terminalError({
      file: "content/a\x1b[2J.md",
      line: 1,
      col: 1,
      code: "E_X",
      message: 'title "x\nsrc/fake.md:1:1 E_FAKE"',
      hint: "h\r",
    });
    assert.equal(line.split("\n").length, 2);
    assert.ok(!line.includes("\u001b") && !line.includes("\r"));
    assert.match(line, /content\/a\\u\{1b\}\[2J\.md/);
    assert.match(line, /title "x\\u\{a\}src\/fake\.md/);
  });
});

describe("visibleControls", () => {
  it("should keep printable text, Chinese included", () => {
    assert.equal(visibleControls("龙舟 regatta — ok"), "龙舟 regatta — ok");
    assert.equal(visibleControls("a\u0085b\u2028c"), "a\\u{85}b\\u{2028}c");
  });
});
