// Photo fixtures drawn with sharp for the image tests: a sideways phone photo with EXIF secrets, bad files.
import sharp from "sharp";

/** Strings written into the fixture's EXIF that must never reach an output byte. */
export const SECRETS = { artist: "Secret Owner Zhang", datum: "SECRETDATUM42" };

/**
 * A `width`×`height` photo as shown (top half red, bottom half blue), stored sideways (rotated
 * 90° counter-clockwise, EXIF Orientation 6) like a phone's, with an Artist and a GPS block.
 */
export async function phonePhoto(width: number, height: number): Promise<Buffer> {
  const top = await sharp({
    create: { width, height: Math.floor(height / 2), channels: 3, background: "#e00000" },
  })
    .png()
    .toBuffer();
  const shown = await sharp({ create: { width, height, channels: 3, background: "#0000e0" } })
    .composite([{ input: top, top: 0, left: 0 }])
    .png()
    .toBuffer();
  return sharp(shown)
    .rotate(-90)
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Artist: SECRETS.artist },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 33/1 0/1", GPSMapDatum: SECRETS.datum },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A plain JPEG of one colour. */
export function flatJpeg(width: number, height: number, colour = "#557799"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** A two-frame animated GIF. */
export function animatedGif(): Promise<Buffer> {
  const raw = Buffer.alloc(40 * 80 * 3);
  for (let i = 0; i < raw.length; i += 3) raw[i + (i < raw.length / 2 ? 0 : 2)] = 255;
  return sharp(raw, { raw: { width: 40, height: 80, channels: 3, pageHeight: 40 } })
    .gif({ delay: [100, 100] })
    .toBuffer();
}

/**
 * A JPEG that still looks whole (every marker in place, EOI at the end) whose scan data is damaged:
 * stray restart markers in the middle of the entropy-coded data, which a decoder reports as corrupt.
 */
export async function scrambledJpeg(): Promise<Buffer> {
  const noise = { type: "gaussian" as const, mean: 128, sigma: 60 };
  const b = Buffer.from(
    await sharp({ create: { width: 400, height: 300, channels: 3, background: "#808080", noise } })
      .jpeg()
      .toBuffer(),
  );
  for (let i = Math.floor(b.length / 3); i < b.length - 100; i += 997) {
    if (b[i - 1] === 0xff || b[i] === 0xff || b[i + 1] === 0xff || b[i + 2] === 0xff) continue;
    b[i] = 0xff;
    b[i + 1] = 0xd0 + (i % 8);
  }
  return b;
}

/** A JPEG padded past `bytes` with APP15 segments (metadata bloat): large file, small image. */
export async function paddedJpeg(bytes: number, width: number, height: number): Promise<Buffer> {
  const j = await flatJpeg(width, height);
  const seg = Buffer.alloc(65_535 + 2, 0x20);
  seg[0] = 0xff;
  seg[1] = 0xef;
  seg.writeUInt16BE(65_535, 2);
  const n = Math.ceil(bytes / seg.length);
  return Buffer.concat([j.subarray(0, 2), ...Array.from({ length: n }, () => seg), j.subarray(2)]);
}

/** A photo-like `width`×`height` JPEG: blurred noise (texture that compresses like a photo). */
export async function texturedPhoto(width: number, height: number, seed: number): Promise<Buffer> {
  const noise = { type: "gaussian" as const, mean: 100 + seed * 20, sigma: 40 };
  const raw = await sharp({ create: { width, height, channels: 3, background: "#000", noise } })
    .blur(2.5)
    .png()
    .toBuffer();
  return sharp(raw).jpeg({ quality: 90 }).toBuffer();
}
