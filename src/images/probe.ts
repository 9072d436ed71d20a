// The probe stage: each media file the image cache has no probe of read once by sharp
// (`probe-image.ts`), cached by content hash; bad files become located errors and leave the media table.
import { contentError, type ContentError } from "../content/errors.ts";
import type { MediaFile } from "../content/load.ts";
import { mediaReadError, readMediaChecked } from "../content/media-read.ts";
import type { MediaAsset } from "../content/values.ts";
import { imageCacheDir, probeKey, readEntry, writeEntry } from "./cache.ts";
import { defaultConcurrency, mapBounded } from "./pool.ts";
import { probeImage, type ImageProbe } from "./probe-image.ts";

/** A source file over this size is published (resized) with a `W_IMAGE_LARGE` warning. */
export const LARGE_IMAGE_BYTES = 8 * 1024 * 1024;

/**
 * The probe of `file`, from the image cache `dir` when it holds one (JSON, by content hash); else
 * the file is read (and must still hash to `sha256`) and probed.
 */
async function cachedProbe(
  file: MediaFile,
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
  const probe = await probeImage(readMediaChecked(file, sha256));
  if (cacheDir) await writeEntry(cacheDir, key, "json", Buffer.from(JSON.stringify(probe)));
  return probe;
}

/** The media table after probing, and the errors and warnings of the files probed. */
export interface ProbedMedia {
  media: Map<string, { asset: MediaAsset; file: MediaFile }>;
  errors: ContentError[];
}

/**
 * Probes every media file (bounded pool, cache first): a file sharp cannot decode is
 * `E_IMAGE_INVALID`, an animated one `E_IMAGE_ANIMATED` (its frames would be lost), both left out;
 * one over 8 MB gets `W_IMAGE_LARGE`. Assets get their size as shown and their transparency.
 */
export async function probeMedia(
  media: ReadonlyMap<string, { asset: MediaAsset; file: MediaFile }>,
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
      const readError = mediaReadError(m.file, p);
      if (readError) return void out.errors.push(readError);
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
    if (m.file.size > LARGE_IMAGE_BYTES) out.errors.push(largeWarning(m));
    const asset = { ...m.asset, width: p.width, height: p.height, alpha: p.alpha };
    out.media.set(source, { asset, file: m.file });
  });
  return out;
}

const REPLACE = "export the image again from the original (the file is damaged)";

function largeWarning(m: { file: MediaFile }): ContentError {
  const mb = (m.file.size / 1024 / 1024).toFixed(1);
  return contentError(
    m.file.displayPath,
    "W_IMAGE_LARGE",
    `the image file is ${mb} MB (over 8 MB); it is published resized, but slows every build`,
    "export it at most 4000 px on its long side, JPEG quality 85–90",
  );
}
