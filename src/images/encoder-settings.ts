// What decides an encoded image besides its source: our encoder settings and the installed sharp
// and libvips, read from sharp's package file so that a build whose images are all cached never
// loads sharp's native binding (~0.2 s of start-up).
import fs from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Encoder settings (part of every cache key). AVIF at effort 2: a 2048 px AVIF costs ~1.3 s at
 * effort 2 against ~3.7 s at sharp's default 4, for a few per cent of bytes. Every current browser
 * takes the AVIF; WebP and JPEG are fallbacks (and JPEG the crawlers' preview crops), so they are
 * encoded fast: WebP at effort 2 (~45% less time than 4, ~6% more bytes), JPEG by libjpeg-turbo,
 * progressive, without mozjpeg's trellis search (~half the time, ~19% more bytes).
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 2 },
  jpeg: { quality: 78, progressive: true },
  png: { compressionLevel: 9, effort: 7 },
} as const;

/** sharp's version and the exact versions of its prebuilt libvips packages (pinned by sharp). */
export function sharpVersions(): { sharp: string; binaries: Record<string, string> } {
  const pkg = new URL("../package.json", import.meta.resolve("sharp"));
  const json = JSON.parse(fs.readFileSync(fileURLToPath(pkg), "utf8")) as {
    version: string;
    optionalDependencies?: Record<string, string>;
  };
  return { sharp: json.version, binaries: json.optionalDependencies ?? {} };
}
