// Synthetic camera photos for the photo-heavy corpus: seeded, unique, JPEG at a camera's size and
// quality (smooth light, shapes and sensor grain, so they compress like photos, not like flat art).
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { photoName, rng } from "./corpus.ts";

/** Landscape 3:2 (most), portrait 3:4 (every fifth), as cameras and phones shoot them. */
function sizeOf(i: number): { width: number; height: number } {
  return i % 5 === 4 ? { width: 2400, height: 3200 } : { width: 3600, height: 2400 };
}

/** One photo's pixels: a lit gradient, a few soft discs, per-pixel grain; the same seed, the same pixels. */
function pixels(seed: number, width: number, height: number): Buffer {
  const r = rng(seed);
  const base = [r() * 255, r() * 255, r() * 255];
  const tilt = [r() * 2 - 1, r() * 2 - 1, r() * 2 - 1];
  const discs = Array.from({ length: 6 }, () => ({
    x: r() * width,
    y: r() * height,
    radius: (0.05 + r() * 0.2) * width,
    tone: [r() * 255, r() * 255, r() * 255],
  }));
  const out = Buffer.alloc(width * height * 3);
  let grain = seed >>> 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let c0 = base[0]! + tilt[0]! * (x / width) * 90;
      let c1 = base[1]! + tilt[1]! * (y / height) * 90;
      let c2 = base[2]! + tilt[2]! * ((x + y) / (width + height)) * 90;
      for (const d of discs) {
        const dx = x - d.x;
        const dy = y - d.y;
        const w = Math.max(0, 1 - (dx * dx + dy * dy) / (d.radius * d.radius));
        c0 += (d.tone[0]! - c0) * w;
        c1 += (d.tone[1]! - c1) * w;
        c2 += (d.tone[2]! - c2) * w;
      }
      grain = (Math.imul(grain, 1664525) + 1013904223) >>> 0;
      const g = ((grain >>> 24) - 128) / 12;
      const at = (y * width + x) * 3;
      out[at] = c0 + g;
      out[at + 1] = c1 + g;
      out[at + 2] = c2 + g;
    }
  }
  return out;
}

/** Writes `count` unique photos into `<out>/media/` (JPEG quality 90, as a camera saves them). */
export async function writePhotos(out: string, count: number, seed: number): Promise<number> {
  fs.mkdirSync(path.join(out, "media"), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { width, height } = sizeOf(i);
    const jpeg = await sharp(pixels(seed * 100_003 + i, width, height), {
      raw: { width, height, channels: 3 },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    fs.writeFileSync(path.join(out, "media", photoName(i)), jpeg);
    bytes += jpeg.length;
  }
  return bytes;
}
