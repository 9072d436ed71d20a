// Encodes one rendition with sharp: orientation applied, resized or cropped, sRGB, no metadata.
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
 * The bytes of `r` made from the source `bytes`: EXIF orientation applied first, then the resize
 * (cover-crop around the focus for crops), converted to sRGB and tagged with the sRGB profile; every
 * other metadata field (EXIF, GPS, XMP, IPTC, comments) is dropped, as sharp does by default.
 */
export async function encodeRendition(bytes: Uint8Array, r: Rendition): Promise<Buffer> {
  let img = openImage(bytes).autoOrient();
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
