// The probe stage: each media file read once by sharp (size as shown, transparency, frames, a
// decode), cached by content hash; bad files become located errors and leave the media table.
import { contentError, type ContentError } from "../content/errors.ts";
import type { SourceFile } from "../content/load.ts";
import type { MediaAsset } from "../content/values.ts";
import { imageCacheDir, probeKey, readEntry, writeEntry } from "./cache.ts";
import { defaultConcurrency, mapBounded } from "./pool.ts";

/** What the build needs to know of an image before planning its renditions. */
export interface ImageProbe {
  /** Width and height with the EXIF orientation applied. */
  width: number;
  height: number;
  alpha: boolean;
  /** Frames (an animated GIF, WebP or PNG has more than one). */
  pages: number;
}

/** A source file over this size is published (resized) with a `W_IMAGE_LARGE` warning. */
export const LARGE_IMAGE_BYTES = 8 * 1024 * 1024;

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

/** The probe of `file`, from the image cache `dir` when it holds one (JSON, by content hash). */
async function cachedProbe(
  file: SourceFile,
  sha256: string,
  cacheDir: string | false,
): Promise<ImageProbe> {
  const key = probeKey(sha256);
  const hit = cacheDir ? await readEntry(cacheDir, key, "json") : undefined;
  if (hit) {
    try {
      return JSON.parse(hit.toString("utf8")) as ImageProbe;
    } catch {
      // a damaged entry is probed again
    }
  }
  const probe = await probeImage(file.bytes);
  if (cacheDir) await writeEntry(cacheDir, key, "json", Buffer.from(JSON.stringify(probe)));
  return probe;
}

/** The media table after probing, and the errors and warnings of the files probed. */
export interface ProbedMedia {
  media: Map<string, { asset: MediaAsset; file: SourceFile }>;
  errors: ContentError[];
}

/**
 * Probes every media file (bounded pool, cache first): a file sharp cannot decode is
 * `E_IMAGE_INVALID`, an animated one `E_IMAGE_ANIMATED` (its frames would be lost), both left out;
 * one over 8 MB gets `W_IMAGE_LARGE`. Assets get their size as shown and their transparency.
 */
export async function probeMedia(
  media: ReadonlyMap<string, { asset: MediaAsset; file: SourceFile }>,
  cacheDir: string | false,
): Promise<ProbedMedia> {
  const entries = [...media];
  const dir = imageCacheDir(cacheDir);
  const probes = await mapBounded(entries, defaultConcurrency(), ([, m]) =>
    cachedProbe(m.file, m.asset.sha256, dir).catch((err: unknown) =>
      err instanceof Error ? err : new Error(String(err)),
    ),
  );
  const out: ProbedMedia = { media: new Map(), errors: [] };
  entries.forEach(([source, m], i) => {
    const p = probes[i]!;
    const at = m.file.displayPath;
    if (p instanceof Error) {
      const reason = p.message.split("\n")[0]!.slice(0, 120);
      return void out.errors.push(
        contentError(at, "E_IMAGE_INVALID", `the image cannot be decoded (${reason})`, REPLACE),
      );
    }
    if (p.pages > 1) {
      return void out.errors.push(
        contentError(
          at,
          "E_IMAGE_ANIMATED",
          `the image has ${p.pages} frames; the site publishes still images`,
          "export one frame as a JPEG or PNG, or publish the animation as a video",
        ),
      );
    }
    if (m.file.bytes.byteLength > LARGE_IMAGE_BYTES) out.errors.push(largeWarning(m));
    const asset = { ...m.asset, width: p.width, height: p.height, alpha: p.alpha };
    out.media.set(source, { asset, file: m.file });
  });
  return out;
}

const REPLACE = "export the image again from the original (the file is damaged)";

function largeWarning(m: { file: SourceFile }): ContentError {
  const mb = (m.file.bytes.byteLength / 1024 / 1024).toFixed(1);
  return contentError(
    m.file.displayPath,
    "W_IMAGE_LARGE",
    `the image file is ${mb} MB (over 8 MB); it is published resized, but slows every build`,
    "export it at most 4000 px on its long side, JPEG quality 85–90",
  );
}
