// Tests for src/content/terminal-text.ts: untrusted text escaped onto one safe log line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeForTerminal, terminalFileName } from "../../../src/content/terminal-text.ts";

describe("escapeForTerminal", () => {
  it("should escape controls, line separators, bidi marks and lone surrogates", () => {
    assert.equal(
      escapeForTerminal("a\u001b[2J\r\n\t\u0085\u2028\u202e\ud800b"),
      "a\\u001b[2J\\u000d\\u000a\\u0009\\u0085\\u2028\\u202e\\ud800b",
    );
  });

  it("should keep letters of every script and paired surrogates", () => {
    assert.equal(escapeForTerminal("台风 café 😀"), "台风 café 😀");
  });
});

describe("terminalFileName", () => {
  it("should never let a line start with a workflow command", () => {
    assert.equal(terminalFileName("::add-mask::x.md"), "./::add-mask::x.md");
    assert.equal(terminalFileName("content/a\n::warning::x.md"), "content/a\\u000a::warning::x.md");
  });
});
