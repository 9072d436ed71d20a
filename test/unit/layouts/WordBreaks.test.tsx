// Tests for layouts/components/WordBreaks.tsx: Chinese text wraps only between words.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderToString } from "preact-render-to-string";
import { breakPieces, WordBreaks } from "../../../layouts/components/WordBreaks.tsx";

describe("breakPieces", () => {
  it("should split Han runs into words and keep Latin words, digits and codes whole", () => {
    const pieces = breakPieces("重庆三小时滨江商贸区U12-7734次列车");
    assert.equal(pieces.join(""), "重庆三小时滨江商贸区U12-7734次列车");
    assert.ok(pieces.includes("小时"), pieces.join("|"));
    assert.ok(
      pieces.some((p) => p.includes("U12-7734")),
      pieces.join("|"),
    );
    assert.ok(!pieces.some((p) => p.endsWith("滨")), `滨江 split: ${pieces.join("|")}`);
  });

  it("should keep an opening quote with the word after it and a closing one with the word before", () => {
    const pieces = breakPieces("\u201c三峡\u201d博物馆迎来游客");
    assert.equal(pieces[0], "\u201c三峡\u201d");
  });

  it("should leave text without Han as one piece", () => {
    assert.deepEqual(breakPieces("Night ferries return"), ["Night ferries return"]);
  });
});

describe("WordBreaks", () => {
  it("should put <wbr> between the pieces and escape the text", () => {
    assert.equal(
      renderToString(<WordBreaks text="列车<b>抵达" />),
      "列车&lt;b>抵达".replace("&lt;b>", "<wbr/>&lt;b>"),
    );
  });
});
