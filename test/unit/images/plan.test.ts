// The rendition plan: widths never upscaled, at most 3 AVIF widths, names, crops and preview crops.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeMedia } from "../../helpers/article.ts";
import { DECODE_SIDE } from "../../../src/images/encode.ts";
import {
  avifWidths,
  cropBox,
  previewCrop,
  renditionSet,
  widthsUpTo,
  MAX_SIDE,
} from "../../../src/images/plan.ts";

const photo = makeMedia("media/harbour.jpg", "/media/harbour.0123456789ab.jpg", 4032, 3024);

describe("widthsUpTo", () => {
  it("should stop at the source width and add it below the top step", () => {
    assert.deepEqual(widthsUpTo(4032), [320, 480, 640, 960, 1440, 2048]);
    assert.deepEqual(widthsUpTo(1000), [320, 480, 640, 960, 1000]);
    assert.deepEqual(widthsUpTo(960), [320, 480, 640, 960]);
    assert.deepEqual(widthsUpTo(200), [200]);
  });
});

describe("avifWidths", () => {
  it("should keep at most three widths, nearest to 480, 960 and 1440", () => {
    assert.deepEqual(avifWidths([320, 480, 640, 960, 1440, 2048]), [480, 960, 1440]);
    assert.deepEqual(avifWidths([320, 480]), [320, 480]);
  });
});

describe("renditionSet", () => {
  it("should name files /media/<name>.<sha256-12>-<width>.<ext> and never upscale", () => {
    const set = renditionSet(photo);
    assert.deepEqual(
      set.formats.map((f) => [f.format, f.renditions.map((r) => r.width)]),
      [
        ["avif", [480, 960, 1440]],
        ["webp", [320, 480, 640, 960, 1440, 2048]],
        ["jpeg", [320, 480, 640, 960, 1440, 2048]],
      ],
    );
    const jpeg = set.formats[2]!.renditions;
    assert.equal(jpeg[5]!.path, "/media/harbour.0123456789ab-2048.jpg");
    assert.equal(jpeg[5]!.height, 1536);
    assert.equal(set.fallback.width, 960);
    for (const f of set.formats)
      for (const r of f.renditions) assert.ok(Math.max(r.width, r.height) <= MAX_SIDE);
    // Renditions are made from one decode no larger than DECODE_SIDE: none may need more pixels.
    assert.ok(MAX_SIDE <= DECODE_SIDE);
  });

  it("should crop cards to 16:9 around the focus, with the focus in the name", () => {
    const set = renditionSet(photo, { aspect: "16x9", focus: "top", maxWidth: 960 });
    const r = set.formats[1]!.renditions.at(-1)!;
    assert.deepEqual(
      [r.width, r.height, r.path],
      [960, 540, "/media/harbour.0123456789ab-16x9-top-960.webp"],
    );
    assert.deepEqual(r.crop, { aspect: "16x9", focus: "top" });
  });

  it("should give a transparent image a PNG fallback", () => {
    const set = renditionSet({ ...photo, alpha: true });
    assert.equal(set.formats[2]!.format, "png");
    assert.match(set.fallback.path, /-960\.png$/);
  });
});

describe("previewCrop", () => {
  it("should make og:image 1200×630 and JSON-LD crops 1200 wide from a large photo", () => {
    assert.deepEqual(cropBox(photo, "16x9"), { width: 4032, height: 2268 });
    const og = previewCrop(photo, "og", undefined)!;
    assert.deepEqual(
      [og.width, og.height, og.path],
      [1200, 630, "/media/harbour.0123456789ab-og-1200.jpg"],
    );
    assert.deepEqual(
      (["16x9", "4x3", "1x1"] as const).map((a) => {
        const r = previewCrop(photo, a, undefined, 50_000)!;
        return [r.width, r.height];
      }),
      [
        [1200, 675],
        [1200, 900],
        [1200, 1200],
      ],
    );
  });

  it("should never upscale, and leave out a crop under the least area", () => {
    const small = makeMedia("media/s.jpg", "/media/s.0123456789ab.jpg", 300, 150);
    const sq = previewCrop(small, "1x1", undefined, 50_000);
    assert.equal(sq, undefined, "150×150 = 22,500 px is under 50,000");
    const wide = previewCrop(small, "16x9", undefined)!;
    assert.deepEqual([wide.width, wide.height], [266, 150]);
  });
});
