// Encodes renditions with sharp: each source decoded once (orientation applied, sRGB, no
// metadata), then each rendition resized or cropped from those pixels.
import sharp, { type Sharp } from "sharp";
import { MAX_IMAGE_PIXELS } from "../content/media.ts";
import { ENCODER_SETTINGS } from "./encoder-settings.ts";
import type { Focus, Rendition } from "./plan.ts";

// One libvips thread per encode whatever the environment: sharp picks one under glibc unless
// MALLOC_ARENA_MAX is set (as `npm run build` sets it) and one per core otherwise, and an AVIF's
// bytes depend on it. The build runs one encode per core itself, up to four (`pool.ts`).
sharp.concurrency(1);

/** sharp's `position` for each front-matter focus; no focus: the attention strategy. */
const POSITION: Record<string, string> = {
  center: "centre",
  top: "top",
  bottom: "bottom",
  left: "left",
  right: "right",
  "top-left": "left top",
  "top-right": "right top",
  "bottom-left": "left bottom",
  "bottom-right": "right bottom",
};

function positionOf(focus: Focus): string | number {
  return POSITION[focus] ?? sharp.strategy.attention;
}

/**
 * The sharp pipeline over untrusted bytes: bounded pixels (a decompression bomb fails before it is
 * decoded), first frame only, decoder errors (or, for the probe, warnings too) not ignored.
 */
export function openImage(bytes: Uint8Array, failOn: "error" | "warning" = "error"): Sharp {
  return sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn, animated: false });
}

/**
 * The longest side a source is decoded to: no rendition is larger (`plan.ts` `MAX_SIDE`, which a
 * test holds to this), so every rendition of a photo is made from one decode.
 */
export const DECODE_SIDE = 2560;

/** A source decoded once for all its renditions: 8-bit pixels in sRGB, upright, no side over `DECODE_SIDE`. */
export interface DecodedSource {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/**
 * Decodes `bytes` for its renditions: EXIF orientation applied, converted to sRGB by its embedded
 * profile (a P3 or Adobe RGB photo keeps its colours), at most `DECODE_SIDE` on its longest side.
 * Every other metadata field (EXIF, GPS, XMP, IPTC, comments) is left behind with the file.
 */
export async function decodeSource(bytes: Uint8Array): Promise<DecodedSource> {
  const { data, info } = await openImage(bytes)
    .autoOrient()
    .resize(DECODE_SIDE, DECODE_SIDE, { fit: "inside", withoutEnlargement: true })
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/**
 * The bytes of `r` made from its decoded source: resized (cover-cropped around the focus for
 * crops) and tagged with the sRGB profile.
 */
export async function encodeRendition(source: DecodedSource, r: Rendition): Promise<Buffer> {
  const { data, width, height, channels } = source;
  let img = sharp(data, { raw: { width, height, channels } });
  img = r.crop
    ? img.resize(r.width, r.height, { fit: "cover", position: positionOf(r.crop.focus) })
    : img.resize(r.width, r.height, { fit: "fill" });
  img = img.withIccProfile("srgb");
  switch (r.format) {
    case "avif":
      return img.avif(ENCODER_SETTINGS.avif).toBuffer();
    case "webp":
      return img.webp(ENCODER_SETTINGS.webp).toBuffer();
    case "jpeg":
      return img.flatten({ background: "#ffffff" }).jpeg(ENCODER_SETTINGS.jpeg).toBuffer();
    case "png":
      return img.png(ENCODER_SETTINGS.png).toBuffer();
  }
}
