// Tests for src/content/decode.ts `decodeKnownText`: the same text as `decodeText` for bytes it accepted.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeKnownText, decodeText } from "../../../src/content/decode.ts";

const BOM = [0xef, 0xbb, 0xbf];
const enc = (s: string): number[] => [...new TextEncoder().encode(s)];

/** Valid inputs: BOMs (one, two, three), every line ending, CJK, emoji, the edges of Unicode. */
const CASES: [name: string, bytes: number[]][] = [
  ["plain text", enc("title: x\n---\nbody")],
  ["an empty file", []],
  ["a BOM", [...BOM, ...enc("a\nb")]],
  ["two BOMs", [...BOM, ...BOM, ...enc("a")]],
  ["three BOMs (the third is text)", [...BOM, ...BOM, ...BOM, ...enc("a")]],
  ["a BOM after the start (text)", [...enc("a"), ...BOM]],
  ["CRLF and lone CR", enc("a\r\nb\rc\r\r\nd\n")],
  ["CJK, emoji and the last code point", enc("台风「海葵」😀 é \u{10FFFF}\r\n")],
];

describe("decodeKnownText", () => {
  for (const [name, bytes] of CASES) {
    it(`should give decodeText's text for ${name}`, () => {
      const strict = decodeText({ bytes: new Uint8Array(bytes), displayPath: "a.md" });
      assert.ok(strict.ok);
      assert.equal(decodeKnownText({ bytes: new Uint8Array(bytes) }), strict.text);
    });
  }

  it("should read only its own bytes of a view into a larger buffer", () => {
    const own = [...BOM, ...enc("mid\r\ndle")];
    const whole = new Uint8Array([...enc("before"), ...own, ...enc("after")]);
    const view = whole.subarray(6, 6 + own.length);
    assert.equal(decodeKnownText({ bytes: view }), "mid\ndle");
  });
});
