import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CARD_ALPHABET, encodeCard } from "../../../src/search/card-code.ts";
import { decodeCard, excerptRuns } from "../../../src/search/client/search.js";

const CARD = {
  image: "/media/boats.3fa2c1d9e0b1-320.webp",
  width: 320,
  height: 213,
  date: "2024年7月28日 07:30",
  datetime: "2024-07-28T07:30:00+08:00",
  section: "新闻 & <News>",
};

describe("encodeCard", () => {
  it("should write only the 16 symbols, none a letter, digit or HTML-special character", () => {
    const code = encodeCard(CARD);
    assert.match(code, /^[!$%()+,\-./:;=?@~]+$/);
    assert.equal(new Set(CARD_ALPHABET).size, 16);
    assert.doesNotMatch(CARD_ALPHABET, /[\p{L}\p{N}&<>"'_#*\s]/u);
  });

  it("should decode with the page script to the same card (UTF-8 included)", () => {
    assert.deepEqual(decodeCard(encodeCard(CARD)), CARD);
  });

  it("should refuse a value that is not a card code", () => {
    assert.equal(decodeCard("abc"), undefined);
    assert.equal(decodeCard("!"), undefined);
    assert.equal(decodeCard(42), undefined);
    assert.equal(decodeCard(encodeCard(CARD).slice(0, 10)), undefined);
  });
});

describe("excerptRuns", () => {
  it("should read only <mark> and keep every other tag as text", () => {
    assert.deepEqual(excerptRuns("a <mark>river</mark> &lt;img src=x onerror=alert(1)&gt; b"), [
      { text: "a ", mark: false },
      { text: "river", mark: true },
      { text: " <img src=x onerror=alert(1)> b", mark: false },
    ]);
    assert.deepEqual(excerptRuns("<b>x</b>"), [{ text: "<b>x</b>", mark: false }]);
  });
});
