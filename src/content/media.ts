// Describes a media file for publishing: fingerprinted site path and intrinsic size.
import { createHash } from "node:crypto";
import path from "node:path";
import { imageSize } from "image-size";
import { makeRoutes } from "../routes.ts";
import type { MediaAsset } from "./values.ts";
import { contentError } from "./errors.ts";
import { isWholeImage } from "./image-whole.ts";
import type { ContentError } from "./errors.ts";
import type { SourceFile } from "./load.ts";
import { isWindowsReservedName, slugify } from "./slugs.ts";

/** Raster formats the site publishes, by file extension → the type image-size must detect. */
const IMAGE_TYPES: Record<string, string> = {
  jpg: "jpg",
  jpeg: "jpg",
  png: "png",
  gif: "gif",
  webp: "webp",
  avif: "heif",
};

/** Largest image published, in pixels: a header claiming more is a damaged file or a decoder bomb. */
export const MAX_IMAGE_PIXELS = 100_000_000;

// The media route does not depend on the language.
const routes = makeRoutes("en");

/**
 * Hashes and measures an image: `/media/<name>.<sha256-12>.<ext>` with `name` the ASCII slug of the
 * file name. SVG and unknown formats are refused (an SVG can carry script).
 */
export function describeMedia(
  file: SourceFile,
): { ok: true; asset: MediaAsset } | { ok: false; error: ContentError } {
  const ext = path.posix.extname(file.path).slice(1).toLowerCase();
  const expected = IMAGE_TYPES[ext];
  const invalid = (message: string): { ok: false; error: ContentError } => ({
    ok: false,
    error: contentError(
      file.displayPath,
      "E_IMAGE_INVALID",
      message,
      `use a ${Object.keys(IMAGE_TYPES).join(", ")} image`,
    ),
  });
  if (expected === undefined)
    return invalid(
      `"${ext || path.posix.basename(file.path)}" files cannot be published as images`,
    );
  let size: { width: number; height: number; orientation?: number; type?: string };
  try {
    size = imageSize(file.bytes);
  } catch {
    return invalid("the file is not a readable image");
  }
  if (size.type !== expected)
    return invalid(`the file is ${size.type ?? "unknown"} data, not .${ext}`);
  if (!(size.width > 0 && size.height > 0)) return invalid("the image has no size");
  if (size.width * size.height > MAX_IMAGE_PIXELS)
    return invalid(
      `the image claims ${size.width}×${size.height} pixels, over ${MAX_IMAGE_PIXELS / 1e6} megapixels`,
    );
  if (!isWholeImage(expected, file.bytes))
    return invalid(`the file ends before the ${ext} image does (truncated or damaged)`);
  // EXIF orientations 5–8 rotate by 90°: browsers show the image with width and height swapped.
  const turned = size.orientation !== undefined && size.orientation >= 5;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const slug = slugify(path.posix.basename(file.path, path.posix.extname(file.path)), "ascii");
  // `con.<hash>.png` is a device on Windows, whatever follows the dot: publish it under another name.
  const name = isWindowsReservedName(slug) ? `${slug}-image` : slug;
  return {
    ok: true,
    asset: {
      source: file.path,
      path: routes.media(name, sha256.slice(0, 12), ext),
      sha256,
      width: turned ? size.height : size.width,
      height: turned ? size.width : size.height,
      // Refined by the probe (src/images/probe.ts); PNG and GIF may be transparent.
      alpha: expected === "png" || expected === "gif",
    },
  };
}
