// Whether an image file's bytes are whole: image-size reads headers only, so a truncated file would
// pass; this walks the container far enough to find its end marker (PNG IEND, JPEG EOI, GIF trailer).

/** Whether `bytes` of a file whose header says `type` (image-size's name) reach their end marker. */
export function isWholeImage(type: string, bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === "png") return wholePng(b);
  if (type === "jpg") return wholeJpeg(b);
  if (type === "gif") return b.length > 13 && lastNonZero(b) === 0x3b;
  if (type === "webp") return b.length >= 12 && b.readUInt32LE(4) + 8 <= b.length;
  return true;
}

/** A PNG's chunks, walked by their lengths, hold image data and end with IEND. */
function wholePng(b: Buffer): boolean {
  let at = 8;
  let data = false;
  while (at + 12 <= b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString("latin1", at + 4, at + 8);
    if (type === "IEND") return data;
    if (type === "IDAT") data = true;
    at += 12 + length;
  }
  return false;
}

/** Markers with no length field: TEM, RST0–7, SOI. */
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8]);

/** A JPEG's segments, walked by their lengths and through each scan's data, reach EOI. */
function wholeJpeg(b: Buffer): boolean {
  let at = 2;
  let scans = 0;
  while (at + 1 < b.length) {
    if (b[at] !== 0xff) return false;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return scans > 0;
    if (STANDALONE.has(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > b.length) return false;
    at += 2 + b.readUInt16BE(at + 2);
    if (marker !== 0xda) continue;
    scans++;
    at = scanEnd(b, at);
  }
  return false;
}

/** The offset of the marker that ends a scan's entropy-coded data (or the file's length). */
function scanEnd(b: Buffer, from: number): number {
  for (let i = from; i + 1 < b.length; i++) {
    if (b[i] !== 0xff) continue;
    const next = b[i + 1]!;
    if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return i;
  }
  return b.length;
}

/** The last byte that is not zero padding (tools pad files), or -1. */
function lastNonZero(b: Buffer): number {
  let i = b.length - 1;
  while (i >= 0 && b[i] === 0) i--;
  return i < 0 ? -1 : b[i]!;
}
