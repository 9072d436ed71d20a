// Tests for src/content/media.ts: content hash in the name, intrinsic size, only raster formats.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import type { SourceFile } from "../../../src/content/load.ts";
import { describeMedia } from "../../../src/content/media.ts";

/** A real w×h grey PNG (8-bit greyscale), built byte by byte. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

const file = (p: string, bytes: Uint8Array): SourceFile => ({
  path: p,
  displayPath: `content/${p}`,
  bytes,
});

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
