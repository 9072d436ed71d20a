// Tests for src/content/media.ts: content hash in the name, intrinsic size, only raster formats.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, it } from "node:test";
import type { SourceFile } from "../../../src/content/load.ts";
import { describeMedia } from "../../../src/content/media.ts";
import { png } from "../../helpers/png.ts";
import { sourceFile } from "../../helpers/content.ts";

/** A real JPEG of the sample site. */
const jpeg = (): Uint8Array =>
  fs.readFileSync(new URL("../../../content/media/hot-pot.jpg", import.meta.url));

const file = (p: string, bytes: Uint8Array): SourceFile => sourceFile(p, bytes);

describe("describeMedia", () => {
  it("should fingerprint a PNG with the first 12 hex of its SHA-256 and read its size", () => {
    const bytes = png(3, 2);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const r = describeMedia(file("media/2023/Delegates Arrive.png", bytes));
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.asset, {
      source: "media/2023/Delegates Arrive.png",
      path: `/media/delegates-arrive.${sha256.slice(0, 12)}.png`,
      sha256,
      width: 3,
      height: 2,
      alpha: true,
    });
  });

  it("should change the path when the bytes change", () => {
    const a = describeMedia(file("media/a.png", png(3, 2)));
    const b = describeMedia(file("media/a.png", png(2, 3)));
    assert.ok(a.ok && b.ok);
    assert.notEqual(a.asset.path, b.asset.path);
    assert.deepEqual([b.asset.width, b.asset.height], [2, 3]);
  });

  it("should give a CJK file name an ASCII name that is never empty", () => {
    const r = describeMedia(file("media/台风.PNG", png(1, 1)));
    assert.ok(r.ok);
    assert.match(r.asset.path, /^\/media\/t-[0-9a-f]{8}\.[0-9a-f]{12}\.png$/);
  });

  it("should publish a whole JPEG, and a file named for a Windows device under another name", () => {
    const r = describeMedia(file("media/CON.jpg", jpeg()));
    assert.ok(r.ok, JSON.stringify(r));
    assert.match(r.asset.path, /^\/media\/con-image\.[0-9a-f]{12}\.jpg$/);
  });

  const BAD: [name: string, p: string, bytes: Uint8Array][] = [
    [
      "an SVG",
      "media/x.svg",
      new TextEncoder().encode(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script></svg>',
      ),
    ],
    ["PNG bytes named .jpg", "media/x.jpg", png(1, 1)],
    ["garbage named .png", "media/x.png", new Uint8Array([1, 2, 3, 4])],
    ["a file without an extension", "media/x", png(1, 1)],
    ["a PNG cut before its IEND chunk", "media/x.png", png(3, 2).subarray(0, -12)],
    ["a PNG cut inside its IDAT chunk", "media/x.png", png(30, 20).subarray(0, 60)],
    [
      "a PNG whose header claims 2147483647×2147483647",
      "media/x.png",
      png(1, 1, [2147483647, 2147483647]),
    ],
    ["a JPEG cut in its scan data", "media/x.jpg", jpeg().subarray(0, jpeg().length >> 1)],
  ];
  for (const [name, p, bytes] of BAD) {
    it(`should refuse ${name} with E_IMAGE_INVALID`, () => {
      const r = describeMedia(file(p, bytes));
      assert.ok(!r.ok);
      assert.equal(r.error.code, "E_IMAGE_INVALID");
      assert.equal(r.error.file, `content/${p}`);
    });
  }
});
