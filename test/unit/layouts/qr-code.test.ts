// Tests for layouts/components/qr-code.ts: the QR code drawn while an article page renders decodes
// back to the article's URL, with a quiet zone around it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import decodeQR from "qr/decode.js";
import { qrOf } from "../../../layouts/components/qr-code.ts";

/** The dark modules of a drawn QR code, as `row,col`, from its SVG path. */
function darkModules(path: string): Set<string> {
  const dark = new Set<string>();
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
    for (let i = 0; i < Number(m[3]); i++) dark.add(`${m[2]},${Number(m[1]) + i}`);
  return dark;
}

/** What a camera reads from the drawn code: its modules painted black on white, 4 px each. */
function scan(qr: { size: number; path: string }): string {
  const px = 4;
  const side = qr.size * px;
  const data = new Uint8Array(side * side * 4).fill(255);
  for (const key of darkModules(qr.path)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    for (let y = r * px; y < (r + 1) * px; y++)
      for (let x = c * px; x < (c + 1) * px; x++)
        data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
  }
  return decodeQR({ width: side, height: side, data });
}

describe("qrOf", () => {
  for (const url of [
    "https://news.example.org/news/2023/05/cq-hk/",
    "https://news.example.org/zh/news/2024/05/%E5%8F%B0%E9%A3%8E-signal-8-is-up-across-the-city/",
  ]) {
    it(`should draw a code that scans back to ${url.length} characters of URL`, () => {
      const qr = qrOf(url);
      assert.match(qr.path, /^(M\d+ \d+h\d+v1h-\d+z)+$/);
      assert.equal(scan(qr), url);
    });
  }

  it("should leave a two-module quiet zone and keep the finder patterns in the corners", () => {
    const qr = qrOf("https://news.example.org/news/2023/05/cq-hk/");
    const dark = darkModules(qr.path);
    for (let i = 0; i < qr.size; i++)
      for (const edge of [0, 1, qr.size - 2, qr.size - 1]) {
        assert.ok(
          !dark.has(`${edge},${i}`) && !dark.has(`${i},${edge}`),
          `quiet zone at ${edge},${i}`,
        );
      }
    // A finder pattern's 7-module dark ring starts just inside the quiet zone.
    for (const [r, c] of [
      [2, 2],
      [2, qr.size - 9],
      [qr.size - 9, 2],
    ] as const)
      for (let i = 0; i < 7; i++) assert.ok(dark.has(`${r},${c + i}`) && dark.has(`${r + i},${c}`));
  });
});
