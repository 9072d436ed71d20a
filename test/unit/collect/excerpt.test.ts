// Tests for src/collect/excerpt.ts: automatic summaries cut at a sentence end, else at a word or
// grapheme boundary with an ellipsis.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { excerpt } from "../../../src/collect/excerpt.ts";

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

  it("should return a short text whole, trimmed, without an ellipsis", () => {
    assert.equal(excerpt("  Short story.  "), "Short story.");
    assert.equal(excerpt(""), "");
    assert.equal(excerpt("雨".repeat(160)), "雨".repeat(160));
  });

  it("should cut English text after the last sentence that fits", () => {
    const text =
      "The river rose two metres overnight. Residents moved to higher ground. Schools closed.";
    assert.equal(excerpt(text, 60), "The river rose two metres overnight.");
    assert.equal(
      excerpt(text, 75),
      "The river rose two metres overnight. Residents moved to higher ground.",
    );
  });

  it("should keep a closing quote after the full stop", () => {
    const text = "“Stay indoors.” Officials repeated the warning all day across the districts.";
    assert.equal(excerpt(text, 40), "“Stay indoors.”");
  });

  it("should accept a Chinese sentence end exactly at the limit, and none past it", () => {
    assert.equal(excerpt(`${"雨".repeat(159)}。${"风".repeat(50)}`), `${"雨".repeat(159)}。`);
    assert.equal(excerpt(`${"雨".repeat(160)}。${"风".repeat(50)}`), `${"雨".repeat(160)}…`);
  });

  it("should cut at the last space, with an ellipsis, when no sentence ends late enough", () => {
    const words = Array(50).fill("word").join(" ");
    assert.equal(excerpt(words), `${Array(32).fill("word").join(" ")}…`);
    assert.equal(excerpt(`Yes. ${words}`), `Yes. ${Array(31).fill("word").join(" ")}…`);
  });

  it("should not take a dot inside a number or a domain for a sentence end", () => {
    const text = `Rainfall reached 3.5 metres at example.org stations ${"and more ".repeat(10)}`;
    assert.equal(excerpt(text, 40), "Rainfall reached 3.5 metres at…");
  });
});
