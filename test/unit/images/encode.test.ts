// Tests for src/images/encode.ts: a source decoded once (bounded, sRGB by its profile) gives every
// rendition the pixels a direct encode of the original would.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { DECODE_SIDE, decodeSource, encodeRendition } from "../../../src/images/encode.ts";
import { rendition } from "../../../src/images/plan.ts";

/** A `width`×`height` JPEG of one colour, tagged with the colour profile `icc`. */
function solid(width: number, height: number, icc: string): Promise<Buffer> {
  const background = { r: 20, g: 200, b: 60 };
  return sharp({ create: { width, height, channels: 3, background } })
    .withIccProfile(icc)
    .jpeg({ quality: 95 })
    .toBuffer();
}

/** The mean colour of an encoded image, decoded to sRGB. */
async function meanColour(bytes: Uint8Array): Promise<number[]> {
  const { channels } = await sharp(bytes).stats();
  return channels.slice(0, 3).map((c) => Math.round(c.mean));
}

const asset = (width: number, height: number) => ({
  source: "media/a.jpg",
  path: "/media/a.0123456789ab.jpg",
  sha256: "0".repeat(64),
  width,
  height,
  alpha: false,
});

describe("decodeSource", () => {
  it("should decode a large photo once to at most DECODE_SIDE on its longest side", async () => {
    const d = await decodeSource(await solid(3000, 1000, "srgb"));
    assert.deepEqual([d.width, d.height, d.channels], [DECODE_SIDE, 853, 3]);
    const small = await decodeSource(await solid(300, 200, "srgb"));
    assert.deepEqual([small.width, small.height], [300, 200], "never enlarged");
  });

  it("should convert a P3 photo to sRGB by its profile, as a direct encode does", async () => {
    const p3 = await solid(400, 300, "p3");
    // PNG renditions: lossless, so the pixels compare without an encoder's noise.
    const r = rendition(asset(400, 300), "png", 200);
    const viaDecode = await encodeRendition(await decodeSource(p3), r);
    const direct = await sharp(p3).resize(200, 150).withIccProfile("srgb").png().toBuffer();
    const [got, want] = [await meanColour(viaDecode), await meanColour(direct)];
    assert.deepEqual(got, want);
    // The P3 file stores other numbers for that green: read without its profile, it is off.
    const stored = await sharp(p3).keepIccProfile().raw().toBuffer();
    assert.ok(Math.abs(stored[0]! - got[0]!) > 30, `${stored[0]} vs ${got[0]}`);
  });
});
