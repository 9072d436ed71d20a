// What one image is, read by sharp: size as shown, transparency, frames, and a small decode that
// fails on a damaged body. Its own file: a probe cached in `.cache/img/` is keyed by this code.
/** What the build needs to know of an image before planning its renditions. */
export interface ImageProbe {
  /** Width and height with the EXIF orientation applied. */
  width: number;
  height: number;
  alpha: boolean;
  /** Frames (an animated GIF, WebP or PNG has more than one). */
  pages: number;
}

/** Reads an image's header and decodes a small version of it (a corrupt body throws here). */
export async function probeImage(bytes: Uint8Array): Promise<ImageProbe> {
  // Note: loaded on the first probe the cache lacks (sharp's native binding costs ~0.2 s to load).
  const { openImage } = await import("./encode.ts");
  const meta = await openImage(bytes).metadata();
  // Every entropy-coded byte is decoded (shrink-on-load scales the DCT, it skips none); a decoder
  // warning ("corrupt JPEG data") fails the probe: damaged data would show as grey blocks.
  await openImage(bytes, "warning").resize(32, 32, { fit: "inside" }).raw().toBuffer();
  const size = meta.autoOrient ?? { width: meta.width, height: meta.height };
  return { width: size.width, height: size.height, alpha: meta.hasAlpha, pages: meta.pages ?? 1 };
}
