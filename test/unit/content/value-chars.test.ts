// Tests for src/content/value-chars.ts: the characters a decoded value may not hold.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findBadValueChar } from "../../../src/content/value-chars.ts";

describe("findBadValueChar", () => {
  for (const [name, ch, control] of [
    ["ESC", "\u001b", true],
    ["CR", "\r", true],
    ["DEL", "\u007f", true],
    ["NEL (C1)", "\u0085", true],
    ["U+FFFE", "\ufffe", false],
    ["U+FFFF", "\uffff", false],
    ["a lone surrogate", "\ud800", false],
  ] as const) {
    it(`should find ${name} at its index`, () => {
      const cp = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      assert.deepEqual(findBadValueChar(`ab${ch}c${ch}`), { index: 2, codePoint: cp, control });
    });
  }

  it("should allow tab, line feed, letters and emoji", () => {
    assert.equal(findBadValueChar("a\tb\nc 台风 😀 \u2028"), undefined);
  });
});
