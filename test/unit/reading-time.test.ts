// Tests for src/collect/reading-time.ts and src/collect/excerpt.ts (F-TAX-14).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { excerpt } from "../../src/collect/excerpt.ts";
import { readingMinutes } from "../../src/collect/reading-time.ts";

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
});

describe("excerpt", () => {
  it("should cut Chinese text at 。！？", () => {
    const text = `${"暴雨".repeat(30)}。${"洪水".repeat(30)}！${"山洪".repeat(40)}`;
    assert.equal(excerpt(text), `${"暴雨".repeat(30)}。${"洪水".repeat(30)}！`);
  });

  it("should cut at a grapheme boundary, never inside an emoji or a combining sequence", () => {
    const text = "👩‍👩‍👧‍👦".repeat(60);
    const out = excerpt(text);
    assert.ok(out.endsWith("…"));
    const body = out.slice(0, -1);
    assert.equal(body.length % "👩‍👩‍👧‍👦".length, 0, "whole family emoji only");
  });
});
