// Tests for src/content/image-whole.ts: a damaged or cut image file never passes as whole.
import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import { isWholeImage } from "../../../src/content/image-whole.ts";

const read = (p: string): Buffer => fs.readFileSync(new URL(`../../../${p}`, import.meta.url));

describe("isWholeImage", () => {
  const files: [string, string][] = [
    ["png", "layouts/assets/logo.png"],
    ["png", "content/media/metro-line.png"],
    ["jpg", "content/media/hot-pot.jpg"],
    ["jpg", "content/media/dragon-boats.jpg"],
  ];
  for (const [type, p] of files) {
    it(`should accept ${p} whole and refuse it cut anywhere`, () => {
      const b = read(p);
      assert.equal(isWholeImage(type, b), true);
      for (const end of [b.length - 1, b.length - 12, b.length >> 1, 40, 9])
        assert.equal(isWholeImage(type, b.subarray(0, end)), false, `cut at ${end}`);
    });
  }

  it("should refuse a JPEG with no scan and a PNG with no image data", () => {
    assert.equal(isWholeImage("jpg", Buffer.from([0xff, 0xd8, 0xff, 0xd9])), false);
    const iend = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    assert.equal(
      isWholeImage(
        "png",
        Buffer.from([...read("layouts/assets/logo.png").subarray(0, 8), ...iend]),
      ),
      false,
    );
  });

  it("should accept a GIF padded after its trailer and refuse one cut before it", () => {
    // A 1×1 GIF: header, screen, colour table, image descriptor, data, trailer (0x3b).
    const gif = Buffer.from(
      "474946383961010001008000000000ffffff2c00000000010001000002024401003b",
      "hex",
    );
    assert.equal(isWholeImage("gif", gif), true);
    assert.equal(isWholeImage("gif", Buffer.concat([gif, Buffer.alloc(16)])), true);
    assert.equal(isWholeImage("gif", gif.subarray(0, gif.length - 1)), false);
  });
});
