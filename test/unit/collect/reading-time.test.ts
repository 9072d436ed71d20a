// Tests for src/collect/reading-time.ts: Han characters and Latin words read at their own speeds.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readingMinutes } from "../../../src/collect/reading-time.ts";

describe("readingMinutes", () => {
  it("should count Latin words at 220 a minute", () => {
    assert.equal(readingMinutes(Array(1750).fill("word").join(" ")), 8);
    assert.equal(readingMinutes(Array(440).fill("it's").join(" ")), 2);
  });

  it("should count Han characters at 400 a minute, not as one word", () => {
    assert.equal(readingMinutes("重".repeat(2000)), 5);
    assert.equal(readingMinutes(`${"庆".repeat(400)} ${Array(220).fill("word").join(" ")}`), 2);
  });

  it("should take other speeds and never say 0 minutes", () => {
    assert.equal(readingMinutes("重".repeat(600), { han: 300, latin: 200 }), 2);
    assert.equal(readingMinutes(""), 1);
  });

  it("should count a hyphenated or apostrophe word once and round to the nearest minute", () => {
    assert.equal(readingMinutes(Array(329).fill("well-known").join(" ")), 1);
    assert.equal(readingMinutes(Array(330).fill("well-known").join(" ")), 2);
    assert.equal(readingMinutes(Array(330).fill("rock’n’roll").join(" ")), 2);
  });

  it("should count digits as words and leave punctuation out", () => {
    assert.equal(readingMinutes(Array(330).fill("2024 —").join(" ")), 2);
    assert.equal(readingMinutes("。，！？".repeat(1000)), 1);
  });
});
